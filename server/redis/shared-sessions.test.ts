import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { oidcRuntime, TEST_CLIENT, testProxyConfig } from '../auth/auth-test-app.ts';
import { DEFAULT_TEST_ACCOUNTS, startOidcProvider, type RunningOidcProvider } from '../auth/oidc-test-provider.ts';
import { SignInDriver } from '../auth/sign-in-driver.ts';
import { recordingFetch } from '../test-support.ts';
import { listen, roundRobin, type Listening } from './loopback-instances.ts';
import { connectRedis } from './redis-connection.ts';
import { RedisSessionStore } from './redis-session-store.ts';
import { startRedisServer, type RedisTestServer } from './redis-test-server.ts';

// Two instances behind a balancer without sticky sessions, their sessions in one real Redis:
// a sign-in that starts on one finishes on the other, the session opens both, and an answer
// fetched through one is a hit on the other.

const API = '/api/ai-analytics/orgs/acme/users/admin/sentiment-count/?period=7d';

let redis: RedisTestServer;
let provider: RunningOidcProvider;
let balancer: Listening & { picked: number[] };
const cleanups: (() => Promise<void>)[] = [];
let upstreamCalls: () => number;

beforeAll(async () => {
  redis = await startRedisServer();
  // The balancer's address is PUBLIC_URL; it is known before the instances behind it start.
  const targets: string[] = [];
  balancer = await roundRobin(targets);
  provider = await startOidcProvider({
    accounts: [...DEFAULT_TEST_ACCOUNTS],
    clients: [{ ...TEST_CLIENT, redirect_uris: [`${balancer.url}/auth/callback`], post_logout_redirect_uris: [`${balancer.url}/`] }],
  });
  const counters: (() => number)[] = [];
  for (let instance = 0; instance < 2; instance += 1) {
    const connection = connectRedis(redis.url, () => undefined, { maxReconnectDelayMs: 100 });
    await connection.ready();
    const config = testProxyConfig({ REDIS_URL: redis.url });
    const runtime = await oidcRuntime({ issuer: provider.issuer, publicUrl: balancer.url, config, store: new RedisSessionStore(connection.client) });
    const upstream = recordingFetch();
    const app = createApp({ config, auth: runtime, redis: connection, fetchUpstream: upstream.fetchUpstream, clientDir: '/nonexistent' });
    counters.push(() => upstream.calls.length);
    const served = await listen(app);
    targets.push(served.url);
    cleanups.push(served.close, () => connection.close());
  }
  upstreamCalls = () => counters.reduce((sum, count) => sum + count(), 0);
}, 30_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await balancer.close();
  await provider.stop();
  await redis.stop();
});

afterEach(async () => {
  await redis.start();
});

describe('sessions shared through Redis', () => {
  it('finishes on one instance a sign-in started on the other, and the session works on both', async () => {
    const browser = new SignInDriver({ publicUrl: balancer.url });
    const start = balancer.picked.length;
    const { landing } = await browser.signIn('alice');
    expect(landing).toBe('/');
    const appHops = balancer.picked.slice(start);
    // /auth/login and /auth/callback went to different instances.
    expect(new Set(appHops).size).toBe(2);

    const before = upstreamCalls();
    const answers = [];
    for (let request = 0; request < 4; request += 1) answers.push(await browser.request(API));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    expect(new Set(balancer.picked.slice(-4))).toEqual(new Set([0, 1]));
    // One instance asked the upstream; the other answered from the shared cache.
    expect(answers.map((answer) => answer.headers.get('x-cache'))).toEqual(['miss', 'hit', 'hit', 'hit']);
    expect(upstreamCalls() - before).toBe(1);
  });

  it('answers API requests 503, not 401, while Redis is gone', async () => {
    const browser = new SignInDriver({ publicUrl: balancer.url });
    await browser.signIn('alice');
    await redis.stop();
    const before = upstreamCalls();
    for (let request = 0; request < 2; request += 1) {
      const started = performance.now();
      const answer = await browser.request(API);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(answer.status).toBe(503);
      expect(await answer.json()).toEqual({ detail: expect.stringMatching(/session store is unavailable/) });
    }
    expect(upstreamCalls()).toBe(before);
  });
});
