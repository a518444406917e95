import type { Context, MiddlewareHandler } from 'hono';
import { isValidIdentifier } from '../../shared/identifiers.ts';
import { isApiPath } from '../api-route.ts';
import { jsonError } from '../json-response.ts';
import { plainText } from './auth-pages.ts';
import type { AuthRuntime } from './auth-runtime.ts';
import { STORE_DOWN_DETAIL, targetOf } from './auth-routes.ts';
import { loginPathFor } from './next-path.ts';
import { resolveViewer, SessionStoreDown, viewerAllowed, viewerEmail, type Viewer } from './viewer.ts';

declare module 'hono' {
  interface ContextVariableMap {
    /** Who is asking; set by the access guard on every request it lets through. */
    viewer: Viewer;
  }
}

export const SIGN_IN_DETAIL = 'Sign in to see this dashboard.';

/**
 * Marks the gate's own refusals, so the page can tell them from the analytics API's 401 or 403
 * (a bad IBL_API_KEY), which must not send anyone through sign-in.
 */
export type AuthRefusal = 'sign-in' | 'not-allowed' | 'org' | 'store';

function refusal(kind: AuthRefusal): Record<string, string> {
  return { 'X-Auth-Refusal': kind };
}

/** What anyone may fetch: health, the sign-in routes, and the SPA's hashed assets and icons (no data in any). */
function isPublicPath(path: string): boolean {
  return (
    path === '/healthz' ||
    path === '/auth' ||
    path.startsWith('/auth/') ||
    path.startsWith('/assets/') ||
    path === '/favicon.svg' ||
    path === '/robots.txt'
  );
}

/**
 * The org of an API path (/api/<service>/orgs/<org>/...), or null when there is none or it is
 * malformed: the API router answers those with 400 or 404 itself.
 */
function apiOrg(pathname: string): string | null {
  const [, , , orgs, raw] = pathname.split('/');
  if (orgs !== 'orgs' || raw === undefined) return null;
  try {
    const org = decodeURIComponent(raw);
    return isValidIdentifier(org) ? org : null;
  } catch {
    return null;
  }
}

function wantsPage(c: Context): boolean {
  const method = c.req.method;
  return (method === 'GET' || method === 'HEAD') && (c.req.header('accept') ?? '').includes('text/html');
}

/**
 * Decides every request before any route sees it: pages without a session go to sign-in, API
 * calls without one get 401, a refused account 403, an org outside IBL_ORGS 403. None of those
 * reaches the upstream or the demo API.
 */
export function createAccessGuard(runtime: AuthRuntime, log: (line: string) => void): MiddlewareHandler {
  const { settings } = runtime;
  const orgIds = new Set(settings.orgs.map((org) => org.id));

  return async (c, next) => {
    const target = targetOf(c);
    const pathname = new URL(c.req.url).pathname;
    const rawPath = target.split('?')[0] ?? '';
    const api = isApiPath(pathname) || isApiPath(rawPath);
    if (!api && (isPublicPath(pathname) || isPublicPath(rawPath))) return next();

    let viewer: Viewer;
    try {
      viewer = await resolveViewer(c, runtime);
    } catch (error) {
      if (!(error instanceof SessionStoreDown)) throw error;
      log(`auth: refused ${c.req.method} ${rawPath.slice(0, 200)}: session store unavailable`);
      return api ? jsonError(503, STORE_DOWN_DETAIL, refusal('store')) : plainText(503, STORE_DOWN_DETAIL);
    }

    if (viewer.kind === 'anonymous') {
      log(`auth: refused ${c.req.method} ${rawPath.slice(0, 200)}: ${viewer.reason}`);
      if (api) return jsonError(401, SIGN_IN_DETAIL, refusal('sign-in'));
      if (settings.mode === 'oidc' && wantsPage(c)) return c.redirect(loginPathFor(target), 302);
      return plainText(401, settings.mode === 'header' ? 'Sign in through the proxy in front of this dashboard.' : SIGN_IN_DETAIL);
    }

    if (api) {
      const email = viewerEmail(viewer);
      if (!viewerAllowed(viewer)) {
        log(`auth: refused ${email ?? 'viewer'}: no access to this dashboard (${rawPath.slice(0, 200)})`);
        return jsonError(403, `${email ?? 'This account'} has no access to this dashboard.`, refusal('not-allowed'));
      }
      const org = apiOrg(pathname);
      if (org !== null && orgIds.size > 0 && !orgIds.has(org)) {
        log(`auth: refused ${email ?? 'viewer'}: org "${org}" is not in IBL_ORGS`);
        return jsonError(403, `No access to org "${org}".`, refusal('org'));
      }
    }
    c.set('viewer', viewer);
    return next();
  };
}
