import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { ConfigError } from '../config.ts';
import { isLoopbackHost, loadAuthConfig } from './auth-config.ts';
import { resolveAuth } from './auth-runtime.ts';
import { TEST_SESSION_SECRET, testProxyConfig } from './auth-test-app.ts';

const OIDC: NodeJS.ProcessEnv = {
  OIDC_ISSUER: 'https://login.school.example',
  OIDC_CLIENT_ID: 'dashboard',
  OIDC_CLIENT_SECRET: 'client-secret',
  SESSION_SECRET: TEST_SESSION_SECRET,
};
const PUBLIC = { HOST: '0.0.0.0', PUBLIC_URL: 'https://analytics.school.example' };

function errorOf(env: NodeJS.ProcessEnv, configEnv: NodeJS.ProcessEnv = {}): string {
  try {
    loadAuthConfig(env, testProxyConfig(configEnv));
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('expected a ConfigError');
}

describe('modes', () => {
  it('is open on loopback with nothing set, with no warning', () => {
    const settings = loadAuthConfig({}, testProxyConfig());
    expect(settings.mode).toBe('none');
    expect(settings.warning).toBeNull();
  });

  it('turns oidc on when OIDC_ISSUER is set', () => {
    const settings = loadAuthConfig(OIDC, testProxyConfig());
    expect(settings.mode).toBe('oidc');
    if (settings.mode !== 'oidc') return;
    expect(settings.publicUrl).toBe('http://127.0.0.1:4173');
    expect(settings.scopes).toBe('openid email profile');
    expect(settings.idleMs).toBe(60 * 60_000);
    expect(settings.maxMs).toBe(12 * 3_600_000);
    expect(settings.groupsClaim).toBe('groups');
  });

  it('stops a non-loopback HOST with sign-in unset, saying how to turn it on or off deliberately', () => {
    const message = errorOf({}, { HOST: '0.0.0.0' });
    expect(message).toMatch(/^HOST 0\.0\.0\.0 is not a loopback address/);
    expect(message).toContain('set OIDC_ISSUER');
    expect(message).toContain('AUTH=none');
  });

  it('starts AUTH=none on a non-loopback HOST with a one-line warning', () => {
    const settings = loadAuthConfig({ AUTH: 'none' }, testProxyConfig({ HOST: '0.0.0.0' }));
    expect(settings.mode).toBe('none');
    expect(settings.warning).toBe(
      'Warning: AUTH=none on HOST 0.0.0.0: sign-in is off, and anyone who reaches this address sees the dashboard.',
    );
  });

  it.each([['localhost'], ['127.0.0.1'], ['127.8.9.10'], ['::1'], ['[::1]']])('counts %s as loopback', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });

  it.each([['0.0.0.0'], ['::'], ['10.0.0.1'], ['analytics.school.example'], ['128.0.0.1']])('does not count %s as loopback', (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});

describe('IBL_ORGS', () => {
  it('defaults to IBL_ORG alone in proxy mode', () => {
    expect(loadAuthConfig({}, testProxyConfig()).orgs).toEqual([{ id: 'acme', name: 'acme' }]);
  });

  it("defaults to the demo's orgs with their display names in demo mode", () => {
    const orgs = loadAuthConfig({}, loadConfig({})).orgs;
    expect(orgs.length).toBeGreaterThan(1);
    expect(orgs[0]).toEqual({ id: 'demo', name: 'Demo University' });
  });

  it('reads id and id=Display Name entries', () => {
    const settings = loadAuthConfig({ IBL_ORGS: 'acme=Acme University, beta ,gamma=Gamma = College' }, testProxyConfig());
    expect(settings.orgs).toEqual([
      { id: 'acme', name: 'Acme University' },
      { id: 'beta', name: 'beta' },
      { id: 'gamma', name: 'Gamma = College' },
    ]);
  });
});

describe('configuration errors, each one line naming the variable', () => {
  it.each<[string, NodeJS.ProcessEnv, NodeJS.ProcessEnv, RegExp]>([
    ['bad AUTH', { AUTH: 'ldap' }, {}, /^AUTH must be oidc, header or none \(got "ldap"\)\.$/],
    ['oidc without issuer', { AUTH: 'oidc' }, {}, /^AUTH=oidc needs OIDC_ISSUER/],
    ['issuer not a URL', { ...OIDC, OIDC_ISSUER: 'login school' }, {}, /^OIDC_ISSUER is not a valid URL/],
    ['http issuer off loopback', { ...OIDC, OIDC_ISSUER: 'http://login.school.example' }, {}, /^OIDC_ISSUER must start with https:\/\//],
    ['issuer with a query', { ...OIDC, OIDC_ISSUER: 'https://login.school.example/?a=1' }, {}, /^OIDC_ISSUER must be the bare issuer URL/],
    ['no client id', { ...OIDC, OIDC_CLIENT_ID: '' }, {}, /^OIDC_CLIENT_ID is empty/],
    ['no client secret', { ...OIDC, OIDC_CLIENT_SECRET: ' ' }, {}, /^OIDC_CLIENT_SECRET is empty/],
    ['no session secret', { ...OIDC, SESSION_SECRET: '' }, {}, /^SESSION_SECRET is required with AUTH=oidc/],
    ['short session secret', { ...OIDC, SESSION_SECRET: 'short-secret' }, {}, /^SESSION_SECRET is 12 characters long; it must have at least 32/],
    ['scopes without openid', { ...OIDC, OIDC_SCOPES: 'email profile' }, {}, /^OIDC_SCOPES must include openid/],
    ['no PUBLIC_URL off loopback', OIDC, { HOST: '0.0.0.0' }, /^PUBLIC_URL is required with AUTH=oidc when HOST \(0\.0\.0\.0\)/],
    ['PUBLIC_URL with a path', { ...OIDC, PUBLIC_URL: 'https://school.example/analytics' }, PUBLIC, /^PUBLIC_URL must be an origin only/],
    ['PUBLIC_URL not a URL', { ...OIDC, PUBLIC_URL: 'analytics' }, PUBLIC, /^PUBLIC_URL is not a valid URL/],
    ['idle minutes', { ...OIDC, SESSION_IDLE_MINUTES: '0' }, {}, /^SESSION_IDLE_MINUTES must be a whole number of minutes/],
    ['max hours', { ...OIDC, SESSION_MAX_HOURS: '1.5' }, {}, /^SESSION_MAX_HOURS must be a whole number of hours/],
    ['header without AUTH_HEADER', { AUTH: 'header', AUTH_TRUSTED_PROXIES: '10.0.0.1' }, {}, /^AUTH=header needs AUTH_HEADER/],
    ['header without trusted proxies', { AUTH: 'header', AUTH_HEADER: 'X-Email' }, {}, /^AUTH=header needs AUTH_TRUSTED_PROXIES/],
    ['bad header name', { AUTH: 'header', AUTH_HEADER: 'X Email', AUTH_TRUSTED_PROXIES: '10.0.0.1' }, {}, /^AUTH_HEADER "X Email" is not a valid header name/],
    ['bad CIDR', { AUTH: 'header', AUTH_HEADER: 'X-Email', AUTH_TRUSTED_PROXIES: '10.0.0.0/33' }, {}, /^AUTH_TRUSTED_PROXIES: "10\.0\.0\.0\/33" is not an IP address or CIDR range/],
    ['bad address', { AUTH: 'header', AUTH_HEADER: 'X-Email', AUTH_TRUSTED_PROXIES: '10.0.0.1, proxy.local' }, {}, /^AUTH_TRUSTED_PROXIES: "proxy\.local"/],
    ['groups in header mode', { AUTH: 'header', AUTH_HEADER: 'X-Email', AUTH_TRUSTED_PROXIES: '::1', AUTH_ALLOWED_GROUPS: 'staff' }, {}, /^AUTH_ALLOWED_GROUPS needs AUTH=oidc/],
    ['allow-list with AUTH=none', { AUTH_ALLOWED_DOMAINS: 'school.example' }, {}, /^AUTH_ALLOWED_DOMAINS has no effect with AUTH=none/],
    ['bad allowed email', { ...OIDC, AUTH_ALLOWED_EMAILS: 'alice' }, {}, /^AUTH_ALLOWED_EMAILS: "alice" is not an email address/],
    ['bad allowed domain', { ...OIDC, AUTH_ALLOWED_DOMAINS: 'school example' }, {}, /^AUTH_ALLOWED_DOMAINS: "school example" is not a domain/],
    ['bad org id', { IBL_ORGS: 'acme,not an id' }, {}, /^IBL_ORGS: "not an id" is not an org id/],
    ['empty org name', { IBL_ORGS: 'acme=' }, {}, /^IBL_ORGS: "acme=" has an empty display name/],
    ['duplicate org', { IBL_ORGS: 'acme,acme=Acme' }, {}, /^IBL_ORGS lists "acme" twice/],
    ['IBL_ORG missing from IBL_ORGS', { IBL_ORGS: 'beta' }, {}, /^IBL_ORGS must include IBL_ORG \("acme"\)/],
  ])('%s', (_name, env, configEnv, expected) => {
    expect(errorOf(env, configEnv)).toMatch(expected);
  });

  it('never puts a secret in a message', () => {
    const message = errorOf({ ...OIDC, OIDC_CLIENT_SECRET: 'super-secret-value', SESSION_SECRET: 'short' });
    expect(message).not.toContain('short');
    expect(message).not.toContain('super-secret-value');
  });
});

describe('discovery', () => {
  let server: Server | null = null;
  afterEach(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = null;
  });

  async function issuerAnswering(answer: (path: string) => { status: number; body: string }): Promise<{ issuer: string; hits: string[] }> {
    const hits: string[] = [];
    server = createServer((request, response) => {
      hits.push(request.url ?? '');
      const { status, body } = answer(request.url ?? '');
      response.writeHead(status, { 'content-type': 'application/json' }).end(body);
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', () => resolve()));
    return { issuer: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits };
  }

  it('reports a short secret before asking the issuer anything', async () => {
    const { issuer, hits } = await issuerAnswering(() => ({ status: 500, body: '' }));
    expect(() => loadAuthConfig({ ...OIDC, OIDC_ISSUER: issuer, SESSION_SECRET: 'too-short' }, testProxyConfig())).toThrow(
      /^SESSION_SECRET is 9 characters long/,
    );
    expect(hits).toEqual([]);
  });

  async function discoveryError(issuer: string): Promise<string> {
    const settings = loadAuthConfig({ ...OIDC, OIDC_ISSUER: issuer }, testProxyConfig());
    try {
      await resolveAuth(settings);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).not.toContain('\n');
      expect(message).not.toContain('client-secret');
      return message;
    }
    throw new Error('expected a ConfigError');
  }

  it('names an unreachable issuer in one line', async () => {
    const { issuer } = await issuerAnswering(() => ({ status: 200, body: '{}' }));
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    server = null;
    expect(await discoveryError(issuer)).toBe(
      `OIDC_ISSUER ${issuer}/: cannot read its discovery document (.well-known/openid-configuration): connection refused.`,
    );
  });

  it('names a port fetch refuses to use', async () => {
    expect(await discoveryError('http://127.0.0.1:4190')).toBe(
      'OIDC_ISSUER http://127.0.0.1:4190/: cannot read its discovery document (.well-known/openid-configuration): fetch refuses that port (a port browsers block); run the provider on another one.',
    );
  });

  it('names an issuer whose discovery document is not one', async () => {
    const { issuer, hits } = await issuerAnswering(() => ({ status: 200, body: '<html>login</html>' }));
    expect(await discoveryError(issuer)).toBe(
      `OIDC_ISSUER ${issuer}/: cannot read its discovery document (.well-known/openid-configuration): the answer is not JSON.`,
    );
    expect(hits).toEqual(['/.well-known/openid-configuration']);
  });

  it('names an issuer whose document names another issuer', async () => {
    const { issuer } = await issuerAnswering(() => ({
      status: 200,
      body: JSON.stringify({ issuer: 'https://elsewhere.example', authorization_endpoint: 'https://elsewhere.example/auth' }),
    }));
    expect(await discoveryError(issuer)).toMatch(
      /: it names another issuer \(https:\/\/elsewhere\.example\); set OIDC_ISSUER to exactly that\.$/,
    );
  });

  it('names an issuer answering 404', async () => {
    const { issuer } = await issuerAnswering(() => ({ status: 404, body: '{"detail":"no"}' }));
    expect(await discoveryError(issuer)).toMatch(/: it answered HTTP 404\.$/);
  });
});

describe('.env.example', () => {
  it('starts as it is: demo data, sign-in off on loopback', async () => {
    const { readFile } = await import('node:fs/promises');
    const { parseEnv } = await import('node:util');
    const env = parseEnv(await readFile(new URL('../../.env.example', import.meta.url), 'utf8'));
    const config = loadConfig(env);
    const settings = loadAuthConfig(env, config);
    expect(settings.mode).toBe('none');
    expect(settings.orgs[0]?.id).toBe('demo');
  });
});
