import type { QueryClient } from '@tanstack/react-query';
import { urlRulesOf, type AppConfig } from '../state/app-config';
import { parseDashboardSearch, urlValuesOf } from '../../shared/dashboard-url';
import { scopeOf } from '../../shared/scope';
import { todayUtc } from '../../shared/utc-day';
import { prefetchView } from './prefetch-view';

/**
 * How long the first render waits for the first view's data. The server's preload hints have
 * usually brought it in before the JavaScript runs, so it takes a few milliseconds, and the
 * page paints its numbers at once instead of skeletons that flash; a slow API only delays the
 * skeletons by this much.
 */
export const FIRST_PAINT_WAIT_MS = 100;

/**
 * Asks for the first view's data before React renders: the URL read by the same parser as the
 * app's, the same query options as the cards, so the cards find it in the cache (or in flight)
 * and no request goes out twice. Resolves when it is in or the wait is over, whichever is first.
 * A person who is signed in but not allowed sees no figure, so nothing is asked for at all.
 * The server's render of a page (src/entry-server.tsx) asks for its data the same way.
 */
export function startFirstView(queryClient: QueryClient, config: AppConfig, search: string): Promise<void> {
  if (!config.auth.allowed) return Promise.resolve();
  const today = todayUtc();
  const defaults = { org: config.org, userId: config.userId };
  const { state } = parseDashboardSearch(urlValuesOf(new URLSearchParams(search)), today, defaults, urlRulesOf(config));
  const scope = scopeOf(state, defaults);
  const loaded = prefetchView(queryClient, scope, state, today);
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, FIRST_PAINT_WAIT_MS);
    void loaded.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
