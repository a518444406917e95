/**
 * What the bench measures in Chromium. Every page the bench server sends starts with
 * bench/probe.js (bench/serve.ts --probe); times are read from the page's own clock, so the
 * driver's round trips never count.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { DevToolsPipe } from './devtools-pipe.ts';
import type { PageReports } from './page-reports.ts';

export type TargetName = 'app' | 'floor-app' | 'floor-page';

export const TARGET_NAMES: readonly TargetName[] = ['app', 'floor-app', 'floor-page'];

export const TARGETS: Record<TargetName, string> = {
  app: '/',
  'floor-app': '/floor/app/index.html',
  'floor-page': '/floor/page.html',
};

const API_PATH = '/api/ai-analytics/';
const WAIT_MS = 20_000;

async function openPage(browser: Browser, baseUrl: string): Promise<{ context: BrowserContext; page: Page }> {
  // A new context each time: an empty HTTP cache, as on a first visit.
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  return { context, page };
}

/** The probe's next figure of this name, as the page logs it. Start waiting before the action that causes it. */
async function probeFigure(page: Page, name: 'data-bench-shown' | 'data-bench-click'): Promise<number> {
  const prefix = `bench:${name} `;
  const message = await page.waitForEvent('console', { predicate: (entry) => entry.text().startsWith(prefix), timeout: WAIT_MS });
  return Number(message.text().slice(prefix.length));
}

/**
 * Opens the target and waits for its data. Navigation only waits for the response to commit:
 * waiting for the load event would start Playwright's own work in the page (~10 ms of its main
 * thread) in the middle of a page that is still rendering.
 */
async function openAndTime(page: Page, target: TargetName): Promise<number> {
  const shown = probeFigure(page, 'data-bench-shown');
  await page.goto(TARGETS[target], { waitUntil: 'commit' });
  return shown;
}

/** Samples of `measure` for each target, alternating the targets so drift hits each alike. */
async function alternate(rounds: number, warmup: number, measure: (target: TargetName) => Promise<number>): Promise<Record<TargetName, number[]>> {
  const names = TARGET_NAMES;
  const samples: Record<TargetName, number[]> = { app: [], 'floor-app': [], 'floor-page': [] };
  for (let round = 0; round < warmup + rounds; round += 1) {
    // Rotate the order each round, so no target always runs first.
    const order = names.map((_, index) => names[(index + round) % names.length] ?? 'app');
    for (const name of order) {
      const time = await measure(name);
      if (round >= warmup) samples[name].push(time);
    }
  }
  return samples;
}

/**
 * Navigation to all three cards showing data, in pages nobody attaches to (see
 * bench/devtools-pipe.ts for why): the figure a visitor's browser would show.
 */
export function timeToData(chromium: DevToolsPipe, reports: PageReports, baseUrl: string, rounds: number, warmup: number): Promise<Record<TargetName, number[]>> {
  return alternate(rounds, warmup, async (name) => {
    const page = await chromium.openPage();
    try {
      const shown = reports.next('data-bench-shown', name, WAIT_MS);
      await page.navigate(new URL(TARGETS[name], baseUrl).href);
      return await shown;
    } finally {
      await page.close();
    }
  });
}

/**
 * The app's time to data and, in the same page, until it answers clicks (hydrated), in pages
 * nobody attaches to: what the server-drawn first view gains is shown, and what still waits.
 */
export async function timeToLive(chromium: DevToolsPipe, reports: PageReports, baseUrl: string, rounds: number, warmup: number): Promise<{ shown: number[]; live: number[] }> {
  const samples = { shown: [] as number[], live: [] as number[] };
  for (let round = 0; round < warmup + rounds; round += 1) {
    const page = await chromium.openPage();
    try {
      const shown = reports.next('data-bench-shown', 'app', WAIT_MS);
      const live = reports.next('data-bench-live', 'app', WAIT_MS);
      await page.navigate(new URL(TARGETS.app, baseUrl).href);
      const [shownMs, liveMs] = [await shown, await live];
      if (round >= warmup) {
        samples.shown.push(shownMs);
        samples.live.push(liveMs);
      }
    } finally {
      await page.close();
    }
  }
  return samples;
}

/** The same, in pages Playwright drives: printed, to show what its instrumentation adds. */
export function timeToDataAttached(browser: Browser, baseUrl: string, rounds: number, warmup: number): Promise<Record<TargetName, number[]>> {
  return alternate(rounds, warmup, async (name) => {
    const { context, page } = await openPage(browser, baseUrl);
    try {
      return await openAndTime(page, name);
    } finally {
      await context.close();
    }
  });
}

