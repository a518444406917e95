/**
 * The sign-in suite's two servers: a real OpenID provider (server/auth/oidc-test-provider.ts)
 * and a dashboard with AUTH=oidc on demo data. Free ports chosen once when the config loads,
 * kept in E2E_AUTH_PORTS so Playwright's workers (which inherit the environment) agree;
 * setting E2E_AUTH_PORTS="provider,dashboard" yourself pins them.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DEMO_SEED } from '../../server/demo/dataset.ts';
import { demoMentorId } from '../../server/demo/mentors.ts';

const PORTS_VARIABLE = 'E2E_AUTH_PORTS';

function choosePorts(): [number, number] {
  const chosen = process.env[PORTS_VARIABLE]?.trim();
  const value =
    chosen ||
    execFileSync(process.execPath, [fileURLToPath(new URL('./free-ports.mjs', import.meta.url)), '2'], { encoding: 'utf8' }).trim();
  const ports = value.split(',').map(Number);
  const [provider, dashboard] = ports;
  if (ports.length !== 2 || provider === undefined || dashboard === undefined || !ports.every((port) => Number.isInteger(port) && port > 0 && port < 65_536)) {
    throw new Error(`${PORTS_VARIABLE} must be two port numbers, provider,dashboard (got “${value}”).`);
  }
  process.env[PORTS_VARIABLE] = value;
  return [provider, dashboard];
}

const [providerPort, dashboardPort] = choosePorts();

export const OIDC_PROVIDER_PORT = providerPort;
export const AUTH_DASHBOARD_PORT = dashboardPort;
export const OIDC_ISSUER = `http://127.0.0.1:${OIDC_PROVIDER_PORT}`;
/** PUBLIC_URL of the signed-in dashboard. */
export const AUTH_BASE = `http://127.0.0.1:${AUTH_DASHBOARD_PORT}`;

export const OIDC_CLIENT_ID = 'dashboard-e2e';
export const OIDC_CLIENT_SECRET = 'e2e-client-secret-not-used-anywhere-else';
export const E2E_SESSION_SECRET = 'e2e-session-secret-0123456789-abcdefghijklmn';

/** The provider's built-in accounts (DEFAULT_TEST_ACCOUNTS): one on the allow-list, one not. */
export const ALLOWED_ACCOUNT = { login: 'alice', email: 'alice@school.example', name: 'Alice Example' } as const;
export const REFUSED_ACCOUNT = { login: 'bob', email: 'bob@elsewhere.example', name: 'Bob Outsider' } as const;

export const AUTH_ORGS = [
  { id: 'demo', name: 'Demo University' },
  { id: 'northwind-academy', name: 'Northwind Academy' },
] as const;

/** A demo mentor both orgs have (server/demo/catalog.ts), by the unique id the demo gives it. */
export const SHARED_MENTOR_ID = demoMentorId(DEFAULT_DEMO_SEED, 'python-lab');
