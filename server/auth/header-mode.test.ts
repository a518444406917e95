import { describe, expect, it } from 'vitest';
import { loadAuthConfig } from './auth-config.ts';
import { resolveAuth } from './auth-runtime.ts';
import { createTestApp, testProxyConfig } from './auth-test-app.ts';

const API = '/api/ai-analytics/orgs/acme/users/admin/sentiment-count/?period=7d';

async function headerApp(env: NodeJS.ProcessEnv = {}) {
  const settings = loadAuthConfig(
    { AUTH: 'header', AUTH_HEADER: 'X-Forwarded-Email', AUTH_TRUSTED_PROXIES: '10.0.0.0/8, fd00::/8, 192.168.1.7', ...env },
    testProxyConfig(),
  );
  const built = createTestApp(await resolveAuth(settings));
  const from = (remoteAddress: string, headers: Record<string, string> = {}, path = API) =>
    built.app.request(path, { headers }, { incoming: { socket: { remoteAddress } } });
  return { ...built, from };
}

describe('header mode', () => {
  it.each([['10.1.2.3'], ['::ffff:10.1.2.3'], ['fd00::17'], ['192.168.1.7']])(
    'trusts the header from the proxy at %s',
    async (address) => {
      const { from, upstream } = await headerApp();
      const answer = await from(address, { 'x-forwarded-email': 'alice@school.example' });
      expect(answer.status).toBe(200);
      expect(upstream.calls).toHaveLength(1);
      const session = await from(address, { 'x-forwarded-email': 'alice@school.example' }, '/auth/session');
      expect(await session.json()).toMatchObject({
        mode: 'header',
        user: { name: null, email: 'alice@school.example' },
        allowed: true,
        signOut: false,
      });
    },
  );

  it.each([['192.168.1.8'], ['11.0.0.1'], ['::ffff:192.168.1.9'], ['fe80::1'], ['127.0.0.1']])(
    'refuses the header from %s, outside AUTH_TRUSTED_PROXIES, as 401',
    async (address) => {
      const { from, upstream, lines } = await headerApp();
      const answer = await from(address, { 'x-forwarded-email': 'alice@school.example' });
      expect(answer.status).toBe(401);
      expect(await answer.json()).toEqual({ detail: 'Sign in to see this dashboard.' });
      const page = await from(address, { 'x-forwarded-email': 'alice@school.example', accept: 'text/html' }, '/');
      expect(page.status).toBe(401);
      expect(upstream.calls).toHaveLength(0);
      expect(lines[0]).toContain(`request not from AUTH_TRUSTED_PROXIES (${address})`);
    },
  );

  it('refuses a trusted request without the header', async () => {
    const { from, upstream } = await headerApp();
    expect((await from('10.0.0.5')).status).toBe(401);
    expect(upstream.calls).toHaveLength(0);
  });

  it('applies AUTH_ALLOWED_EMAILS and AUTH_ALLOWED_DOMAINS', async () => {
    const { from, upstream } = await headerApp({ AUTH_ALLOWED_DOMAINS: 'school.example', AUTH_ALLOWED_EMAILS: 'guest@partner.example' });
    expect((await from('10.0.0.5', { 'x-forwarded-email': 'alice@school.example' })).status).toBe(200);
    expect((await from('10.0.0.5', { 'x-forwarded-email': 'Guest@Partner.example' })).status).toBe(200);
    const refused = await from('10.0.0.5', { 'x-forwarded-email': 'eve@elsewhere.example' });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ detail: 'eve@elsewhere.example has no access to this dashboard.' });
    expect(upstream.calls).toHaveLength(2);
  });

  it('answers an org outside IBL_ORGS 403', async () => {
    const { from, upstream } = await headerApp();
    const refused = await from('10.0.0.5', { 'x-forwarded-email': 'alice@school.example' }, '/api/ai-analytics/orgs/zeta/users/admin/tenant-cost/');
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ detail: 'No access to org "zeta".' });
    expect(upstream.calls).toHaveLength(0);
  });

  it('has no sign-in routes', async () => {
    const { from } = await headerApp();
    expect((await from('10.0.0.5', {}, '/auth/login')).status).toBe(404);
  });
});
