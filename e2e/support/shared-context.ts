// One browser context per worker, a fresh page per test: the app's 800 KB of scripts come from
// the context's HTTP cache instead of being fetched and compiled again for every test, which
// keeps a matrix of many short tests fast. Routes, listeners and the page itself are per test.
import { test as base, type BrowserContext } from '@playwright/test';
import { awaitingHydration } from './test';

export const test = base.extend<object, { sharedContext: BrowserContext }>({
  sharedContext: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, locale, timezoneId, viewport, userAgent, deviceScaleFactor } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, locale, timezoneId, viewport, userAgent, deviceScaleFactor });
      // Playwright's clock, so retry backoff and timeouts can be moved on instead of waited for.
      await context.clock.install();
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ sharedContext }, use) => {
    // Time moved on by earlier tests is set back to now, so "today" stays today.
    await sharedContext.clock.setSystemTime(new Date());
    const page = awaitingHydration(await sharedContext.newPage());
    await use(page);
    await page.close();
  },
});

export { expect } from '@playwright/test';
