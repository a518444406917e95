import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { loadAuthConfig } from '../auth/auth-config.ts';
import { resolveAuth } from '../auth/auth-runtime.ts';
import { proxyConfig, recordingFetch } from '../test-support.ts';
import type { CacheStore } from './cache-store.ts';
import { createResponseCache } from './response-cache.ts';

// The cache sits behind the access rules: a request the sign-in gate refuses never reads it.

function countingStore() {
  const reads: string[] = [];
  const store: CacheStore = {
    get: (key) => {
      reads.push(key);
      return Promise.resolve(null);
    },
    set: () => Promise.resolve(),
  };
  return { store, reads };
}

async function appWith(env: NodeJS.ProcessEnv) {
  const config = proxyConfig({ IBL_ORG: 'acme' });
  const auth = await resolveAuth(loadAuthConfig(env, config));
  const { store, reads } = countingStore();
  const upstream = recordingFetch(() => Response.json({ total_cost: 1 }));
  const app = createApp({
    config,
    auth,
    fetchUpstream: upstream.fetchUpstream,
    responseCache: createResponseCache({ settings: config.cache, store }),
  });
  return { app, reads, calls: upstream.calls };
}

const cost = (org: string) => `/api/ai-analytics/orgs/${org}/users/admin/tenant-cost/?start_date=2026-01-01&end_date=2026-01-31`;
const fromProxy = { incoming: { socket: { remoteAddress: '10.0.0.1' } } };

describe('refused requests never reach the cache', () => {
  it('an org outside IBL_ORGS: 403, no cache read, no upstream call', async () => {
    const { app, reads, calls } = await appWith({ AUTH: 'none' });
    const refused = await app.request(cost('beta'));
    expect(refused.status).toBe(403);
    expect(refused.headers.get('x-cache')).toBeNull();
    expect(reads).toEqual([]);
    expect(calls).toHaveLength(0);
    // The same store is read for an allowed org: the count above would have seen a read.
    expect((await app.request(cost('acme'))).status).toBe(200);
    expect(reads).toHaveLength(1);
  });

  it('no signed-in viewer (401) and a viewer no rule lets in (403): no cache read', async () => {
    const { app, reads, calls } = await appWith({
      AUTH: 'header',
      AUTH_HEADER: 'X-Forwarded-Email',
      AUTH_TRUSTED_PROXIES: '10.0.0.1',
      AUTH_ALLOWED_DOMAINS: 'school.example',
    });
    expect((await app.request(cost('acme'))).status).toBe(401);
    expect((await app.request(cost('acme'), { headers: { 'X-Forwarded-Email': 'alice@school.example' } })).status).toBe(401);
    const outsider = await app.request(cost('acme'), { headers: { 'X-Forwarded-Email': 'bob@elsewhere.example' } }, fromProxy);
    expect(outsider.status).toBe(403);
    expect(reads).toEqual([]);
    expect(calls).toHaveLength(0);

    const allowed = await app.request(cost('acme'), { headers: { 'X-Forwarded-Email': 'alice@school.example' } }, fromProxy);
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('x-cache')).toBe('miss');
    expect(reads).toHaveLength(1);
  });
});
