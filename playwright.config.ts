import { defineConfig, devices } from '@playwright/test';
import { DEMO_PORT, E2E_API_KEY, FAKE_UPSTREAM_PORT, PROXY_PORT } from './e2e/support/env.ts';

// Debian's Chromium: Playwright's own browser download does not work on these machines.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
    { name: 'demo', testMatch: /demo\/.*\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${DEMO_PORT}` } },
    { name: 'proxy', testMatch: /proxy\/.*\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${PROXY_PORT}` } },
  ],
  webServer: [
    {
      command: 'tsx server/main.ts',
      url: `http://127.0.0.1:${DEMO_PORT}/healthz`,
      env: { ...serverEnv, PORT: String(DEMO_PORT), IBL_API_BASE: '' },
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: 'tsx e2e/support/fake-upstream.ts',
      url: `http://127.0.0.1:${FAKE_UPSTREAM_PORT}/__health`,
      env: { PORT: String(FAKE_UPSTREAM_PORT) },
      reuseExistingServer: false,
    },
    {
      command: 'tsx server/main.ts',
      url: `http://127.0.0.1:${PROXY_PORT}/healthz`,
      env: {
        ...serverEnv,
        PORT: String(PROXY_PORT),
        IBL_API_BASE: `http://127.0.0.1:${FAKE_UPSTREAM_PORT}/dm`,
        IBL_API_KEY: E2E_API_KEY,
      },
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
