// Helpers for the failure and fuzz specs: fake one card's endpoint with page.route while the
// other two use the real demo API, and watch the page for uncaught errors.
import { expect, type Page, type Request } from '@playwright/test';
import { card, chartLine } from './dashboard';

export const CARD_NAMES = ['Sentiment over time', 'LLM cost', 'Top students'] as const;
export type CardName = (typeof CARD_NAMES)[number];
export type EndpointName = 'sentiment-count' | 'user-sentiment' | 'tenant-cost' | 'top-students-by-chat-messages';

export const CARD_ENDPOINTS: Readonly<Record<CardName, EndpointName>> = {
  'Sentiment over time': 'sentiment-count',
  'LLM cost': 'tenant-cost',
  'Top students': 'top-students-by-chat-messages',
};

/** Matches the browser's calls to one analytics endpoint, whatever the org, user and query. */
export function endpointUrl(endpoint: EndpointName): (url: URL) => boolean {
  return (url) => url.pathname.startsWith('/api/ai-analytics/') && url.pathname.endsWith(`/${endpoint}/`);
}

/** What a faked endpoint does with one request. */
export type Reply =
  | { status: number; json?: unknown; body?: string; contentType?: string; headers?: Record<string, string> }
  | { drop: true }
  | { hang: true };

/**
 * Routes one endpoint: the first `failing` requests get `reply`, later ones go to the real demo
 * API. Returns the requests seen, so a test can count tries and see a Retry ask again.
 */
export async function fakeEndpoint(page: Page, endpoint: EndpointName, reply: Reply, failing: number) {
  const seen: Request[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  /** Resolves once `count` requests have arrived. */
  const requests = (count: number) =>
    seen.length >= count ? Promise.resolve() : new Promise<void>((resolve) => waiting.push({ count, resolve }));
  await page.route(endpointUrl(endpoint), async (route) => {
    seen.push(route.request());
    for (const waiter of waiting.filter((candidate) => candidate.count <= seen.length)) waiter.resolve();
    if (seen.length > failing) return route.continue();
    if ('drop' in reply) return route.abort('connectionreset');
    // Never answered: the page's own timeout has to end it.
    if ('hang' in reply) return undefined;
    return route.fulfill({
      status: reply.status,
      headers: reply.headers,
      contentType: reply.contentType ?? (reply.json === undefined ? 'text/plain' : 'application/json'),
      body: reply.json === undefined ? (reply.body ?? '') : JSON.stringify(reply.json),
    });
  });
  return { seen, requests };
}

/** Uncaught errors in the page (not console messages): every test ends expecting none. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  return errors;
}

/** The card shows its figures: a total of entries, a dollar amount, leaderboard rows. */
export async function expectCardData(page: Page, name: CardName) {
  await cardReaches(page, name, 'data');
  const region = card(page, name);
  await expect(region.getByRole('alert')).toHaveCount(0);
  switch (name) {
    case 'Sentiment over time':
      await expect(region.getByText(/entries in range/)).toBeVisible();
      await expect(chartLine(page)).toBeVisible();
      break;
    case 'LLM cost':
      await expect(region.getByText(/^\$[\d,.]+$/).first()).toBeVisible();
      break;
    case 'Top students':
      await expect(region.getByRole('row').nth(1)).toBeVisible();
      break;
  }
}

/** Today's UTC day, as the dashboard's default range ends on it. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

type CardState = 'data' | 'alert' | 'retrying' | 'busy' | 'settled';

/**
 * Resolves as soon as a card reaches a state, checked on every animation frame. Locator
 * assertions back off to polling every 0.5 s, which over a matrix of many short tests adds up;
 * this only synchronises, the role-based assertions that follow it are the checks.
 */
export async function cardReaches(page: Page, name: CardName, state: CardState, text = '') {
  await page.waitForFunction(
    ({ name, state, text }) => {
      const section = [...document.querySelectorAll('section')].find(
        (candidate) => candidate.querySelector('h2')?.textContent === name,
      );
      if (!section) return false;
      const normalise = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ');
      const alert = section.querySelector('[role="alert"]');
      switch (state) {
        case 'alert':
          return alert !== null && normalise(alert.textContent).includes(normalise(text));
        case 'retrying':
          return [...section.querySelectorAll('[role="status"]')].some((status) =>
            normalise(status.textContent).includes(normalise(text)),
          );
        case 'busy':
          return section.getAttribute('aria-busy') === 'true';
        case 'settled':
          return section.getAttribute('aria-busy') === 'false';
        case 'data':
          return (
            alert === null &&
            section.getAttribute('aria-busy') === 'false' &&
            (section.querySelector('.chart-line-current, .recharts-line-dot') !== null ||
              section.querySelector('tbody tr') !== null ||
              /^\$[\d,.]+$/.test(section.querySelector('dd')?.textContent ?? ''))
          );
      }
    },
    { name, state, text },
  );
}

/**
 * Resolves once the card's own request has started. The first request seen may be the page's
 * preload hint, sent before the app runs; a timeout moved on from then would never fire.
 */
export async function cardRequestStarted(page: Page, name: CardName) {
  await cardReaches(page, name, 'busy');
  // React subscribes (and so fetches) in an effect after the first paint.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}
