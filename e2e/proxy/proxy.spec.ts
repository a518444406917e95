import { expect, type Page } from '@playwright/test';
import { test } from '../support/test';
import { card, expectDataShown, expectNoAxeViolations } from '../support/dashboard';
import { E2E_API_KEY, PROXY_BASE } from '../support/env';
import { CARD_ENDPOINTS, CARD_NAMES } from '../support/failures';
import { failUpstream, resetUpstream, upstreamSaw } from '../support/upstream';

test.beforeEach(async () => {
  await resetUpstream();
});

/** Everything the browser receives (bodies and headers) for a later search for the key. */
function recordResponses(page: Page): () => Promise<string> {
  const parts: Promise<string>[] = [];
  page.on('response', (response) => {
    parts.push(
      response
        .body()
        .then((body) => `${JSON.stringify(response.headers())}\n${body.toString('utf8')}`)
        .catch(() => JSON.stringify(response.headers())),
    );
  });
  return async () => (await Promise.all(parts)).join('\n');
}

test('forwards the three calls with the Api-Token header and documented parameters', async ({ page, context }) => {
  await context.addCookies([{ name: 'session', value: 'browser-cookie', url: PROXY_BASE }]);
  const received = recordResponses(page);
  await page.goto('/?period=30d&mentor=mentor-1');
  await expectDataShown(page);
  await expect(page.getByText('Demo data', { exact: true })).toHaveCount(0);
  await expect(card(page, 'LLM cost').getByRole('definition').first()).toHaveText('$3.00');
  await expect(card(page, 'Top students').getByRole('cell', { name: 'upstream.student' })).toBeVisible();
  // A hostile username from the API is text, not markup.
  await expect(card(page, 'Top students').getByRole('cell', { name: '<img src=x onerror=alert(1)>' })).toBeVisible();
  await expect(card(page, 'Top students').locator('img')).toHaveCount(0);

  const seen = await upstreamSaw();
  const byEndpoint = (name: string) => seen.find((request) => request.path.endsWith(`/${name}/`));
  expect(seen.every((request) => request.authorization === `Api-Token ${E2E_API_KEY}`)).toBe(true);
  expect(seen.every((request) => request.cookie === null)).toBe(true);
  expect(byEndpoint('sentiment-count')?.query).toEqual({ period: '30d' });
  expect(byEndpoint('sentiment-count')?.path).toBe('/dm/api/ai-analytics/orgs/demo/users/admin/sentiment-count/');
  expect(Object.keys(byEndpoint('tenant-cost')?.query ?? {}).sort()).toEqual(['end_date', 'start_date']);
  expect(byEndpoint('top-students-by-chat-messages')?.query).toMatchObject({ mentor_id: 'mentor-1' });

  const everything = `${await received()}\n${await page.content()}`;
  expect(everything).not.toContain(E2E_API_KEY);
  await expectNoAxeViolations(page);
});

// The org in the link is checked against the allowed orgs before anything is asked (an org
// outside them is corrected to the default), so the upstream's 404 is staged for the default org.
test('an upstream 404 becomes a clear message with Retry on every card', async ({ page }) => {
  for (const name of CARD_NAMES) {
    await failUpstream({ endpoint: CARD_ENDPOINTS[name], times: 1, reply: { status: 404, json: { detail: 'Organization not found.' } } });
  }
  await page.goto('/');
  for (const name of CARD_NAMES) {
    const alert = card(page, name).getByRole('alert');
    await expect(alert).toContainText('The org “demo” was not found (Organization not found.). Check the org in the link or IBL_ORG.');
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  }
  await expect(page.getByRole('banner')).toContainText('Org: demo');
});
