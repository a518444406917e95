import { expect, test } from '@playwright/test';
import { card, expectDataShown } from '../support/dashboard';

// Every figure goes through src/lib/format.ts, which asks Intl; here the page's figures are
// compared with what Chromium's own Intl writes for the API's numbers.

test('the figures on screen are the API’s numbers as Chromium’s Intl writes them', async ({ page }) => {
  const costAnswer = page.waitForResponse((response) => response.url().includes('/tenant-cost/'));
  await page.goto('/?period=custom&from=2026-11-01&to=2026-11-07');
  const cost = (await (await costAnswer).json()) as { total_cost: number };
  await expectDataShown(page);
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
