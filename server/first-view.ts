import type { Context, Hono } from 'hono';
import type { RenderFirstView } from '../shared/first-view-render.ts';
import { remoteAddress } from './auth/viewer.ts';
import { publicConfigJson, type FirstViewHtml, type PublicConfig } from './index-html.ts';

/** Headers of the page's request that do not fit an API call; the others (who is asking) go with it. */
const DROPPED_HEADERS = ['accept', 'accept-encoding', 'cache-control', 'if-none-match', 'if-modified-since', 'range', 'content-length', 'content-type'];

/** The viewer's locale: the first language of Accept-Language that Intl knows, else the runtime's. */
export function viewerLocale(acceptLanguage: string | undefined): string | undefined {
  const first = acceptLanguage?.split(',')[0]?.split(';')[0]?.trim();
  if (!first || first === '*') return undefined;
  try {
    return Intl.getCanonicalLocales(first)[0];
  } catch {
    return undefined;
  }
}

/** The socket's address only: enough for the access rules of `header` mode, nothing of the page's request. */
function connectionOf(c: Context): unknown {
  return { incoming: { socket: { remoteAddress: remoteAddress(c) } } };
}

export interface RenderedPage {
  firstView: FirstViewHtml | null;
  /** The hints still needed: the calls whose answers the HTML does not carry. */
  fetches: string[];
}

/**
 * Renders a page's first view with the client's own code, its API calls made to this app
 * (`app.request`) as the page's viewer, through the same access rules, and `only-if-cached`: a
 * proxy answer not in the cache is left to the browser, so the page is never held up by the
 * upstream. Any failure leaves the page to the browser, said once in the log.
 */
export function createFirstViewRenderer(render: RenderFirstView | null, log: (line: string) => void) {
  let failed = false;
  return async (c: Context, app: Hono, publicConfig: PublicConfig, fetches: string[]): Promise<RenderedPage> => {
    if (render === null || fetches.length === 0) return { firstView: null, fetches };
    const headers: Record<string, string> = {};
    c.req.raw.headers.forEach((value, name) => {
      if (!DROPPED_HEADERS.includes(name)) headers[name] = value;
    });
    Object.assign(headers, { accept: 'application/json', 'cache-control': 'only-if-cached' });
    const connection = connectionOf(c);
    try {
      const markup = await render({
        pageUrl: c.req.url,
        configJson: publicConfigJson(publicConfig),
        locale: viewerLocale(c.req.header('accept-language')),
        fetch: (target, init) => Promise.resolve(app.request(target, { headers: { ...headers, ...init.headers } }, connection)),
      });
      if (markup === null) return { firstView: null, fetches };
      const answered = new Set(markup.answered);
      return { firstView: { html: markup.html, state: markup.state }, fetches: fetches.filter((target) => !answered.has(target)) };
    } catch (error) {
      if (!failed) log(`first view: rendering on the server failed (${error instanceof Error ? error.message : String(error)}); pages are rendered in the browser`);
      failed = true;
      return { firstView: null, fetches };
    }
  };
}
