import { dehydrate } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { startFirstView } from './app/first-view';
import { Page } from './app/page';
import { createQueryClient } from './app/query-client';
import { setTransport } from './api/transport';
import { inLocale } from './lib/format';
import { parseAppConfig } from './state/app-config';
import { memoryUrlStore } from './state/url-search';
import type { FirstViewMarkup, FirstViewRequest } from '../shared/first-view-render';

/** Characters that could end the <script> the state travels in, or a JavaScript string. */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/** JSON that stays JSON inside <script type="application/json">: nothing in it can close the tag. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE_IN_SCRIPT, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The first view of a page, rendered on the server from the data the server has at once (the
 * demo data, or fresh answers in the proxy's cache), so the figures are in the HTML and the
 * browser hydrates them. The same code as the browser's: the URL read by the same parser, the
 * same queries (app/first-view), asked of the server's own routes, so its access rules apply.
 * A card whose data is not there yet is drawn loading, and the browser fetches it; null when no
 * card has data (the browser renders the page as if the server had not tried).
 */
export async function renderFirstView(request: FirstViewRequest): Promise<FirstViewMarkup | null> {
  const config = parseAppConfig(request.configJson);
  if (!config.auth.allowed) return null;
  const page = new URL(request.pageUrl);
  const answered = new Set<string>();
  const queryClient = createQueryClient();
  // An answer that is not in at once is the browser's to fetch: no retry here.
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  setTransport(queryClient, {
    origin: () => page.origin,
    async fetch(url, init) {
      const target = url.pathname + url.search;
      const answer = await request.fetch(target, { headers: init.headers });
      if (answer.ok) answered.add(target);
      return answer;
    },
  });
  try {
    await startFirstView(queryClient, config, page.search);
    // What failed, or is still on its way, is the browser's to fetch: drawn loading here.
    const cache = queryClient.getQueryCache();
    for (const query of cache.getAll()) if (query.state.status !== 'success') cache.remove(query);
    if (cache.getAll().length === 0) return null;
    const html = inLocale(request.locale, () =>
      renderToString(<Page config={config} queryClient={queryClient} url={memoryUrlStore(page.search)} />),
    );
    return { html, state: jsonForScript(dehydrate(queryClient)), answered: [...answered] };
  } finally {
    queryClient.clear();
  }
}
