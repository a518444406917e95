import { IncomingMessage } from 'node:http';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { isApiPath, isSuspiciousTarget, matchApiRoute } from './api-route.ts';
import type { Config } from './config.ts';
import { createDemoApi, type DemoRequest, type DemoResponse } from './demo/demo-api.ts';
import { todayUtc } from '../shared/utc-day.ts';
import { preloadTargets, publicConfigOf } from './index-html.ts';
import { jsonError, jsonResponse } from './json-response.ts';
import { forwardToUpstream, type ProxyFailure } from './proxy.ts';
import { SECURITY_HEADERS } from './security-headers.ts';
import { createStaticHandler } from './static-files.ts';

export interface AppOptions {
  config: Config;
  /** The built SPA; defaults to dist/client of this repository. */
  clientDir?: string;
  fetchUpstream?: typeof fetch;
  demoApi?: (request: DemoRequest) => DemoResponse;
  timeoutMs?: number;
  maxUpstreamBytes?: number;
  log?: (line: string) => void;
}

const DEFAULT_CLIENT_DIR = fileURLToPath(new URL('../dist/client', import.meta.url));
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_UPSTREAM_BYTES = 5 * 1024 * 1024;
const MAX_QUERY_BYTES = 8 * 1024;
const ALLOWED_METHODS = 'GET, HEAD';

/**
 * The target exactly as the client sent it, when running under @hono/node-server or Vite's
 * connect server; Request.url has already resolved dot segments by then.
 */
function rawTarget(env: unknown): string | null {
  if (typeof env !== 'object' || env === null || !('incoming' in env)) return null;
  const incoming: unknown = env.incoming;
  return incoming instanceof IncomingMessage && typeof incoming.url === 'string' ? incoming.url : null;
}

export function createApp(options: AppOptions): Hono {
  const { config } = options;
  const log = options.log ?? (() => undefined);
  const demoApi = config.mode === 'demo' ? (options.demoApi ?? createDemoApi()) : null;
  const proxyOptions =
    config.mode === 'proxy'
      ? {
          apiBase: config.apiBase,
          apiKey: config.apiKey,
          fetchUpstream: options.fetchUpstream ?? fetch,
          timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
          maxUpstreamBytes: options.maxUpstreamBytes ?? DEFAULT_MAX_UPSTREAM_BYTES,
        }
      : null;
  const publicConfig = publicConfigOf(config);
  const serveStatic = createStaticHandler({
    clientDir: options.clientDir ?? DEFAULT_CLIENT_DIR,
    publicConfig,
    preloadsFor: (url) => preloadTargets(url, publicConfig, todayUtc()),
  });

  async function answerApi(request: Request, url: URL, raw: string | null): Promise<{ response: Response; failure?: ProxyFailure }> {
    if (raw !== null && isSuspiciousTarget(raw)) return { response: jsonError(400, 'Invalid path.') };
    const route = matchApiRoute(url.pathname);
    if (route.kind === 'not-found') return { response: jsonError(404, 'Not found.') };
    if (route.kind === 'bad-request') return { response: jsonError(400, route.detail) };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return { response: jsonError(405, 'Method not allowed.', { Allow: ALLOWED_METHODS }) };
    }
    if (url.search.length - 1 > MAX_QUERY_BYTES) {
      return { response: jsonError(414, 'The query string is longer than 8 KB.') };
    }
    if (demoApi !== null) {
      const answer = demoApi({ endpoint: route.endpoint, org: route.org, userId: route.userId, query: url.searchParams });
      return { response: jsonResponse(answer.status, answer.body) };
    }
    if (proxyOptions === null) throw new Error('Proxy mode without proxy options.');
    return forwardToUpstream({ ...route, search: url.search }, proxyOptions);
  }

  const app = new Hono();

  app.use(async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  });

  app.get('/healthz', () => jsonResponse(200, { status: 'ok', mode: config.mode }));

  app.all('*', async (c) => {
    const request = c.req.raw;
    const url = new URL(request.url);
    const raw = rawTarget(c.env);
    if (!isApiPath(url.pathname) && !(raw !== null && isApiPath(raw.split('?')[0] ?? ''))) {
      return serveStatic(request);
    }
    const started = performance.now();
    const { response, failure } = await answerApi(request, url, raw);
    const ms = Math.round(performance.now() - started);
    // The path as sent (a rejected "../" stays visible), without the query string, which may carry an admin's filters.
    const path = (raw ?? url.pathname).split('?')[0] ?? '';
    log(`${request.method} ${path.slice(0, 300)} ${response.status} ${ms}ms${failure ? ` upstream:${failure}` : ''}`);
    return response;
  });

  app.onError((error, c) => {
    const path = new URL(c.req.url).pathname;
    log(`${c.req.method} ${path.slice(0, 300)} 500 error:${error.name}`);
    return isApiPath(path)
      ? jsonError(500, 'Internal server error.')
      : new Response('Internal server error.\n', { status: 500, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  });

  return app;
}
