import type { AddressInfo } from 'node:net';
import { createServer, type RequestListener, type Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import Provider, { type ClientMetadata, type KoaContextWithOIDC } from 'oidc-provider';

/**
 * A real OpenID provider (panva's oidc-provider) on loopback, for the server tests and the
 * Chromium e2e suite. Its development login form takes any password; the `login` field names
 * the account. Consent is granted without asking, as for an app an organisation's admin approved.
 * Nothing here runs in production.
 */

export interface TestAccount {
  /** What goes into the login form's `login` field; also the subject. */
  login: string;
  email: string;
  email_verified: boolean;
  name: string;
  groups: string[];
}

export interface TestClient {
  client_id: string;
  client_secret: string;
  redirect_uris: string[];
  post_logout_redirect_uris?: string[];
}

export interface OidcProviderOptions {
  /** 0 or absent: a free port. */
  port?: number;
  clients: TestClient[];
  accounts: TestAccount[];
}

export interface RunningOidcProvider {
  issuer: string;
  stop(): Promise<void>;
}

export const DEFAULT_TEST_ACCOUNTS: readonly TestAccount[] = [
  { login: 'alice', email: 'alice@school.example', email_verified: true, name: 'Alice Example', groups: ['analytics-admins'] },
  { login: 'bob', email: 'bob@elsewhere.example', email_verified: true, name: 'Bob Outsider', groups: [] },
];

function providerFor(issuer: string, options: OidcProviderOptions): Provider {
  const accounts = new Map(options.accounts.map((account) => [account.login, account]));
  const clients: ClientMetadata[] = options.clients.map((client) => ({
    ...client,
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
  }));
  return new Provider(issuer, {
    clients,
    // Groups ride with the profile scope, as a provider mapper commonly puts them.
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
    findAccount: (_ctx, sub) => {
      const account = accounts.get(sub);
      if (account === undefined) return undefined;
      const { login, ...claims } = account;
      return { accountId: login, claims: () => ({ sub: login, ...claims }) };
    },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: ['oidc-test-provider-cookie-key-not-a-secret'] },
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { client, session } = ctx.oidc;
      if (client === undefined || session?.accountId === undefined) return undefined;
      const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
}

export async function startOidcProvider(options: OidcProviderOptions): Promise<RunningOidcProvider> {
  // The issuer must name the real port, so the server listens first and the provider is built after.
  let handler: RequestListener | null = null;
  const server: Server = createServer((req, res) => {
    if (handler === null) {
      res.statusCode = 503;
      res.end();
      return;
    }
    handler(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const provider = providerFor(issuer, options);
  handler = provider.callback();
  return {
    issuer,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function listFrom(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

async function main(): Promise<void> {
  const portFlag = process.argv.indexOf('--port');
  const port = portFlag === -1 ? 0 : Number(process.argv[portFlag + 1]);
  const running = await startOidcProvider({
    port,
    accounts: [...DEFAULT_TEST_ACCOUNTS],
    clients: [
      {
        client_id: process.env.OIDC_TEST_CLIENT_ID ?? 'dashboard',
        client_secret: process.env.OIDC_TEST_CLIENT_SECRET ?? 'dashboard-test-secret',
        redirect_uris: listFrom(process.env.OIDC_TEST_REDIRECT_URIS),
        post_logout_redirect_uris: listFrom(process.env.OIDC_TEST_POST_LOGOUT_REDIRECT_URIS),
      },
    ],
  });
  console.log(`test OpenID provider on ${running.issuer}`);
  const stop = (): void => void running.stop().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
