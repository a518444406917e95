// What the server and the client's server-side entry (src/entry-server.tsx, built to
// dist/server) agree on: the server hands it a page request, it hands back the first view's
// HTML and the data that HTML was drawn from, or null for a page the browser renders alone.

/** An HTTP answer as both runtimes' fetch() return it: what the client's getJson reads. */
export interface ServedAnswer {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export interface FirstViewRequest {
  /** The page's URL, as the browser asked for it. */
  pageUrl: string;
  /** The public config as JSON, exactly what the page's meta tag carries (server/index-html.ts). */
  configJson: string;
  /** The viewer's locale (the first of Accept-Language), undefined for the runtime's. */
  locale: string | undefined;
  /** Asks this server for an API target (path and query), through its access rules and cache. */
  fetch(target: string, init: { headers: Record<string, string> }): Promise<ServedAnswer>;
}

export interface FirstViewMarkup {
  /** The content of #root. */
  html: string;
  /** The data it shows (TanStack Query's dehydrated state) as JSON, safe inside a <script>. */
  state: string;
  /** The API targets (path and query) whose answers `state` holds: the page needs no hint for them. */
  answered: string[];
}

export type RenderFirstView = (request: FirstViewRequest) => Promise<FirstViewMarkup | null>;

/** The id of the <script type="application/json"> that carries `state`. */
export const FIRST_VIEW_STATE_ID = 'first-view-state';

/** The cookie the page writes with the theme it shows, so the server draws the next page in it. */
export const THEME_COOKIE = 'ibl-analytics-theme';
