import { expect } from '@playwright/test';
import { test } from '../support/test';
import { card, expectDataShown, expectNoAxeViolations, readFigures } from '../support/dashboard';
import { demoMentor, mentorField, mentorOptions } from '../support/mentors';

test('shows the three cards on demo data, with no axe violations', async ({ page }) => {
  await page.goto('/');
  await expectDataShown(page);
  await expect(page.getByText('Demo data', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Last 7 days' })).toHaveAttribute('aria-pressed', 'true');
  await expect(card(page, 'Top students').getByRole('row')).toHaveCount(21);
  const total = await card(page, 'Sentiment over time').getByText(/entries in range/).textContent();
  expect(Number(total?.replace(/\D/g, ''))).toBeGreaterThan(0);
  await expectNoAxeViolations(page);

  await card(page, 'Sentiment over time').getByRole('button', { name: 'Show table' }).click();
  const table = card(page, 'Sentiment over time').getByRole('table', { name: 'Daily sentiment entries' });
  await expect(table.getByRole('columnheader')).toHaveText(['Date', 'Sentiment entries']);
  await expect(table.getByRole('row')).toHaveCount(8);
  await expectNoAxeViolations(page);
});

test('a period change updates the URL and every card', async ({ page }) => {
  await page.goto('/');
  await expectDataShown(page);
  const before = await readFigures(page);

  await page.getByRole('button', { name: 'Last 30 days' }).click();
  await expect(page).toHaveURL(/\?period=30d$/);
  await expect(page.getByRole('button', { name: 'Last 30 days' })).toHaveAttribute('aria-pressed', 'true');
  await expectDataShown(page);
  const after = await readFigures(page);
  expect(after.range).not.toBe(before.range);
  expect(after.cost).not.toBe(before.cost);
  expect(after.sentimentTotal).not.toBe(before.sentimentTotal);
  expect(after.students).not.toEqual(before.students);
  await expect(card(page, 'LLM cost').getByText(/· 30 days$/)).toBeVisible();
});

test('a mentor filter changes the URL and the leaderboard only', async ({ page }) => {
  await page.goto('/?period=30d');
  await expectDataShown(page);
  const before = await readFigures(page);

  const field = mentorField(page);
  await field.fill('python');
  await mentorOptions(page).filter({ hasText: /^Python Lab/ }).click();
  await expect(page).toHaveURL(new RegExp(`\\?period=30d&mentor=${demoMentor('python-lab').id}$`));
  await expect(card(page, 'Top students')).toContainText('mentor Python Lab');
  await expectDataShown(page);
  const after = await readFigures(page);
  expect(after.students).not.toEqual(before.students);
  expect(after.cost).toBe(before.cost);
  expect(after.sentimentTotal).toBe(before.sentimentTotal);
});

test('a custom range from the calendar', async ({ page }) => {
  await page.goto('/');
  await expectDataShown(page);
  await page.getByRole('button', { name: 'Custom…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose a date range' });
  const days = dialog.locator('button.rdp-day_button:not([disabled])');
  await days.nth(2).click();
  await days.nth(9).click();
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/\?period=custom&from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/);
  await expect(dialog).toBeHidden();
  await expectDataShown(page);
  const url = new URL(page.url());
  const from = url.searchParams.get('from') ?? '';
  const to = url.searchParams.get('to') ?? '';
  expect(from < to).toBe(true);
  await expect(card(page, 'LLM cost').getByText(/· 8 days$/)).toBeVisible();
});
