import type { Page } from '@playwright/test';
import { expectDataShown } from './dashboard';

// The API requests a page makes, for the request-count tests: counts are deterministic.

export interface ApiEvent {
  kind: 'request' | 'response';
  url: string;
}

/** Every API request and answer of the page, in the order the browser saw them. */
export function recordApi(page: Page): ApiEvent[] {
  const events: ApiEvent[] = [];
  const isApi = (url: string) => new URL(url).pathname.startsWith('/api/');
  page.on('request', (request) => {
    if (isApi(request.url())) events.push({ kind: 'request', url: request.url() });
  });
  page.on('response', (response) => {
    if (isApi(response.url())) events.push({ kind: 'response', url: response.url() });
  });
  return events;
}

export const requestsOf = (events: ApiEvent[]) => events.filter((event) => event.kind === 'request').map((event) => new URL(event.url));
export const endpointOf = (url: URL) => url.pathname.split('/').at(-2);

/** The data is on screen and nothing is on the wire any more. */
export async function settled(page: Page) {
  await expectDataShown(page);
  await page.waitForLoadState('networkidle');
}

/** The preload hints of the page, as absolute URLs. */
export function preloadHints(page: Page): Promise<string[]> {
  return page
    .locator('link[rel="preload"][as="fetch"]')
    .evaluateAll((links) => links.map((link) => (link instanceof HTMLLinkElement ? link.href : '')));
}
