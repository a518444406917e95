import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { apiGate, apiRoutes, isApiPath, type AnswerEndpoint } from './api-route.ts';
import { createAccessGuard } from './auth/access-guard.ts';
import { signInIsOn } from './auth/auth-config.ts';
import { authInfoOf } from './auth/auth-info.ts';
import { createAuthRoutes } from './auth/auth-routes.ts';
import { openAuth, type AuthRuntime } from './auth/auth-runtime.ts';
import type { Viewer } from './auth/viewer.ts';
import type { Config } from './config.ts';
import { createDemoApi, type DemoRequest, type DemoResponse } from './demo/demo-api.ts';
import { todayUtc } from '../shared/utc-day.ts';
import { preloadTargets, publicConfigOf, type PublicConfig } from './index-html.ts';
import { jsonError, jsonResponse } from './json-response.ts';
import { createCachedProxy, wantsBypass, wantsOnlyCached } from './cache/cached-proxy.ts';
import { createMemoryStore } from './cache/memory-store.ts';
import { createResponseCache, type ResponseCache } from './cache/response-cache.ts';
import { createRedisCacheStore } from './redis/redis-cache-store.ts';
import type { RedisConnection } from './redis/redis-connection.ts';
import { securityHeaders } from './security-headers.ts';
import { clientRoutes } from './static.ts';
import { pageIsDark } from './page-theme.ts';
import { createFirstViewRenderer } from './first-view.ts';
import type { RenderFirstView } from '../shared/first-view-render.ts';

export interface AppOptions {
  config: Config;
  /** The built SPA; defaults to dist/client of this repository. */
  clientDir?: string;
  fetchUpstream?: typeof fetch;
  demoApi?: (request: DemoRequest) => DemoResponse;
  timeoutMs?: number;
  maxUpstreamBytes?: number;
  log?: (line: string) => void;
  /** Sign-in (server/auth/auth-runtime.ts): settings, provider, session store, clock. Default: off, any org (main.ts always gives one). */
  auth?: AuthRuntime;
  /** Shares the response cache with every instance (REDIS_URL); without it, answers stay in memory. */
  redis?: RedisConnection | null;
  /** A cache of the test's making (its own clock or store). */
  responseCache?: ResponseCache;
  /** Renders first views on the server (server/first-view.ts); without it the browser renders every page. */
  renderFirstView?: RenderFirstView | null;
}

const DEFAULT_CLIENT_DIR = fileURLToPath(new URL('../dist/client', import.meta.url));
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_UPSTREAM_BYTES = 5 * 1024 * 1024;

function endpointAnswer(options: AppOptions): AnswerEndpoint {
  const { config } = options;
  if (config.mode === 'demo') {
    const demoApi = options.demoApi ?? createDemoApi();
    return ({ endpoint, org, userId, search }) => {
      const answer = demoApi({ endpoint, org, userId, query: new URLSearchParams(search) });
      return { response: jsonResponse(answer.status, answer.body) };
    };
  }
  const proxyOptions = {
    apiBase: config.apiBase,
    apiKey: config.apiKey,
    fetchUpstream: options.fetchUpstream ?? fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxUpstreamBytes: options.maxUpstreamBytes ?? DEFAULT_MAX_UPSTREAM_BYTES,
  };
  const cache =
    options.responseCache ??
    createResponseCache({
      settings: config.cache,
      store: options.redis ? createRedisCacheStore(options.redis.client) : createMemoryStore(config.cache.maxBytes),
    });
  const cachedProxy = createCachedProxy({ proxy: proxyOptions, cache });
  return (target, request) =>
    cachedProxy(target, { bypass: wantsBypass(request.headers), onlyIfCached: wantsOnlyCached(request.headers) });
}

/** While sign-in is on, the admin sent upstream is IBL_USER_ID, never one a viewer put in the URL. */
function withFixedUser(answer: AnswerEndpoint, userId: string | null): AnswerEndpoint {
  return userId === null ? answer : (target, request) => answer({ ...target, userId }, request);
}

export function createApp(options: AppOptions): Hono {
  const { config } = options;
  const log = options.log ?? (() => undefined);
  const auth = options.auth ?? openAuth(config);
  const userFixed = signInIsOn(auth.settings);
  const basePublicConfig = publicConfigOf(config);
  // Without an auth runtime the meta stays as it was before sign-in existed; the SPA reads that as sign-in off.
  const publicConfigFor = (viewer: Viewer | undefined): PublicConfig =>
    options.auth === undefined
      ? basePublicConfig
      : { ...basePublicConfig, auth: authInfoOf(auth, viewer ?? { kind: 'anonymous', reason: 'not checked' }), userFixed };

  const renderPage = createFirstViewRenderer(options.renderFirstView ?? null, log);
  const app = new Hono();
  // Sign out posts to /auth/logout, which redirects to the provider: form-action must allow its origin.
  app.use(securityHeaders({ formActionSources: auth.oidc?.formActionOrigins ?? [] }));
  app.get('/healthz', () => jsonResponse(200, { status: 'ok', mode: config.mode }));
  app.use(apiGate(log));
  app.use(createAccessGuard(auth, log));
  app.route('/auth', createAuthRoutes(auth, log));
  app.route('/', apiRoutes(withFixedUser(endpointAnswer(options), userFixed ? config.userId : null)));
  app.route(
    '/',
    clientRoutes({
      clientDir: options.clientDir ?? DEFAULT_CLIENT_DIR,
      page: async (c) => {
        const publicConfig = publicConfigFor(c.get('viewer') as Viewer | undefined);
        const targets = preloadTargets(new URL(c.req.url), publicConfig, todayUtc());
        const { firstView, fetches } = await renderPage(c, app, publicConfig, targets);
        return { publicConfig, hints: { fetches }, firstView, dark: pageIsDark(c) };
      },
    }),
  );

  app.onError((error, c) => {
    const path = new URL(c.req.url).pathname;
    log(`${c.req.method} ${path.slice(0, 300)} 500 error:${error.name}`);
    return isApiPath(path)
      ? jsonError(500, 'Internal server error.')
      : new Response('Internal server error.\n', { status: 500, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  });

  return app;
}
