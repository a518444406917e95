import { test as base, type Page } from '@playwright/test';

/**
 * True once React owns the page: no #root (a page that is not the dashboard's), an empty one
 * (the browser renders it, and what appears is already live), or the last element of the
 * server's HTML hydrated. Hydration claims the elements in document order, and commits in the
 * same task as it claims the last one.
 */
function hydratedOrNotOurs(): boolean {
  const root = document.getElementById('root');
  if (root === null || root.firstElementChild === null) return true;
  let last: Element = root;
  while (last.lastElementChild !== null) last = last.lastElementChild;
  return Object.keys(last).some((key) => key.startsWith('__reactFiber$'));
}

/**
 * The server's first view is on screen before the page's script has run: what a test does then
 * (a click, a key) would happen before anything listens. Waits for the hydration, and then two
 * frames for its effects (the keyboard shortcuts, the import on interaction).
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(hydratedOrNotOurs, undefined, { polling: 'raf' });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** `page` with every goto and reload followed by the wait for hydration. */
export function awaitingHydration(page: Page): Page {
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    await waitForHydration(page);
    return response;
  };
  page.reload = async (options) => {
    const response = await reload(options);
    await waitForHydration(page);
    return response;
  };
  return page;
}

/** Playwright's test, with every navigation of `page` followed by the wait for hydration. */
export const test = base.extend({
  page: async ({ page }, use) => {
    await use(awaitingHydration(page));
  },
});
