import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { CONFIG_META_PLACEHOLDER } from '../index-html.ts';
import { recordingFetch } from '../test-support.ts';
import { loadAuthConfig } from './auth-config.ts';
import { resolveAuth, type AuthRuntime } from './auth-runtime.ts';
import { ALICE_AUTH_INFO, oidcRuntime, TEST_CLIENT, testProxyConfig } from './auth-test-app.ts';
import { DEFAULT_TEST_ACCOUNTS, startOidcProvider, type RunningOidcProvider } from './oidc-test-provider.ts';
import { SignInDriver } from './sign-in-driver.ts';

/** Sign-in as createApp wires it: before the real proxy, the demo API and the built page. */

const PUBLIC_URL = 'http://127.0.0.1:47812';
const INDEX = `<!doctype html><html><head>${CONFIG_META_PLACEHOLDER}<title>Analytics</title></head><body></body></html>`;
const API = '/api/ai-analytics/orgs/acme/users/admin/sentiment-count/?period=7d';

let provider: RunningOidcProvider;
let clientDir = '';

beforeAll(async () => {
  clientDir = mkdtempSync(join(tmpdir(), 'ibl-auth-client-'));
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(join(clientDir, 'index.html'), INDEX);
  writeFileSync(join(clientDir, 'assets', 'index-AbC123.js'), 'console.log(1);\n');
  writeFileSync(join(clientDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  provider = await startOidcProvider({
    accounts: [...DEFAULT_TEST_ACCOUNTS],
    clients: [{ ...TEST_CLIENT, redirect_uris: [`${PUBLIC_URL}/auth/callback`], post_logout_redirect_uris: [`${PUBLIC_URL}/`] }],
  });
});

afterAll(async () => {
  await provider.stop();
  rmSync(clientDir, { recursive: true, force: true });
});

async function proxyApp(env: NodeJS.ProcessEnv = {}) {
  const upstream = recordingFetch();
  const lines: string[] = [];
  const auth = await oidcRuntime({ issuer: provider.issuer, publicUrl: PUBLIC_URL, env });
  const app = createApp({ config: testProxyConfig(), clientDir, fetchUpstream: upstream.fetchUpstream, auth, log: (line) => lines.push(line) });
  return { app, upstream, lines, browser: new SignInDriver({ app, publicUrl: PUBLIC_URL }) };
}

function metaOf(html: string): Record<string, unknown> {
  const content = /<meta name="ibl-config" content="([^"]*)"/.exec(html)?.[1] ?? '';
  return JSON.parse(content.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&')) as Record<string, unknown>;
}

describe('oidc mode in the app', () => {
  it('sends pages to sign-in, keeps health, assets and icons public, and contacts no upstream', async () => {
    const { app, upstream } = await proxyApp();
    const page = await app.request('/?period=30d', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe('/auth/login?next=%2F%3Fperiod%3D30d');
    expect((await app.request('/index.html', { headers: { accept: 'text/html' } })).status).toBe(302);
    expect((await app.request('/healthz')).status).toBe(200);
    expect((await app.request('/assets/index-AbC123.js')).status).toBe(200);
    expect((await app.request('/favicon.svg')).status).toBe(200);
    const api = await app.request(API);
    expect(api.status).toBe(401);
    expect(upstream.calls).toHaveLength(0);
  });

  it('lets the provider be a form-action target, for Sign out', async () => {
    const { app } = await proxyApp();
    const csp = (await app.request('/healthz')).headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(new RegExp(`form-action 'self' ${provider.issuer.replaceAll('.', '\\.')}(;|$)`));
  });

  it('forwards a signed-in person to the upstream as IBL_USER_ID, whatever user the URL names', async () => {
    const { browser, upstream, lines } = await proxyApp();
    await browser.signIn('alice');
    const answer = await browser.request('/api/ai-analytics/orgs/acme/users/someone-else/sentiment-count/?period=7d');
    expect(answer.status).toBe(200);
    expect(upstream.calls.map((call) => new URL(call.url).pathname)).toEqual(['/dm/api/ai-analytics/orgs/acme/users/admin/sentiment-count/']);
    expect(lines.some((line) => /^GET \/api\/ai-analytics\/orgs\/acme\/users\/someone-else\/sentiment-count\/ 200 /.test(line))).toBe(true);
  });

  it('puts who is signed in, the orgs and userFixed in the page config, with hints under the same rules', async () => {
    const { browser } = await proxyApp();
    await browser.signIn('alice');
    const page = await browser.request('/?period=30d', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(metaOf(html)).toEqual({
      mode: 'proxy',
      org: 'acme',
      userId: 'admin',
      auth: ALICE_AUTH_INFO,
      userFixed: true,
    });
    expect(html).toContain('rel="preload"');
    expect(html).not.toMatch(/eyJ|dashboard-test-secret/);
    // A user= the SPA corrects away gets no hints, as any URL it corrects.
    const corrected = await browser.request('/?period=30d&user=ops', { headers: { accept: 'text/html' } });
    expect(await corrected.text()).not.toContain('rel="preload"');
  });

  it('gives a refused person the page with allowed:false and no hints, and refuses their API calls', async () => {
    const { browser, upstream } = await proxyApp({ AUTH_ALLOWED_DOMAINS: 'school.example' });
    await browser.signIn('bob');
    const html = await (await browser.request('/', { headers: { accept: 'text/html' } })).text();
    expect(metaOf(html).auth).toEqual({ mode: 'oidc', user: { name: 'Bob Outsider', email: 'bob@elsewhere.example' }, allowed: false, orgs: [], signOut: true });
    expect(html).not.toContain('rel="preload"');
    expect((await browser.request(API)).status).toBe(403);
    expect(upstream.calls).toHaveLength(0);
  });

  it('refuses an org outside IBL_ORGS before the upstream', async () => {
    const { browser, upstream } = await proxyApp();
    await browser.signIn('alice');
    expect((await browser.request('/api/ai-analytics/orgs/beta/users/admin/tenant-cost/')).status).toBe(200);
    const refused = await browser.request('/api/ai-analytics/orgs/gamma/users/admin/tenant-cost/');
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ detail: 'No access to org "gamma".' });
    expect(upstream.calls).toHaveLength(1);
  });

  it('signs out: the old cookie is refused afterwards', async () => {
    const { browser, upstream } = await proxyApp();
    await browser.signIn('alice');
    const cookie = browser.appCookieHeader();
    const logout = await browser.request('/auth/logout', { method: 'POST', headers: { origin: PUBLIC_URL } });
    expect(logout.status).toBe(303);
    expect(logout.headers.get('location')).toMatch(new RegExp(`^${provider.issuer}/session/end\\?`));
    expect((await browser.request(API, { headers: { cookie } })).status).toBe(401);
    expect(upstream.calls).toHaveLength(0);
  });
});

describe('sign-in off', () => {
  async function openApp(env: NodeJS.ProcessEnv, configEnv: NodeJS.ProcessEnv = {}) {
    const upstream = recordingFetch();
    const config = testProxyConfig(configEnv);
    const auth: AuthRuntime = await resolveAuth(loadAuthConfig(env, config));
    return { app: createApp({ config, clientDir, fetchUpstream: upstream.fetchUpstream, auth }), upstream };
  }

  it('still restricts orgs to IBL_ORGS (default IBL_ORG alone) and lets the URL choose the user', async () => {
    const { app, upstream } = await openApp({});
    expect((await app.request('/api/ai-analytics/orgs/acme/users/ops/sentiment-count/?period=7d')).status).toBe(200);
    expect(new URL(upstream.calls[0]?.url ?? '').pathname).toBe('/dm/api/ai-analytics/orgs/acme/users/ops/sentiment-count/');
    const refused = await app.request('/api/ai-analytics/orgs/other/users/admin/sentiment-count/?period=7d');
    expect(refused.status).toBe(403);
    expect(upstream.calls).toHaveLength(1);
    const page = await app.request('/', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(metaOf(await page.text())).toMatchObject({
      auth: { mode: 'none', user: null, allowed: true, orgs: [{ id: 'acme', name: 'acme' }], signOut: false },
      userFixed: false,
    });
    expect((await app.request('/auth/login')).status).toBe(404);
    expect(await (await app.request('/auth/session')).json()).toMatchObject({ mode: 'none', allowed: true });
  });

  it("refuses an org outside the demo's before the demo API is asked", async () => {
    let asked = 0;
    const config = loadConfig({});
    const auth = await resolveAuth(loadAuthConfig({}, config));
    const app = createApp({ config, clientDir, auth, demoApi: () => ((asked += 1), { status: 200, body: [] }) });
    expect((await app.request('/api/ai-analytics/orgs/demo/users/admin/sentiment-count/?period=7d')).status).toBe(200);
    expect((await app.request('/api/ai-analytics/orgs/elsewhere/users/admin/sentiment-count/?period=7d')).status).toBe(403);
    expect(asked).toBe(1);
  });
});
