import { Hono } from 'hono';
import { loadConfig, type Config } from '../config.ts';
import { recordingFetch, SECRET_KEY, UPSTREAM_BASE } from '../test-support.ts';
import { createAccessGuard } from './access-guard.ts';
import { createAuthRoutes } from './auth-routes.ts';
import { loadAuthConfig } from './auth-config.ts';
import { resolveAuth, type AuthRuntime } from './auth-runtime.ts';
import type { AuthInfo } from './auth-info.ts';
import type { SessionStore } from './session-store.ts';

/** Helpers for the sign-in tests; nothing here runs in production. */

export const TEST_SESSION_SECRET = 'test-session-secret-0123456789-abcdefghij';
export const TEST_CLIENT = { client_id: 'dashboard', client_secret: 'dashboard-test-secret' };

/** What the server says of alice (the test provider's allowed account) under oidcRuntime's IBL_ORGS. */
export const ALICE_AUTH_INFO: AuthInfo = {
  mode: 'oidc',
  user: { name: 'Alice Example', email: 'alice@school.example' },
  allowed: true,
  orgs: [
    { id: 'acme', name: 'Acme University' },
    { id: 'beta', name: 'beta' },
  ],
  signOut: true,
};

export function testProxyConfig(env: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({ IBL_API_BASE: UPSTREAM_BASE, IBL_API_KEY: SECRET_KEY, IBL_ORG: 'acme', IBL_USER_ID: 'admin', ...env });
}

export interface TestClock {
  now: () => number;
  advance(ms: number): void;
}

export function testClock(start = Date.UTC(2026, 0, 5, 9, 0, 0)): TestClock {
  let time = start;
  return {
    now: () => time,
    advance(ms) {
      time += ms;
    },
  };
}

export async function oidcRuntime(options: {
  issuer: string;
  publicUrl: string;
  env?: NodeJS.ProcessEnv;
  config?: Config;
  store?: SessionStore;
  now?: () => number;
}): Promise<AuthRuntime> {
  const env: NodeJS.ProcessEnv = {
    OIDC_ISSUER: options.issuer,
    OIDC_CLIENT_ID: TEST_CLIENT.client_id,
    OIDC_CLIENT_SECRET: TEST_CLIENT.client_secret,
    SESSION_SECRET: TEST_SESSION_SECRET,
    PUBLIC_URL: options.publicUrl,
    IBL_ORGS: 'acme=Acme University,beta',
    ...options.env,
  };
  const config = options.config ?? testProxyConfig();
  return resolveAuth(loadAuthConfig(env, config), {
    ...(options.store ? { store: options.store } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
}

/** The auth parts on a small app with a counting stand-in for the upstream. */
export function createTestApp(runtime: AuthRuntime) {
  const upstream = recordingFetch();
  const lines: string[] = [];
  const log = (line: string): void => void lines.push(line);
  const app = new Hono();
  app.use(createAccessGuard(runtime, log));
  app.route('/auth', createAuthRoutes(runtime, log));
  app.get('/api/:service/orgs/:org/users/:user/:endpoint/', async (c) => {
    await upstream.fetchUpstream(`https://upstream.example${c.req.path}`);
    return c.json([]);
  });
  app.get('*', (c) => c.html('<p>dashboard</p>'));
  return { app, upstream, lines };
}
