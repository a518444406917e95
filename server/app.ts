import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { apiGate, apiRoutes, isApiPath, type AnswerEndpoint } from './api-route.ts';
import type { Config } from './config.ts';
import { createDemoApi, type DemoRequest, type DemoResponse } from './demo/demo-api.ts';
import { todayUtc } from '../shared/utc-day.ts';
import { preloadTargets, publicConfigOf } from './index-html.ts';
import { jsonError, jsonResponse } from './json-response.ts';
import { forwardToUpstream } from './proxy.ts';
import { securityHeaders } from './security-headers.ts';
import { clientRoutes } from './static.ts';

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
  return (target) => forwardToUpstream(target, proxyOptions);
}

export function createApp(options: AppOptions): Hono {
  const { config } = options;
  const log = options.log ?? (() => undefined);
  const publicConfig = publicConfigOf(config);

  const app = new Hono();
  app.use(securityHeaders());
  app.get('/healthz', () => jsonResponse(200, { status: 'ok', mode: config.mode }));
  app.use(apiGate(log));
  app.route('/', apiRoutes(endpointAnswer(options)));
  app.route(
    '/',
    clientRoutes({
      clientDir: options.clientDir ?? DEFAULT_CLIENT_DIR,
      page: (c) => ({ publicConfig, hints: { fetches: preloadTargets(new URL(c.req.url), publicConfig, todayUtc()) } }),
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
