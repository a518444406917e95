import { defineConfig, devices } from '@playwright/test';
import { DEMO_BASE, DEMO_BROWSER_BASE, DEMO_BROWSER_PORT, DEMO_PORT, E2E_API_KEY, FAKE_UPSTREAM, FAKE_UPSTREAM_PORT, PROXY_BASE, PROXY_PORT } from './e2e/support/env.ts';
import {
  ALLOWED_ACCOUNT,
  AUTH_BASE,
  AUTH_DASHBOARD_PORT,
  AUTH_ORGS,
  E2E_SESSION_SECRET,
  OIDC_CLIENT_ID,
  OIDC_CLIENT_SECRET,
  OIDC_ISSUER,
  OIDC_PROVIDER_PORT,
} from './e2e/support/auth-env.ts';
import { chromiumPath } from './scripts/chromium-path.mjs';

// CHROMIUM_PATH or Debian's Chromium: Playwright's own browser download does not work on these machines.
const executablePath = chromiumPath();

const quietChromium = [
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const serverEnv = { HOST: '127.0.0.1', IBL_ORG: 'demo', IBL_USER_ID: 'admin' };

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    ...devices['Desktop Chrome'],
    locale: 'en-US',
    timezoneId: 'UTC',
    trace: 'off',
    launchOptions: { executablePath, args: quietChromium },
  },
  projects: [
    { name: 'demo', testMatch: /demo\/.*\.spec\.ts/, use: { baseURL: DEMO_BASE } },
    // Answers staged in the browser (page.route): on a server that leaves every first view to the browser.
    { name: 'demo-browser', testMatch: /demo-browser\/.*\.spec\.ts/, use: { baseURL: DEMO_BROWSER_BASE } },
    { name: 'proxy', testMatch: /proxy\/.*\.spec\.ts/, use: { baseURL: PROXY_BASE } },
    { name: 'auth', testMatch: /auth\/.*\.spec\.ts/, use: { baseURL: AUTH_BASE } },
  ],
  webServer: [
    {
      command: 'tsx server/main.ts',
      url: `${DEMO_BASE}/healthz`,
      env: { ...serverEnv, PORT: String(DEMO_PORT), IBL_API_BASE: '' },
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: 'tsx server/main.ts',
      url: `${DEMO_BROWSER_BASE}/healthz`,
      env: { ...serverEnv, PORT: String(DEMO_BROWSER_PORT), IBL_API_BASE: '', FIRST_VIEW: 'browser' },
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: 'tsx e2e/support/fake-upstream.ts',
      url: `${FAKE_UPSTREAM}/__health`,
      env: { PORT: String(FAKE_UPSTREAM_PORT) },
      reuseExistingServer: false,
    },
    {
      command: 'tsx server/main.ts',
      url: `${PROXY_BASE}/healthz`,
      env: {
        ...serverEnv,
        PORT: String(PROXY_PORT),
        IBL_API_BASE: `${FAKE_UPSTREAM}/dm`,
        IBL_API_KEY: E2E_API_KEY,
        // Every page load reaches the fake upstream, whose failures the tests stage per call;
        // e2e/proxy/cache.spec.ts starts its own server with the response cache on.
        CACHE_TODAY_SECONDS: '0',
        CACHE_PAST_SECONDS: '0',
      },
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    // The sign-in suite: a real OpenID provider on loopback, started before the dashboard,
    // which reads the provider's discovery document when it starts.
    {
      command: `tsx server/auth/oidc-test-provider.ts --port ${OIDC_PROVIDER_PORT}`,
      url: `${OIDC_ISSUER}/.well-known/openid-configuration`,
      env: {
        OIDC_TEST_CLIENT_ID: OIDC_CLIENT_ID,
        OIDC_TEST_CLIENT_SECRET: OIDC_CLIENT_SECRET,
        OIDC_TEST_REDIRECT_URIS: `${AUTH_BASE}/auth/callback`,
        OIDC_TEST_POST_LOGOUT_REDIRECT_URIS: `${AUTH_BASE}/`,
      },
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: 'tsx server/main.ts',
      url: `${AUTH_BASE}/healthz`,
      env: {
        ...serverEnv,
        PORT: String(AUTH_DASHBOARD_PORT),
        IBL_API_BASE: '',
        AUTH: 'oidc',
        OIDC_ISSUER,
        OIDC_CLIENT_ID,
        OIDC_CLIENT_SECRET,
        SESSION_SECRET: E2E_SESSION_SECRET,
        PUBLIC_URL: AUTH_BASE,
        AUTH_ALLOWED_EMAILS: ALLOWED_ACCOUNT.email,
        IBL_ORGS: AUTH_ORGS.map((org) => `${org.id}=${org.name}`).join(','),
      },
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
