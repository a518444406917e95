import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE_AUTH_INFO, createTestApp, oidcRuntime, TEST_CLIENT, testClock } from './auth-test-app.ts';
import { DEFAULT_TEST_ACCOUNTS, startOidcProvider, type RunningOidcProvider } from './oidc-test-provider.ts';
import { MemorySessionStore, type Session, type SessionStore } from './session-store.ts';
import { SignInDriver } from './sign-in-driver.ts';

const HTTP_URL = 'http://127.0.0.1:47811';
const HTTPS_URL = 'https://analytics.school.example';
const API = '/api/ai-analytics/orgs/acme/users/admin/sentiment-count/?period=7d';

let provider: RunningOidcProvider;

beforeAll(async () => {
  provider = await startOidcProvider({
    accounts: [...DEFAULT_TEST_ACCOUNTS],
    clients: [
      {
        ...TEST_CLIENT,
        redirect_uris: [`${HTTP_URL}/auth/callback`, `${HTTPS_URL}/auth/callback`],
        post_logout_redirect_uris: [`${HTTP_URL}/`, `${HTTPS_URL}/`],
      },
    ],
  });
});

afterAll(async () => {
  await provider.stop();
});

async function setUp(options: { publicUrl?: string; env?: NodeJS.ProcessEnv; store?: SessionStore; now?: () => number } = {}) {
  const publicUrl = options.publicUrl ?? HTTP_URL;
  const runtime = await oidcRuntime({ issuer: provider.issuer, publicUrl, ...options });
  const built = createTestApp(runtime);
  const browser = new SignInDriver({ app: built.app, publicUrl });
  return { ...built, runtime, browser, publicUrl };
}

