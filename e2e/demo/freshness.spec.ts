import { expect } from '@playwright/test';
import { test } from '../support/test';
import { expectDataShown } from '../support/dashboard';

test('shows when the data was updated, marks loading, and Refresh asks again', async ({ page }) => {
  await page.goto('/');
  await expectDataShown(page);
  await expect(page.getByTestId('freshness')).toHaveText(/^Updated \d{1,2}:\d{2}\s?(AM|PM) · now$/);

  // Slow the next answers down so the loading state can be seen.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/ai-analytics/**', async (route) => {
    await held;
    await route.continue();
  });
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/ai-analytics/')) requests.push(request.url());
  });
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByRole('progressbar', { name: 'Loading data' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Updating…' }).first()).toBeVisible();
  release();
  await expect(page.getByRole('progressbar', { name: 'Loading data' })).toBeHidden();
  // One per call of the view: sentiment-count, user-sentiment, tenant-cost, top students.
  expect(requests).toHaveLength(4);
});
