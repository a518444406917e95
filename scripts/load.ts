/**
 * Load test of the server, in-process and on loopback only: demo mode, then proxy mode against a
 * fake upstream. Bounded in requests and in time; exits non-zero on any error.
 *   tsx scripts/load.ts
 */
import { Agent, createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from '../server/app.ts';
import { loadConfig, type Config } from '../server/config.ts';
import { DEMO_MENTORS, DEMO_ORGS } from '../server/demo/catalog.ts';
import { DEFAULT_DEMO_SEED } from '../server/demo/dataset.ts';
import { demoMentorId } from '../server/demo/mentors.ts';
import { endpointPath, ENDPOINT_NAMES, type Endpoint } from '../shared/endpoints.ts';
import { mulberry32 } from '../server/demo/prng.ts';

const HOST = '127.0.0.1';
const CONCURRENCY = 200;
const REQUESTS_PER_MODE = 20_000;
const HARD_STOP_MS = 60_000;
const REQUEST_TIMEOUT_MS = 10_000;
const FAKE_KEY = 'load-test-key';
const PERIODS = ['today', 'yesterday', '7d', '30d', '90d'] as const;
const USERS = ['admin', 'jane.doe@example.edu', 'ops+analytics'];

const hardStop = setTimeout(() => {
  console.error(`Load test still running after ${HARD_STOP_MS / 1000} s; stopping.`);
  process.exit(2);
}, HARD_STOP_MS);
hardStop.unref();
const deadline = Date.now() + HARD_STOP_MS;


function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function isoDay(daysAgo: number): string {
  return new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
}

function requestPath(index: number, random: () => number): string {
  const endpoint: Endpoint = ENDPOINT_NAMES[index % ENDPOINT_NAMES.length] ?? 'sentiment-count';
  const org = pick(random, DEMO_ORGS).id;
  const query = new URLSearchParams();
  const end = Math.floor(random() * 30);
  const start = end + Math.floor(random() * 90);
  if (endpoint === 'sentiment-count') {
    query.set('period', pick(random, PERIODS));
  } else if (endpoint === 'tenant-cost') {
    query.set('start_date', isoDay(start));
    query.set('end_date', isoDay(end));
  } else if (endpoint === 'my-mentors') {
    query.set('query', pick(random, ['', 'phys', 'lab', 'tutor']));
    query.set('limit', '12');
  } else {
    if (random() < 0.5) query.set('mentor_id', demoMentorId(DEFAULT_DEMO_SEED, pick(random, DEMO_MENTORS).key));
    if (random() < 0.7) {
      query.set('start_date', isoDay(start));
      query.set('end_date', isoDay(end));
    }
  }
  const search = query.toString();
  return `${endpointPath(endpoint, org, pick(random, USERS))}${search ? `?${search}` : ''}`;
}

/** Stands in for ibl.ai: checks the key and answers each endpoint with a plausible body. */
function fakeUpstream(request: IncomingMessage, response: ServerResponse): void {
  const send = (status: number, body: unknown): void => {
    response.writeHead(status, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  if (request.headers.authorization !== `Api-Token ${FAKE_KEY}`) return send(401, { detail: 'Invalid token.' });
  const path = (request.url ?? '').split('?')[0] ?? '';
  if (path.endsWith('/sentiment-count/')) {
    return send(
      200,
      Array.from({ length: 30 }, (_, day) => ({ date: `${isoDay(day)}T00:00:00Z`, sentiment_count: (day * 7) % 23 })),
    );
  }
  if (path.endsWith('/tenant-cost/')) return send(200, { total_cost: 12.34 });
  if (path.endsWith('/top-students-by-chat-messages/')) {
    return send(
      200,
      Array.from({ length: 20 }, (_, rank) => ({ username: `student${rank}`, chat_message_count: 200 - rank * 7 })),
    );
  }
  if (path.endsWith('/my-mentors/')) {
    const results = [{ id: 1, name: 'Physics Pal', unique_id: '42424242-4242-4242-8242-424242424242', slug: 'physics-pal' }];
    return send(200, { count: 1, next: null, previous: null, current_page: 1, total_pages: 1, results });
  }
  send(404, { detail: 'Not found.' });
}

function listen(server: ServerType): Promise<number> {
  return new Promise((resolve, reject) => {
    const port = (): number => {
      const address = server.address();
      return typeof address === 'object' && address !== null ? address.port : 0;
    };
    if (server.listening) resolve(port());
    server.once('listening', () => resolve(port()));
    server.once('error', reject);
  });
}

function close(server: ServerType): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    if ('closeAllConnections' in server) server.closeAllConnections();
  });
}

