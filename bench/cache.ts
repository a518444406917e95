/**
 * The response cache, measured (issue 14): a fake upstream that takes 600 ms a call, five
 * viewers opening one shared link one after another, and 40 identical requests at once.
 * Run alone with `BENCH_ONLY=cache npm run bench`; the full bench runs it last.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from '../server/app.ts';
import { loadFirstViewRenderer } from '../server/first-view-loader.ts';
import { firstViewModule } from './first-view-module.ts';
import { loadConfig } from '../server/config.ts';
import { connectRedis, type RedisConnection } from '../server/redis/redis-connection.ts';
import { startRedisServer, type RedisTestServer } from '../server/redis/redis-test-server.ts';
import { dashboardRequests, requestTarget } from '../shared/requests.ts';
import { resolvePreset } from '../shared/periods.ts';
import { todayUtc } from '../shared/utc-day.ts';
import type { DevToolsPipe } from './devtools-pipe.ts';
import { PageReports, parseReport } from './page-reports.ts';
import { REPORT_PATH, withProbe } from './probe-injection.ts';
import { median } from './stats.ts';

export const UPSTREAM_DELAY_MS = 600;
const LINK = '/?period=30d';
const VIEWERS = 5;
const SIMULTANEOUS = 40;
const LATER_VIEWER_GOAL_MS = 300;
const WAIT_MS = 20_000;
/** The same page with the in-process demo API: what a viewer waits for the page alone on this machine. */
const DEMO_LABEL = 'demo (no upstream)';

