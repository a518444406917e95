import { IncomingMessage } from 'node:http';
import { wantsOnlyCached } from './cache/cached-proxy.ts';
import { Hono, type MiddlewareHandler } from 'hono';
import { ENDPOINT_NAMES, ENDPOINTS, type Endpoint } from '../shared/endpoints.ts';
import { isValidIdentifier } from '../shared/identifiers.ts';
import { jsonError } from './json-response.ts';
import type { CacheStatus } from './cache/response-cache.ts';
import type { ProxyFailure, ProxyResult, ProxyTarget } from './proxy.ts';

declare module 'hono' {
  interface ContextVariableMap {
    /** Why the upstream call failed, for the access log. */
    upstreamFailure?: ProxyFailure;
    /** What the response cache did (proxy mode), for the access log. */
    cacheStatus?: CacheStatus;
  }
}

const MAX_QUERY_BYTES = 8 * 1024;
const ALLOWED_METHODS = 'GET, HEAD';

/** Answers one endpoint call: from the demo data or from upstream. */
export type AnswerEndpoint = (
  target: ProxyTarget,
  request: Request,
) => EndpointAnswer | Promise<EndpointAnswer>;

export type EndpointAnswer = ProxyResult & { cache?: CacheStatus };

export function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/');
}

/**
 * Checks the request target exactly as the client sent it. WHATWG URL parsing resolves "..",
 * "%2e%2e" and friends before the app sees the path, so a tricked path would otherwise arrive
 * looking legitimate.
 */
export function isSuspiciousTarget(target: string): boolean {
  const query = target.indexOf('?');
  const path = query === -1 ? target : target.slice(0, query);
  if (path.includes('\\') || path.includes('//')) return true;
  if (/%(2f|5c|00)/i.test(path)) return true;
  return path.split('/').some((segment) => /^(\.|%2e){1,2}$/i.test(segment));
}

/**
 * The target exactly as the client sent it, when running under @hono/node-server or Vite's
 * connect server; Request.url has already resolved dot segments by then.
 */
export function rawTarget(env: unknown): string | null {
  if (typeof env !== 'object' || env === null || !('incoming' in env)) return null;
  const incoming: unknown = env.incoming;
  return incoming instanceof IncomingMessage && typeof incoming.url === 'string' ? incoming.url : null;
}

/** The route of an endpoint, service and name from the endpoint table. */
export function endpointRoute(endpoint: Endpoint): string {
  return `/api/${ENDPOINTS[endpoint].service}/orgs/:org/users/:user/${endpoint}/`;
}

/**
 * For every request whose path is under /api as sent or as parsed: refuses a target that only
 * looks right once normalised, and writes one access log line. The query string stays out of
 * the log (it may carry an admin's filters); the path is the one sent, so a rejected "../"
 * stays visible.
 */
export function apiGate(log: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const raw = rawTarget(c.env);
    const url = new URL(c.req.url);
    const path = (raw ?? url.pathname).split('?')[0] ?? '';
    if (!isApiPath(url.pathname) && !isApiPath(path)) return next();
    const started = performance.now();
    const write = (status: number) => {
      const failure = c.get('upstreamFailure');
      const cache = c.get('cacheStatus');
      const ms = Math.round(performance.now() - started);
      // The server's own call for a page it draws: its 504 is "not cached yet", not a timeout.
      const onlyCached = wantsOnlyCached(c.req.raw.headers) ? ' only-if-cached' : '';
      log(`${c.req.method} ${path.slice(0, 300)} ${status} ${ms}ms${failure ? ` upstream:${failure}` : ''}${cache ? ` cache:${cache}` : ''}${onlyCached}`);
    };
    if (raw !== null && isSuspiciousTarget(raw)) {
      const refused = jsonError(400, 'Invalid path.');
      write(refused.status);
      return refused;
    }
    await next();
    // A thrown error has its own line, written by the app's error handler.
    if (c.error === undefined) write(c.res.status);
  };
}

// Segments are matched before they are decoded, so an encoded slash stays inside its segment
// and then fails this check instead of moving the request somewhere else.
const validIdentifiers: MiddlewareHandler = async (c, next) => {
  if (!isValidIdentifier(c.req.param('org') ?? '')) return jsonError(400, 'Invalid org: use letters, digits and . _ @ + - only.');
  if (!isValidIdentifier(c.req.param('user') ?? '')) return jsonError(400, 'Invalid user: use letters, digits and . _ @ + - only.');
  await next();
};

/** One GET route per endpoint of the table; anything else under /api is a JSON 404. */
export function apiRoutes(answer: AnswerEndpoint): Hono {
  const api = new Hono();
  for (const endpoint of ENDPOINT_NAMES) {
    const route = endpointRoute(endpoint);
    api.use(route, validIdentifiers);
    api.get(route, async (c) => {
      const { search } = new URL(c.req.url);
      if (search.length - 1 > MAX_QUERY_BYTES) return jsonError(414, 'The query string is longer than 8 KB.');
      const { response, failure, cache } = await answer(
        { endpoint, org: c.req.param('org') ?? '', userId: c.req.param('user') ?? '', search },
        c.req.raw,
      );
      if (failure !== undefined) c.set('upstreamFailure', failure);
      if (cache !== undefined) c.set('cacheStatus', cache);
      return response;
    });
    api.all(route, () => jsonError(405, 'Method not allowed.', { Allow: ALLOWED_METHODS }));
  }
  api.all('/api/*', () => jsonError(404, 'Not found.'));
  return api;
}