/** node:http rather than fetch: undici's per-request cost would dominate a client sharing the server's process. */
function get(agent: Agent, port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ agent, host: HOST, port, path, timeout: REQUEST_TIMEOUT_MS }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)));
    request.on('error', reject);
    request.end();
  });
}

interface RunResult {
  requests: number;
  errors: number;
  firstErrors: string[];
  seconds: number;
  latencies: Float64Array;
  logLines: number;
  rssBefore: number;
  rssAfter: number;
}

async function run(config: Config): Promise<RunResult> {
  const rssBefore = process.memoryUsage().rss;
  let logLines = 0;
  const app = createApp({ config, clientDir: '/nonexistent', log: () => (logLines += 1) });
  const server = serve({ fetch: app.fetch, hostname: HOST, port: 0 });
  const port = await listen(server);
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

  // Deterministic, so every run asks the same mix of questions.
  const random = mulberry32(20_240_601);
  const paths = Array.from({ length: REQUESTS_PER_MODE }, (_, index) => requestPath(index, random));
  const latencies = new Float64Array(REQUESTS_PER_MODE);
  let next = 0;
  let done = 0;
  let errors = 0;
  const firstErrors: string[] = [];
  const fail = (message: string): void => {
    errors += 1;
    if (firstErrors.length < 5) firstErrors.push(message);
  };

  async function client(): Promise<void> {
    while (next < paths.length && Date.now() < deadline) {
      const index = next++;
      const path = paths[index] ?? '/';
      const started = performance.now();
      try {
        const response = await get(agent, port, path);
        JSON.parse(response.body);
        if (response.status !== 200) fail(`${response.status} ${path} ${response.body.slice(0, 200)}`);
      } catch (error) {
        fail(`${path}: ${error instanceof Error ? error.message : String(error)}`);
      }
      latencies[index] = performance.now() - started;
      done += 1;
    }
  }

  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  await close(server);
  if (done < paths.length) fail(`stopped at the time limit after ${done} of ${paths.length} requests`);
  return {
    requests: done,
    errors,
    firstErrors,
    seconds,
    latencies: latencies.subarray(0, done),
    logLines,
    rssBefore,
    rssAfter: process.memoryUsage().rss,
  };
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);
}

function report(mode: string, result: RunResult): void {
  const sorted = Float64Array.from(result.latencies).sort();
  const mb = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;
  console.log(
    [
      mode.padEnd(6),
      `requests ${result.requests}`,
      `errors ${result.errors}`,
      `${Math.round(result.requests / result.seconds)} req/s`,
      `p50 ${percentile(sorted, 50).toFixed(1)} ms`,
      `p99 ${percentile(sorted, 99).toFixed(1)} ms`,
      `RSS ${mb(result.rssBefore)} -> ${mb(result.rssAfter)}`,
      `log lines ${result.logLines}`,
    ].join('  '),
  );
  for (const message of result.firstErrors) console.log(`  error: ${message}`);
}

async function main(): Promise<number> {
  console.log(`${REQUESTS_PER_MODE} requests per mode, ${CONCURRENCY} concurrent clients, loopback only (client, server and fake upstream share this process's RSS)`);
  const demo = await run(loadConfig({}));
  report('demo', demo);

  const upstream = createServer(fakeUpstream).listen(0, HOST);
  const upstreamPort = await listen(upstream);
  const proxy = await run(loadConfig({ IBL_API_BASE: `http://${HOST}:${upstreamPort}`, IBL_API_KEY: FAKE_KEY }));
  await close(upstream);
  report('proxy', proxy);

  const logMismatch = [demo, proxy].some((result) => result.logLines !== result.requests);
  if (logMismatch) console.log('error: the access log did not write exactly one line per request');
  return demo.errors + proxy.errors === 0 && !logMismatch ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
