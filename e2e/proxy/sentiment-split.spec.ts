import { expect, type Page } from '@playwright/test';
import { test } from '../support/test';
import { card, chartLine, expectNoAxeViolations } from '../support/dashboard';
import { E2E_API_KEY } from '../support/env';
import { failUpstream, resetUpstream, upstreamCalls, upstreamSaw } from '../support/upstream';

const DAY_MS = 86_400_000;

function day(offset: number): string {
  return new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);
}

const splitPart = (page: Page) => card(page, 'Sentiment over time').getByRole('region', { name: /^How students felt/ });

test.beforeEach(async () => {
  await resetUpstream();
});

test('the split call and its dates reach upstream with the key, and its loose shares are shown', async ({ page }) => {
  await page.goto('/?period=30d&compare=previous');
  const part = splitPart(page);
  // The fake upstream sends one share as a numeric string ("61.54").
  await expect(part.getByRole('listitem').filter({ hasText: 'Positive' })).toContainText('Positive 61.5% (0.0 pts)');
  await expect(part.getByRole('listitem').filter({ hasText: 'Negative' })).toContainText('Negative 12.3%');
  await expect(part).toContainText('130 entries');

  const calls = (await upstreamSaw()).filter((request) => request.path.endsWith('/user-sentiment/'));
  expect(calls.map((request) => request.path)).toEqual([
    '/dm/api/ai-analytics/orgs/demo/users/admin/user-sentiment/',
    '/dm/api/ai-analytics/orgs/demo/users/admin/user-sentiment/',
  ]);
  // The range and the previous period, each as exactly start_date and end_date.
  expect(calls.map((request) => request.query)).toEqual(
    expect.arrayContaining([
      { start_date: day(-29), end_date: day(0) },
      { start_date: day(-59), end_date: day(-30) },
    ]),
  );
  expect(calls.every((request) => request.authorization === `Api-Token ${E2E_API_KEY}`)).toBe(true);
  await expectNoAxeViolations(page);
});

test('a 500 on the split stays in its part of the card: the line and the other cards work, Retry asks again', async ({ page }) => {
  // The first try and both automatic retries fail; the Retry after them gets data.
  await failUpstream({ endpoint: 'user-sentiment', times: 3, reply: { status: 500, json: { detail: 'Sentiment service exploded.' } } });
  await page.goto('/?period=7d');
  const part = splitPart(page);
  const alert = part.getByRole('alert');
  await expect(alert).toContainText('Sentiment service exploded.', { timeout: 15_000 });
  await expect(card(page, 'Sentiment over time').getByRole('alert')).toHaveCount(1);
  await expect(chartLine(page)).toBeVisible();
  await expect(card(page, 'Sentiment over time').getByText(/entries in range/)).toBeVisible();
  await expect(card(page, 'LLM cost').getByRole('definition').first()).toHaveText('$3.00');
  await expect(card(page, 'Top students').getByRole('cell', { name: 'upstream.student' })).toBeVisible();
  expect(await upstreamCalls('user-sentiment')).toBe(3);

  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(part.getByRole('listitem').filter({ hasText: 'Positive' })).toContainText('Positive 61.5%');
  await expect(part.getByRole('alert')).toHaveCount(0);
  expect(await upstreamCalls('user-sentiment')).toBe(4);
});
