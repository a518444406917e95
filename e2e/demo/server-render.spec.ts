import { expect } from '@playwright/test';
import { test } from '../support/test';
import { card, expectDataShown } from '../support/dashboard';

// The first view comes drawn in the server's HTML (src/entry-server.tsx) and the browser
// hydrates it: the same elements, now live. What only the browser knows (the time zone, the
// window's width) follows the hydration.

interface Parsed {
  heading: Element | null;
  table: Element | null;
}

const viewers = [
  { locale: 'en-US', timezoneId: 'UTC', cost: /^\$[\d,]+\.\d\d$/ },
  { locale: 'de-DE', timezoneId: 'America/New_York', cost: /^[\d.]+,\d\d\s\$$/ },
];

for (const viewer of viewers) {
  test(`the server’s first view is hydrated, not drawn again (${viewer.locale}, ${viewer.timezoneId})`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: viewer.locale, timezoneId: viewer.timezoneId });
    const page = await context.newPage();
    // The elements as the HTML parser makes them, before any script of the page has run.
    await page.addInitScript(() => {
      const parsed: Parsed = { heading: null, table: null };
      Object.assign(window, { __parsed: parsed });
      new MutationObserver(() => {
        parsed.heading ??= document.querySelector('h1');
        parsed.table ??= document.querySelector('main table');
      }).observe(document, { childList: true, subtree: true });
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto('/?period=30d');
    await expectDataShown(page);
    await expect(card(page, 'LLM cost').getByRole('definition').first()).toHaveText(viewer.cost);
    // Live: a click re-renders (and the URL follows).
    await page.getByRole('button', { name: 'Show table' }).click();
    await expect(card(page, 'Sentiment over time').getByRole('button', { name: 'Hide table' })).toBeVisible();

    const same = await page.evaluate(() => {
      const { heading, table } = (window as unknown as { __parsed: Parsed }).__parsed;
      return { heading: heading !== null && heading === document.querySelector('h1'), table: table !== null && table.isConnected };
    });
    expect(same).toEqual({ heading: true, table: true });
    expect(errors).toEqual([]);

    // The clock is the viewer's own once hydrated: when the server's data was fetched, in their zone.
    const expected = await page.evaluate(() => {
      const state = JSON.parse(document.getElementById('first-view-state')?.textContent ?? '{}') as {
        queries: { state: { dataUpdatedAt: number } }[];
      };
      const newest = Math.max(...state.queries.map((query) => query.state.dataUpdatedAt));
      return new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(newest);
    });
    await expect(page.getByTestId('freshness')).toContainText(`${expected}`);
    await context.close();
  });
}

test('with JavaScript off, the first view still shows every figure', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  await page.goto('/?period=7d');
  await expect(card(page, 'LLM cost').getByRole('definition').first()).toHaveText(/^\$[\d,]+\.\d\d$/);
  await expect(card(page, 'Top students').getByRole('row')).toHaveCount(21);
  await expect(page.locator('main [data-chart-line]')).toBeVisible();
  await expect(page).toHaveTitle('Last 7 days · demo · Analytics');
  await context.close();
});

test('a viewer whose page last showed dark gets it dark from the first paint', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  await context.addCookies([{ name: 'ibl-analytics-theme', value: 'dark', url: baseURL ?? '' }]);
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveClass('dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(2, 6, 23)');
  await context.close();
});
