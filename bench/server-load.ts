/**
 * Requests per second and p99 latency of the API under concurrency, against two servers
 * started alike: one answering from the demo data set, one answering every call with a fixed
 * body. Rounds alternate between them so both meet the same machine. Loopback only.
 */
import { Agent, request as httpRequest } from 'node:http';
import { DEMO_MENTORS } from '../server/demo/catalog.ts';
import { DEFAULT_DEMO_SEED } from '../server/demo/dataset.ts';
import { demoMentorId } from '../server/demo/mentors.ts';
import { dashboardRequests, requestTarget } from '../shared/requests.ts';
import { PRESETS, resolvePreset } from '../shared/periods.ts';
import { todayUtc } from '../shared/utc-day.ts';
import { median, percentile } from './stats.ts';

const HOST = '127.0.0.1';
const REQUEST_TIMEOUT_MS = 10_000;

export interface LoadOptions {
  concurrency: number;
  roundMs: number;
  rounds: number;
}

export interface LoadResult {
  /** Median over the rounds. */
  requestsPerSecond: number;
  /** Over every request of every round. */
  p50Ms: number;
  p99Ms: number;
  /** Each round's p99, in order. */
  roundP99Ms: number[];
  requests: number;
  errors: number;
}

/** The calls a dashboard makes: every preset, all mentors and two single mentors, for the default org. */
export function dashboardTargets(): string[] {
  const today = todayUtc();
  const scope = { org: 'demo', userId: 'admin' };
  const mentors = [null, ...DEMO_MENTORS.slice(0, 2).map((mentor) => demoMentorId(DEFAULT_DEMO_SEED, mentor.key))];
  const targets = PRESETS.flatMap((period) =>
    mentors.flatMap((mentor) => dashboardRequests(scope, { period, range: resolvePreset(period, today), mentor }, today)),
  ).map(requestTarget);
  return [...new Set(targets)];
}

function get(agent: Agent, port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ agent, host: HOST, port, path, timeout: REQUEST_TIMEOUT_MS }, (response) => {
      response.on('data', () => undefined);
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', reject);
    request.end();
  });
}

async function round(port: number, targets: readonly string[], options: LoadOptions, latencies: number[]): Promise<{ requests: number; errors: number; seconds: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  let next = 0;
  let requests = 0;
  let errors = 0;
  const started = performance.now();
  const end = started + options.roundMs;
  async function client(): Promise<void> {
    while (performance.now() < end) {
      const path = targets[next++ % targets.length] ?? '/';
      const sent = performance.now();
      try {
        if ((await get(agent, port, path)) !== 200) errors += 1;
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - sent);
      requests += 1;
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, client));
  agent.destroy();
  return { requests, errors, seconds: (performance.now() - started) / 1000 };
}

interface Sample {
  latencies: number[];
  rates: number[];
  roundP99: number[];
  requests: number;
  errors: number;
}

function newSample(): Sample {
  return { latencies: [], rates: [], roundP99: [], requests: 0, errors: 0 };
}

/** Alternating rounds against both servers; a short first round on each warms it up and is dropped. */
export async function compareServers(
  ports: { demo: number; baseline: number },
  options: LoadOptions,
): Promise<{ demo: LoadResult; baseline: LoadResult; p99Ratio: number; rpsRatio: number }> {
  const targets = dashboardTargets();
  const warm = { ...options, roundMs: Math.min(1000, options.roundMs) };
  await round(ports.demo, targets, warm, []);
  await round(ports.baseline, targets, warm, []);
  const samples: Record<'demo' | 'baseline', Sample> = { demo: newSample(), baseline: newSample() };
  for (let index = 0; index < options.rounds; index += 1) {
    const order: ('demo' | 'baseline')[] = index % 2 === 0 ? ['demo', 'baseline'] : ['baseline', 'demo'];
    for (const name of order) {
      const sample = samples[name];
      const latencies: number[] = [];
      const result = await round(ports[name], targets, options, latencies);
      sample.latencies.push(...latencies);
      sample.roundP99.push(percentile(latencies, 99));
      sample.rates.push(result.requests / result.seconds);
      sample.requests += result.requests;
      sample.errors += result.errors;
    }
  }
  const summarise = (sample: Sample): LoadResult => ({
    requestsPerSecond: median(sample.rates),
    p50Ms: percentile(sample.latencies, 50),
    p99Ms: percentile(sample.latencies, 99),
    roundP99Ms: sample.roundP99,
    requests: sample.requests,
    errors: sample.errors,
  });
  // Ratios round by round, each demo round against the baseline round next to it, then the
  // median: a burst of load from elsewhere on the machine spoils one pair, not the figure.
  const pairs = (values: (sample: Sample, index: number) => number) =>
    samples.demo.roundP99.map((_, index) => values(samples.demo, index) / values(samples.baseline, index));
  return {
    demo: summarise(samples.demo),
    baseline: summarise(samples.baseline),
    p99Ratio: median(pairs((sample, index) => sample.roundP99[index] ?? Number.NaN)),
    rpsRatio: median(pairs((sample, index) => sample.rates[index] ?? Number.NaN)),
  };
}