async function clickAndMeasure(page: Page, button: string): Promise<number> {
  await page.evaluate('window.__benchArm()');
  const measured = probeFigure(page, 'data-bench-click');
  await page.getByRole('navigation', { name: 'Dashboard filters' }).getByRole('button', { name: button, exact: true }).click();
  return measured;
}

/** From a click on a preset to the chart showing its data: a range not loaded yet, then one seen a moment ago. */
export async function interaction(browser: Browser, baseUrl: string, runs: number): Promise<{ fresh: number[]; seen: number[] }> {
  const fresh: number[] = [];
  const seen: number[] = [];
  for (let run = 0; run < runs + 1; run += 1) {
    const { context, page } = await openPage(browser, baseUrl);
    await openAndTime(page, 'app');
    await page.waitForLoadState('load');
    const freshTime = await clickAndMeasure(page, 'Last 30 days');
    // As a person would between two clicks: the first pointer move also brought the chart's
    // tooltip layer (Recharts), and it finishes taking over the chart before the next click.
    await page.waitForLoadState('networkidle');
    const seenTime = await clickAndMeasure(page, 'Last 7 days');
    // The first run warms the server and the browser.
    if (run > 0) {
      fresh.push(freshTime);
      seen.push(seenTime);
    }
    await context.close();
  }
  return { fresh, seen };
}

export interface RequestCounts {
  firstLoad: number;
  /** Every first-load request started before the first answer arrived. */
  firstLoadParallel: boolean;
  periodChange: number;
  mentorChange: number;
  returnToSeen: number;
  /** JavaScript files fetched before any interaction, by path. */
  firstViewScripts: string[];
}

/** API requests of a first load alone, and whether all of them started before the first answer. */
export async function firstLoadRequests(browser: Browser, baseUrl: string): Promise<{ count: number; parallel: boolean }> {
  const { context, page } = await openPage(browser, baseUrl);
  const events: ('request' | 'response')[] = [];
  page.on('request', (request) => {
    if (request.url().includes(API_PATH)) events.push('request');
  });
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.includes(API_PATH)) events.push('response');
  });
  try {
    await openAndTime(page, 'app');
    await page.waitForLoadState('networkidle');
    const count = events.filter((event) => event === 'request').length;
    const firstAnswer = events.indexOf('response');
    return { count, parallel: firstAnswer === -1 || firstAnswer === count };
  } finally {
    await context.close();
  }
}

/** API requests per step of a short visit, counted as the browser sends them. */
export async function requestCounts(browser: Browser, baseUrl: string): Promise<RequestCounts> {
  const { context, page } = await openPage(browser, baseUrl);
  const events: ('request' | 'response')[] = [];
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes(API_PATH)) events.push('request');
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.includes(API_PATH)) events.push('response');
    if (url.pathname.endsWith('.js')) scripts.push(url.pathname);
  });
  const countSince = (start: number) => events.slice(start).filter((event) => event === 'request').length;

  await openAndTime(page, 'app');
  await page.waitForLoadState('networkidle');
  const firstEvents = [...events];
  const firstLoad = countSince(0);
  const firstAnswer = firstEvents.indexOf('response');
  const firstLoadParallel = firstAnswer === -1 || firstEvents.slice(0, firstAnswer).length === firstLoad;
  const firstViewScripts = [...scripts];

  let mark = events.length;
  await clickAndMeasure(page, 'Last 30 days');
  await page.waitForLoadState('networkidle');
  const periodChange = countSince(mark);

  // A mentor chosen from the list the field shows when opened (its search is not counted here).
  const field = page.getByRole('combobox', { name: 'Mentor' });
  await field.click();
  const option = page.getByRole('option', { name: /^Python Lab/ });
  await option.waitFor({ timeout: WAIT_MS });
  await page.waitForLoadState('networkidle');
  mark = events.length;
  await option.click();
  await page.waitForURL(/mentor=[0-9a-f-]{36}/);
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: WAIT_MS });
  await page.waitForLoadState('networkidle');
  const mentorChange = countSince(mark);

  // Back to the view seen a moment ago (the last 30 days, all mentors), then to the first one.
  mark = events.length;
  await page.goBack();
  await page.waitForURL(/\?period=30d$/);
  await clickAndMeasure(page, 'Last 7 days');
  await page.waitForLoadState('networkidle');
  const returnToSeen = countSince(mark);

  await context.close();
  return { firstLoad, firstLoadParallel, periodChange, mentorChange, returnToSeen, firstViewScripts };
}