describe('sign-in through the OpenID provider', () => {
  it('runs the code flow to a session, and the session opens the API', async () => {
    const { browser, upstream, lines } = await setUp();
    const { landing, hops } = await browser.signIn('alice');
    expect(landing).toBe('/');
    const authorize = new URL(hops.find((hop) => hop.url.startsWith(provider.issuer))?.url ?? '');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${HTTP_URL}/auth/callback`);

    const session = await browser.request('/auth/session');
    expect(await session.json()).toEqual(ALICE_AUTH_INFO);
    const api = await browser.request(API);
    expect(api.status).toBe(200);
    expect(upstream.calls).toHaveLength(1);
    expect(lines).toContain('auth: sign-in alice@school.example allowed: no allow-list set');
  });

  it('keeps no token in any cookie and a random id of 256 bits in the session cookie', async () => {
    const { browser, runtime } = await setUp();
    await browser.signIn('alice');
    const raw = browser.appCookie('ibl_session') ?? '';
    const id = decodeURIComponent(raw).split('.')[0] ?? '';
    expect(Buffer.from(id, 'base64url')).toHaveLength(32);
    const session = await runtime.store.get(id);
    expect(session?.email).toBe('alice@school.example');
    expect(session?.idToken).toMatch(/^ey/);
    for (const header of browser.appSetCookies) expect(header).not.toContain('eyJ');
  });

  it('gives a new session id at every sign-in and ends the previous one', async () => {
    const { browser, runtime } = await setUp();
    await browser.signIn('alice');
    const first = decodeURIComponent(browser.appCookie('ibl_session') ?? '').split('.')[0] ?? '';
    await browser.signIn('alice');
    const second = decodeURIComponent(browser.appCookie('ibl_session') ?? '').split('.')[0] ?? '';
    expect(second).not.toBe(first);
    expect(await runtime.store.get(first)).toBeNull();
    expect(await runtime.store.get(second)).not.toBeNull();
  });
});

describe('return path after sign-in', () => {
  it('brings a deep link back: +, %20, %22, %C3%A9', async () => {
    const { browser } = await setUp();
    const deepLink = `/?period=custom&from=2026-01-01&to=2026-01-31&mentor=a+b%20c&q=%22quoted%22&e=%C3%A9`;
    const first = await browser.request(deepLink, { headers: { accept: 'text/html' } });
    expect(first.status).toBe(302);
    const login = first.headers.get('location') ?? '';
    expect(login.startsWith('/auth/login?next=')).toBe(true);
    const { landing } = await browser.signIn('alice', login);
    expect(landing).toBe(deepLink);
  });

  it.each([
    ['//evil.example'],
    ['https://evil.example'],
    ['/\\evil.example'],
    ['%2F%2Fevil.example'],
    ['/%5Cevil.example'],
    ['/%2F/evil.example'],
    ['/\t/evil.example'],
  ])('sends %s to /', async (attempt) => {
    const { browser } = await setUp();
    const { landing } = await browser.signIn('alice', `/auth/login?next=${encodeURIComponent(attempt)}`);
    expect(landing).toBe('/');
  });
});

describe('refusals never reach the upstream', () => {
  it('answers an API call without a session 401, and sends a page to sign-in with the exact target', async () => {
    const { browser, upstream } = await setUp();
    const api = await browser.request(API);
    expect(api.status).toBe(401);
    expect(api.headers.get('x-auth-refusal')).toBe('sign-in');
    expect(await api.json()).toEqual({ detail: 'Sign in to see this dashboard.' });
    const page = await browser.request('/?period=30d&mentor=x%2By', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe('/auth/login?next=%2F%3Fperiod%3D30d%26mentor%3Dx%252By');
    expect(upstream.calls).toHaveLength(0);
  });

  it('refuses a forged or unknown session cookie', async () => {
    const { browser, upstream } = await setUp();
    await browser.signIn('alice');
    const genuine = decodeURIComponent(browser.appCookie('ibl_session') ?? '');
    const [id = '', signature = ''] = genuine.split('.');
    browser.setAppCookie('ibl_session', encodeURIComponent(`${id.slice(0, -2)}AA.${signature}`));
    expect((await browser.request(API)).status).toBe(401);
    expect(upstream.calls).toHaveLength(0);
  });

  it('gives a person no allow rule matches a session, and answers their API calls 403', async () => {
    const { browser, upstream, lines } = await setUp({ env: { AUTH_ALLOWED_DOMAINS: 'school.example' } });
    await browser.signIn('bob');
    const session = (await (await browser.request('/auth/session')).json()) as Record<string, unknown>;
    expect(session).toMatchObject({ user: { email: 'bob@elsewhere.example' }, allowed: false, orgs: [], signOut: true });
    const api = await browser.request(API);
    expect(api.status).toBe(403);
    expect(api.headers.get('x-auth-refusal')).toBe('not-allowed');
    expect(await api.json()).toEqual({ detail: 'bob@elsewhere.example has no access to this dashboard.' });
    expect((await browser.request('/', { headers: { accept: 'text/html' } })).status).toBe(200);
    expect(upstream.calls).toHaveLength(0);
    expect(lines).toContain('auth: sign-in bob@elsewhere.example not allowed: matches no allow rule');
    expect(lines.some((line) => line.startsWith('auth: refused bob@elsewhere.example: no access'))).toBe(true);
  });

  it('answers an org outside IBL_ORGS 403 naming the org', async () => {
    const { browser, upstream } = await setUp();
    await browser.signIn('alice');
    const api = await browser.request('/api/ai-analytics/orgs/other/users/admin/sentiment-count/?period=7d');
    expect(api.status).toBe(403);
    expect(api.headers.get('x-auth-refusal')).toBe('org');
    expect(await api.json()).toEqual({ detail: 'No access to org "other".' });
    expect(upstream.calls).toHaveLength(0);
  });

  it('answers 503, not 401, while the session store is down', async () => {
    const down: SessionStore = {
      get: () => Promise.reject(new Error('ECONNREFUSED')),
      set: () => Promise.reject(new Error('ECONNREFUSED')),
      delete: () => Promise.reject(new Error('ECONNREFUSED')),
    };
    const { browser, upstream } = await setUp({ store: down });
    browser.setAppCookie('ibl_session', 'whatever.signature');
    const api = await browser.request(API);
    // Unsigned: no store call is needed to refuse it.
    expect(api.status).toBe(401);

    const working = new MemorySessionStore();
    let broken = false;
    const flaky: SessionStore = {
      get: (id) => (broken ? Promise.reject(new Error('down')) : working.get(id)),
      set: (session, ttl) => (broken ? Promise.reject(new Error('down')) : working.set(session, ttl)),
      delete: (id) => (broken ? Promise.reject(new Error('down')) : working.delete(id)),
    };
    const second = await setUp({ store: flaky });
    await second.browser.signIn('alice');
    broken = true;
    const refused = await second.browser.request(API);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('x-auth-refusal')).toBe('store');
    expect(await refused.json()).toEqual({ detail: 'Cannot check your session right now: the session store is unavailable.' });
    const page = await second.browser.request('/', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(503);
    expect(page.headers.get('content-type')).toContain('text/plain');
    expect(upstream.calls).toHaveLength(0);
    expect(second.upstream.calls).toHaveLength(0);
  });
});

describe('callback failures', () => {
  it('shows a page with a way to try again when the state does not match', async () => {
    const { browser } = await setUp();
    const start = await browser.follow('/auth/login?next=%2F%3Fperiod%3D7d', (hop) => Boolean(hop.location?.startsWith(provider.issuer)));
    expect(start.response.status).toBe(302);
    const callback = await browser.request('/auth/callback?code=abc&state=not-the-state');
    expect(callback.status).toBe(400);
    const html = await callback.text();
    expect(html).toContain('could not be verified');
    expect(html).toContain('href="/auth/login?next=%2F%3Fperiod%3D7d"');
  });

  it('says what the provider refused, as text', async () => {
    const { browser } = await setUp();
    const start = await browser.follow('/auth/login', (hop) => Boolean(hop.location?.startsWith(provider.issuer)));
    const state = new URL(start.hops.at(-1)?.location ?? '').searchParams.get('state') ?? '';
    const callback = await browser.request(
      `/auth/callback?error=access_denied&error_description=${encodeURIComponent('<b>No</b> way')}&state=${state}&iss=${encodeURIComponent(provider.issuer)}`,
    );
    expect(callback.status).toBe(400);
    const html = await callback.text();
    expect(html).toContain('access_denied: &lt;b&gt;No&lt;/b&gt; way');
  });

  it('refuses a callback without a sign-in in progress', async () => {
    const { browser } = await setUp();
    const callback = await browser.request('/auth/callback?code=abc&state=x');
    expect(callback.status).toBe(400);
    expect(await callback.text()).toContain('Try again');
  });
});

describe('sign-out', () => {
  it('deletes the session, clears the cookie and goes to the provider end_session', async () => {
    const { browser, runtime, lines } = await setUp();
    await browser.signIn('alice');
    const oldCookie = browser.appCookieHeader();
    const logout = await browser.request('/auth/logout', { method: 'POST', headers: { origin: HTTP_URL } });
    expect(logout.status).toBe(303);
    const location = new URL(logout.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(`${provider.issuer}/session/end`);
    expect(location.searchParams.get('post_logout_redirect_uri')).toBe(`${HTTP_URL}/`);
    expect(location.searchParams.get('id_token_hint')).toMatch(/^ey/);
    expect(logout.headers.getSetCookie().some((cookie) => /^ibl_session=;.*Max-Age=0/.test(cookie))).toBe(true);
    const again = await browser.request(API, { headers: { cookie: oldCookie } });
    expect(again.status).toBe(401);
    expect((runtime.store as MemorySessionStore).size).toBe(0);
    expect(lines).toContain('auth: sign-out alice@school.example');
    const log = lines.join('\n');
    const sessionId = decodeURIComponent(oldCookie.replace(/^ibl_session=/, '')).split('.')[0] ?? '';
    expect(sessionId).toHaveLength(43);
    for (const secret of ['eyJ', TEST_CLIENT.client_secret, sessionId, 'test-session-secret']) expect(log).not.toContain(secret);
  });

  it.each([
    [{ origin: 'https://evil.example' }],
    [{ 'sec-fetch-site': 'cross-site' }],
    [{ 'sec-fetch-site': 'same-site', origin: 'http://other.127.0.0.1.nip.io' }],
  ])('refuses a cross-site sign-out %j', async (headers) => {
    const { browser } = await setUp();
    await browser.signIn('alice');
    const logout = await browser.request('/auth/logout', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    });
    expect(logout.status).toBe(403);
    expect((await browser.request(API)).status).toBe(200);
  });
});

describe('cookie flags', () => {
  function flagsOf(header: string): string[] {
    return header.split(';').map((part) => part.trim().toLowerCase());
  }

  it('sets HttpOnly, SameSite=Lax and Path=/ on http', async () => {
    const { browser } = await setUp();
    await browser.signIn('alice');
    const session = browser.appSetCookies.find((header) => header.startsWith('ibl_session=') && !header.includes('Max-Age=0'));
    const signIn = browser.appSetCookies.find((header) => header.startsWith('ibl_signin=') && !header.includes('Max-Age=0'));
    for (const header of [session, signIn]) {
      expect(header).toBeDefined();
      const flags = flagsOf(header ?? '');
      expect(flags).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'path=/']));
      expect(flags).not.toContain('secure');
    }
  });

  it('adds Secure and the __Host- prefix when PUBLIC_URL is https', async () => {
    const { browser } = await setUp({ publicUrl: HTTPS_URL });
    const { landing } = await browser.signIn('alice');
    expect(landing).toBe('/');
    expect(browser.appSetCookies.length).toBeGreaterThan(0);
    for (const header of browser.appSetCookies) {
      expect(header.startsWith('__Host-ibl_')).toBe(true);
      expect(flagsOf(header)).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'path=/', 'secure']));
      expect(flagsOf(header).some((flag) => flag.startsWith('domain='))).toBe(false);
    }
    expect((await browser.request(API)).status).toBe(200);
  });
});

describe('session expiry', () => {
  it('ends a session idle for SESSION_IDLE_MINUTES; use keeps it alive', async () => {
    const clock = testClock();
    const store = new MemorySessionStore(clock.now);
    const { browser } = await setUp({ env: { SESSION_IDLE_MINUTES: '30' }, store, now: clock.now });
    await browser.signIn('alice');
    clock.advance(29 * 60_000);
    expect((await browser.request(API)).status).toBe(200);
    clock.advance(29 * 60_000);
    expect((await browser.request(API)).status).toBe(200);
    clock.advance(30 * 60_000);
    expect((await browser.request(API)).status).toBe(401);
  });

  it('ends a session SESSION_MAX_HOURS after sign-in however busy', async () => {
    const clock = testClock();
    const store = new MemorySessionStore(clock.now);
    const { browser } = await setUp({ env: { SESSION_MAX_HOURS: '2' }, store, now: clock.now });
    await browser.signIn('alice');
    for (let minutes = 20; minutes < 120; minutes += 20) {
      clock.advance(20 * 60_000);
      expect((await browser.request(API)).status).toBe(200);
    }
    clock.advance(20 * 60_000);
    expect((await browser.request(API)).status).toBe(401);
  });

  it('refreshes lastSeenAt in the store on use', async () => {
    const clock = testClock();
    const writes: Session[] = [];
    const memory = new MemorySessionStore(clock.now);
    const store: SessionStore = {
      get: (id) => memory.get(id),
      set: (session, ttl) => {
        writes.push(session);
        return memory.set(session, ttl);
      },
      delete: (id) => memory.delete(id),
    };
    const { browser } = await setUp({ store, now: clock.now });
    await browser.signIn('alice');
    clock.advance(10 * 60_000);
    await browser.request(API);
    expect(writes.at(-1)?.lastSeenAt).toBe(clock.now());
    expect(writes.at(-1)?.createdAt).toBe(clock.now() - 10 * 60_000);
  });
});

describe('allow rules at sign-in', () => {
  it.each([
    [{ AUTH_ALLOWED_EMAILS: 'ALICE@school.example' }, true],
    [{ AUTH_ALLOWED_DOMAINS: 'school.example' }, true],
    [{ AUTH_ALLOWED_GROUPS: 'analytics-admins' }, true],
    [{ AUTH_ALLOWED_GROUPS: 'other-group', AUTH_ALLOWED_EMAILS: 'carol@school.example' }, false],
  ])('%j lets alice in: %s', async (env, allowed) => {
    const { browser } = await setUp({ env });
    await browser.signIn('alice');
    expect((await browser.request(API)).status).toBe(allowed ? 200 : 403);
  });

  it('reads groups from the claim OIDC_GROUPS_CLAIM names', async () => {
    const { browser } = await setUp({ env: { AUTH_ALLOWED_GROUPS: 'analytics-admins', OIDC_GROUPS_CLAIM: 'roles' } });
    await browser.signIn('alice');
    expect((await browser.request(API)).status).toBe(403);
  });
});
