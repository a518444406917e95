import { dashboardRequests, mentorLookupCall, requestTarget } from '../shared/requests.ts';
import { byUrlKey, parseDashboardParams } from '../shared/dashboard-url.ts';
import { scopeOf } from '../shared/scope.ts';
import type { IsoDay } from '../shared/utc-day.ts';
import type { AuthInfo } from './auth/auth-info.ts';
import type { Config } from './config.ts';
import { escapeHtml } from './html-escape.ts';
import { FIRST_VIEW_STATE_ID } from '../shared/first-view-render.ts';

/** What the browser may know about the server's configuration: never the key or the base URL. */
export interface PublicConfig {
  mode: 'demo' | 'proxy';
  org: string;
  userId: string;
  /** Who is signed in, for the request that served the page; absent means sign-in is off. */
  auth?: AuthInfo;
  /** While sign-in is on, the server sends IBL_USER_ID upstream whatever `user=` says. */
  userFixed?: boolean;
}

export const CONFIG_META_PLACEHOLDER = '<meta name="ibl-config" content="" />';

export function publicConfigOf(config: Config): PublicConfig {
  return { mode: config.mode, org: config.org, userId: config.userId };
}

/**
 * The API calls the dashboard at `pageUrl` makes on its first render, as path and query, built
 * by the same code as the browser's: the URL read like the SPA reads it (first value of each
 * parameter), today being the server's UTC date. A URL the SPA would correct gets no hints,
 * nor does a comparison, whose sentiment call covers a longer preset.
 */
export function preloadTargets(pageUrl: URL, publicConfig: PublicConfig, today: IsoDay): string[] {
  const defaults = { org: publicConfig.org, userId: publicConfig.userId };
  const { auth } = publicConfig;
  // A person who may not see the dashboard gets no figure, so nothing is fetched for them.
  if (auth !== undefined && !auth.allowed) return [];
  // The same rules as the SPA's (src/state/app-config.tsx urlRulesOf).
  const rules = {
    orgs: auth !== undefined && auth.orgs.length > 0 ? auth.orgs.map((org) => org.id) : null,
    userFixed: publicConfig.userFixed === true,
  };
  // The first value of each parameter, as the browser reads them (src/state/url-search).
  const raw = byUrlKey((key) => pageUrl.searchParams.get(key));
  const { state, notices } = parseDashboardParams(raw, today, defaults, rules);
  if (notices.length > 0 || state.compare) return [];
  const scope = scopeOf(state, defaults);
  const calls = dashboardRequests(scope, state, today);
  // A view filtered by a mentor looks its name up beside the cards' data.
  if (state.mentor !== null) calls.push(mentorLookupCall(scope, state.mentor));
  return calls.map(requestTarget);
}

/** What a page is about to need, announced in its <head> so the browser fetches it at once. */
export interface PageHints {
  /** API targets (path and query) the page fetches on its first render. */
  fetches: readonly string[];
}

/** The first view as the server rendered it (src/entry-server.tsx): markup and its data. */
export interface FirstViewHtml {
  html: string;
  /** JSON already safe inside a <script> element. */
  state: string;
}

const ROOT_ELEMENT = '<div id="root"></div>';
const LEADING_TITLE = /^<title>[^<]*<\/title>/;

/**
 * The server's first view inside #root, with its data beside it in a JSON data block (not a
 * script that runs: the policy allows none inline). The page's <title>, which React writes
 * first, replaces the document's, where the browser looks for it.
 */
export function withFirstView(html: string, firstView: FirstViewHtml | null): string {
  if (firstView === null || !html.includes(ROOT_ELEMENT)) return html;
  const title = LEADING_TITLE.exec(firstView.html)?.[0];
  const markup = title === undefined ? firstView.html : firstView.html.slice(title.length);
  const state = `<script type="application/json" id="${FIRST_VIEW_STATE_ID}">${firstView.state}</script>`;
  const withRoot = html.replace(ROOT_ELEMENT, () => `<div id="root">${markup}</div>${state}`);
  return title === undefined ? withRoot : withRoot.replace(/<title>[^<]*<\/title>/, () => title);
}

const NO_HINTS: PageHints = { fetches: [] };

/** The public config as the page's meta tag carries it. */
export function publicConfigJson(publicConfig: PublicConfig): string {
  const { mode, org, userId, auth, userFixed } = publicConfig;
  return JSON.stringify({ mode, org, userId, ...(auth !== undefined ? { auth, userFixed: userFixed === true } : {}) });
}

/**
 * Fills the config meta tag of index.html and puts the hints at the end of <head>, after the
 * entry script and stylesheet: those are on the critical path and must be asked for first
 * (HTTP/1.1 gives a page six connections). Without the placeholder the meta tag goes before
 * </head> too, so an index.html that lost it still tells the SPA which mode it runs in.
 */
export function renderIndexHtml(
  page: string,
  publicConfig: PublicConfig,
  hints: PageHints = NO_HINTS,
  firstView: FirstViewHtml | null = null,
): string {
  const html = withFirstView(page, firstView);
  const json = publicConfigJson(publicConfig);
  const meta = `<meta name="ibl-config" content="${escapeHtml(json)}" />`;
  // crossorigin="anonymous" is what a same-origin fetch() with default options sends; a preload
  // in any other mode would not be reused, and the call would go out twice.
  const tags = hints.fetches.map(
    (target) => `<link rel="preload" as="fetch" crossorigin="anonymous" href="${escapeHtml(target)}" />`,
  );
  const hasPlaceholder = html.includes(CONFIG_META_PLACEHOLDER);
  const withMeta = hasPlaceholder ? html.replace(CONFIG_META_PLACEHOLDER, () => meta) : html;
  const endTags = [...(hasPlaceholder ? [] : [meta]), ...tags];
  const head = withMeta.search(/<\/head>/i);
  if (head === -1 || endTags.length === 0) return withMeta;
  return `${withMeta.slice(0, head)}  ${endTags.join('\n    ')}\n  ${withMeta.slice(head)}`;
}
