// The response cache end to end: a dashboard server of its own (the project's proxy server runs
// with the cache off, for the failure tests), in front of the same fake upstream.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { expect, type Page } from '@playwright/test';
import { test } from '../support/test';
import { card, expectDataShown } from '../support/dashboard';
import { E2E_API_KEY, FAKE_UPSTREAM } from '../support/env';

interface Seen {
  path: string;
  query: Record<string, string>;
}

let server: ChildProcess;
let base = '';

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function upstreamSaw(): Promise<Seen[]> {
  return (await fetch(`${FAKE_UPSTREAM}/__seen`)).json() as Promise<Seen[]>;
}
const upstream = (hook: '__reset' | '__bump') => fetch(`${FAKE_UPSTREAM}/${hook}`);

test.beforeAll(async () => {
  const port = await freePort();
  server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      IBL_ORG: 'demo',
      IBL_USER_ID: 'admin',
      IBL_API_BASE: `${FAKE_UPSTREAM}/dm`,
      IBL_API_KEY: E2E_API_KEY,
      CACHE_TODAY_SECONDS: '60',
      CACHE_PAST_SECONDS: '600',
      REDIS_URL: '',
    },
    stdio: 'ignore',
  });
  base = `http://127.0.0.1:${port}`;
  await expect.poll(() => fetch(`${base}/healthz`).then((response) => response.status, () => 0), { timeout: 20_000 }).toBe(200);
});

test.afterAll(async () => {
  server.kill('SIGTERM');
  await upstream('__reset');
});

/** The endpoint and X-Cache header of every API answer the page receives. */
function apiAnswers(page: Page): { endpoint: string; cache: string }[] {
  const seen: { endpoint: string; cache: string }[] = [];
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.startsWith('/api/')) seen.push({ endpoint: pathname.split('/').at(-2) ?? '', cache: response.headers()['x-cache'] ?? 'none' });
  });
  return seen;
}

const endpoints = (seen: Seen[]) => seen.map((request) => request.path.split('/').at(-2)).sort();
const cost = (page: Page) => card(page, 'LLM cost').getByRole('definition').first();

test('a second load of a view makes no upstream call and no API request; Refresh and R ask again and show the new figures', async ({ page }) => {
  await upstream('__reset');
  const view = `${base}/?period=30d`;
  const answers = apiAnswers(page);
  await page.goto(view);
  await expectDataShown(page);
  await expect(cost(page)).toHaveText('$3.00');
  const first = await upstreamSaw();
  expect(endpoints(first)).toEqual(expect.arrayContaining(['sentiment-count', 'tenant-cost', 'top-students-by-chat-messages']));
  expect(new Set(endpoints(first)).size).toBe(first.length); // one call per distinct API call of the view
  expect(answers.splice(0).map((answer) => answer.cache)).toEqual(first.map(() => 'miss'));

  // The second load: the server draws the view from its cache, so the page asks for nothing.
  await page.goto('about:blank');
  const second = await page.goto(view);
  expect(await second?.text()).toContain('<script type="application/json" id="first-view-state">');
  await expectDataShown(page);
  await expect(cost(page)).toHaveText('$3.00');
  expect(await upstreamSaw()).toHaveLength(first.length);
  expect(answers.splice(0)).toEqual([]);

  // Refresh asks again for every card on screen, past the cache, and shows the upstream's new figures.
  await upstream('__bump');
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(cost(page)).toHaveText('$4.00');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const refreshed = answers.splice(0);
  expect(refreshed.map((answer) => answer.endpoint)).toEqual(expect.arrayContaining(['sentiment-count', 'tenant-cost', 'top-students-by-chat-messages']));
  expect(refreshed.every((answer) => answer.cache === 'bypass')).toBe(true);
  const afterRefresh = await upstreamSaw();
  expect(endpoints(afterRefresh.slice(first.length))).toEqual(refreshed.map((answer) => answer.endpoint).sort());

  await upstream('__bump');
  await page.locator('body').press('r');
  await expect(cost(page)).toHaveText('$5.00');
  await expect.poll(() => answers.length).toBe(refreshed.length);
  expect(answers.splice(0).every((answer) => answer.cache === 'bypass')).toBe(true);
  await expect.poll(async () => (await upstreamSaw()).length).toBe(afterRefresh.length + refreshed.length);

  // The refreshed answers were stored: a new load shows them without asking.
  const asked = (await upstreamSaw()).length;
  await page.goto('about:blank');
  await page.goto(view);
  await expectDataShown(page);
  await expect(cost(page)).toHaveText('$5.00');
  expect(await upstreamSaw()).toHaveLength(asked);
});