/** Answers every analytics call with a small valid body after UPSTREAM_DELAY_MS, counting calls. */
async function slowUpstream(): Promise<{ base: string; calls: () => number; close: () => Promise<void> }> {
  let calls = 0;
  const bodies: Record<string, unknown> = {
    'sentiment-count': [{ date: `${todayUtc()}T00:00:00Z`, sentiment_count: 12 }],
    'user-sentiment': { sentiment_distribution: { positive: 60, negative: 15, neutral: 25 }, total_sentiments: 40 },
    'tenant-cost': { total_cost: 3 },
    'top-students-by-chat-messages': [{ username: 'upstream.student', chat_message_count: 7 }],
    'my-mentors': { count: 0, next: null, previous: null, current_page: 1, total_pages: 1, results: [] },
  };
  const server: Server = createServer((req, res) => {
    const endpoint = new URL(req.url ?? '/', 'http://upstream').pathname.split('/').at(-2) ?? '';
    calls += 1;
    setTimeout(() => {
      const body = bodies[endpoint];
      res.writeHead(body === undefined ? 404 : 200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body ?? { detail: 'Not found.' }));
    }, UPSTREAM_DELAY_MS);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the fake upstream has no port');
  return {
    base: `http://127.0.0.1:${address.port}/dm`,
    calls: () => calls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface Dashboard {
  base: string;
  close: () => Promise<void>;
}

/**
 * The real app in proxy mode on a free loopback port, serving pages with the bench's probe and
 * handing the figures they send to `reports`.
 */
async function dashboard(
  clientDir: string,
  upstreamBase: string | null,
  env: NodeJS.ProcessEnv,
  redis: RedisConnection | null,
  reports: PageReports,
): Promise<Dashboard> {
  const proxy = upstreamBase === null ? {} : { IBL_API_BASE: upstreamBase, IBL_API_KEY: 'bench-key' };
  const config = loadConfig({ ...proxy, IBL_ORG: 'demo', IBL_USER_ID: 'admin', ...env });
  const renderFirstView = await loadFirstViewRenderer(firstViewModule(clientDir), (line) => console.error(line));
  const app = createApp({ config, clientDir, renderFirstView, ...(redis ? { redis } : {}) });
  let server: ServerType | undefined;
  const port = await new Promise<number>((resolve) => {
    server = serve(
      {
        hostname: '127.0.0.1',
        port: 0,
        fetch: async (request, bindings) => {
          const { pathname } = new URL(request.url);
          if (pathname === REPORT_PATH) {
            const report = parseReport(await request.text());
            if (report !== null) reports.add(report);
            return new Response(null, { status: 204 });
          }
          return withProbe(await app.fetch(request, bindings), pathname);
        },
      },
      (info) => resolve(info.port),
    );
  });
  return { base: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server?.close(() => resolve())) };
}

interface Viewing {
  chromium: DevToolsPipe;
  reports: PageReports;
}

/**
 * A colleague opening the link: a browser context of their own (empty HTTP cache), time to all
 * cards showing data, in a page no DevTools domain is enabled in, as the main bench's time to data.
 */
async function openLink({ chromium, reports }: Viewing, base: string): Promise<number> {
  const page = await chromium.openPage();
  try {
    const shown = reports.next('data-bench-shown', 'app', WAIT_MS);
    await page.navigate(`${base}${LINK}`);
    return await shown;
  } finally {
    await page.close();
  }
}

export interface ViewerRun {
  label: string;
  instances: number;
  viewers: { instance: number; timeToDataMs: number; upstreamCalls: number }[];
  upstreamCalls: number;
}

async function fiveViewers(viewing: Viewing, label: string, dashboards: Dashboard[], upstream: { calls: () => number }): Promise<ViewerRun> {
  const before = upstream.calls();
  const viewers: ViewerRun['viewers'] = [];
  for (let index = 0; index < VIEWERS; index += 1) {
    const instance = index % dashboards.length;
    const timeToDataMs = await openLink(viewing, dashboards[instance]?.base ?? '');
    viewers.push({ instance: instance + 1, timeToDataMs, upstreamCalls: upstream.calls() - before });
  }
  return { label, instances: dashboards.length, viewers, upstreamCalls: upstream.calls() - before };
}

/** SIMULTANEOUS identical requests for a call no one has asked for yet: how many reach the upstream. */
async function simultaneous(dashboard: Dashboard, upstream: { calls: () => number }): Promise<number> {
  const before = upstream.calls();
  const today = todayUtc();
  const range = { from: resolvePreset('90d', today).from, to: today };
  const cost = dashboardRequests({ org: 'demo', userId: 'admin' }, { period: 'custom', range, mentor: null }, today).find(
    (call) => call.endpoint === 'tenant-cost',
  );
  if (cost === undefined) throw new Error('no tenant-cost call in a view');
  const url = `${dashboard.base}${requestTarget(cost)}`;
  const answers = await Promise.all(Array.from({ length: SIMULTANEOUS }, () => fetch(url).then((response) => response.status)));
  if (!answers.every((status) => status === 200)) throw new Error(`simultaneous requests answered ${[...new Set(answers)].join(', ')}`);
  return upstream.calls() - before;
}

export interface CacheBenchResult {
  upstreamDelayMs: number;
  distinctCalls: number;
  runs: ViewerRun[];
  simultaneous: { requests: number; upstreamCalls: number };
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function cacheTables(result: CacheBenchResult): string {
  const viewerRows = result.runs.flatMap((run) =>
    run.viewers.map((viewer, index) => [
      run.label,
      String(index + 1),
      run.instances > 1 ? String(viewer.instance) : '',
      `${viewer.timeToDataMs.toFixed(0)} ms`,
      String(viewer.upstreamCalls),
    ]),
  );
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT MET');
  const demo = result.runs.find((run) => run.label === DEMO_LABEL);
  const demoMedian = demo === undefined ? Number.NaN : median(demo.viewers.map((viewer) => viewer.timeToDataMs));
  const goalRows = result.runs
    .filter((run) => run.label !== 'cache off' && run.label !== DEMO_LABEL)
    .flatMap((run) => {
      const later = run.viewers.slice(1).map((viewer) => viewer.timeToDataMs);
      return [
        [`${run.label}: upstream calls, ${VIEWERS} viewers`, String(run.upstreamCalls), `${result.distinctCalls} (one per call of the view)`, mark(run.upstreamCalls === result.distinctCalls)],
        [`${run.label}: slowest later viewer`, `${Math.max(...later).toFixed(0)} ms`, `< ${LATER_VIEWER_GOAL_MS} ms`, mark(Math.max(...later) < LATER_VIEWER_GOAL_MS)],
        [
          `${run.label}: later viewers' median vs the demo's`,
          `${median(later).toFixed(0)} ms vs ${demoMedian.toFixed(0)} ms`,
          'printed (the page alone, no upstream)',
          '',
        ],
      ];
    });
  goalRows.push([
    `${result.simultaneous.requests} simultaneous identical requests`,
    `${result.simultaneous.upstreamCalls} upstream call(s)`,
    '1',
    mark(result.simultaneous.upstreamCalls === 1),
  ]);
  return [
    `Response cache, upstream taking ${result.upstreamDelayMs} ms a call, link ${LINK} (time to data: all cards showing data, in the page's clock, in pages no DevTools domain is enabled in):`,
    table(['run', 'viewer', 'instance', 'time to data', 'upstream calls so far'], viewerRows),
    table(['metric', 'measured', 'goal', 'status'], goalRows),
  ].join('\n');
}

export async function cacheBench(chromium: DevToolsPipe, clientDir: string, log: (line: string) => void): Promise<CacheBenchResult> {
  const reports = new PageReports();
  const viewing: Viewing = { chromium, reports };
  const upstream = await slowUpstream();
  const closers: (() => Promise<void>)[] = [upstream.close];
  try {
    const off = await dashboard(clientDir, upstream.base, { CACHE_TODAY_SECONDS: '0', CACHE_PAST_SECONDS: '0' }, null, reports);
    closers.push(off.close);
    const one = await dashboard(clientDir, upstream.base, {}, null, reports);
    closers.push(one.close);
    const distinctCalls = dashboardRequests({ org: 'demo', userId: 'admin' }, { period: '30d', range: resolvePreset('30d', todayUtc()), mentor: null }, todayUtc()).length;

    const demo = await dashboard(clientDir, null, {}, null, reports);
    closers.push(demo.close);

    log(`cache: warming Chromium, then ${VIEWERS} viewers of the demo, and of the proxy without the cache and with it…`);
    await openLink(viewing, demo.base);
    const runs = [
      await fiveViewers(viewing, DEMO_LABEL, [demo], upstream),
      await fiveViewers(viewing, 'cache off', [off], upstream),
      await fiveViewers(viewing, 'one instance', [one], upstream),
    ];

    let redis: RedisTestServer | null = null;
    try {
      redis = await startRedisServer();
    } catch (error) {
      log(`cache: no redis-server, the shared run is skipped (${error instanceof Error ? error.message : String(error)})`);
    }
    if (redis !== null) {
      const server = redis;
      closers.push(() => server.stop());
      const connections = [connectRedis(server.url, log), connectRedis(server.url, log)];
      for (const connection of connections) {
        closers.push(() => connection.close());
        await connection.ready();
      }
      const shared = await Promise.all(connections.map((connection) => dashboard(clientDir, upstream.base, { REDIS_URL: server.url }, connection, reports)));
      for (const instance of shared) closers.push(instance.close);
      runs.push(await fiveViewers(viewing, 'two instances, Redis', shared, upstream));
    }

    log(`cache: ${SIMULTANEOUS} simultaneous identical requests…`);
    const upstreamCalls = await simultaneous(one, upstream);
    return { upstreamDelayMs: UPSTREAM_DELAY_MS, distinctCalls, runs, simultaneous: { requests: SIMULTANEOUS, upstreamCalls } };
  } finally {
    for (const close of closers.reverse()) await close().catch(() => undefined);
  }
}
