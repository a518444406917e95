import { expect } from '@playwright/test';
import { test } from '../support/test';
import { card, expectDataShown } from '../support/dashboard';

// Every figure goes through src/lib/format.ts, which asks Intl; here the page's figures are
// compared with what Chromium's own Intl writes for the API's numbers.

test('the figures on screen are the API’s numbers as Chromium’s Intl writes them', async ({ page }) => {
  await page.goto('/?period=custom&from=2026-11-01&to=2026-11-07');
  await expectDataShown(page);
  // The page has it from the server's first view; the same call, asked by the test.
  const costAnswer = await page.request.get('/api/ai-analytics/orgs/demo/users/admin/tenant-cost/?start_date=2026-11-01&end_date=2026-11-07');
  const cost = (await costAnswer.json()) as { total_cost: number };
  const expected = await page.evaluate(
    ({ total }) => ({
      cost: new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(total),
      range: new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'medium' }).formatRange(Date.UTC(2026, 10, 1), Date.UTC(2026, 10, 7)),
    }),
    { total: cost.total_cost },
  );
  await expect(card(page, 'LLM cost').getByRole('definition').first()).toHaveText(expected.cost);
  await expect(page.getByTestId('resolved-range')).toHaveText(expected.range);
});
