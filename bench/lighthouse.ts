/**
 * Lighthouse 12 through npx (as a devDependency it can break `npm ci`), against Debian's
 * Chromium. Each run is its own process and its own browser.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import * as v from 'valibot';
import { median } from './stats.ts';

export const LIGHTHOUSE = 'lighthouse@12.8.2';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
const RUN_TIMEOUT_MS = 120_000;

const reportSchema = v.object({
  categories: v.record(v.string(), v.object({ score: v.nullable(v.number()) })),
  audits: v.record(
    v.string(),
    v.object({
      score: v.nullable(v.number()),
      numericValue: v.optional(v.number()),
      displayValue: v.optional(v.string()),
      scoreDisplayMode: v.optional(v.string()),
      title: v.string(),
    }),
  ),
});

export interface LighthouseResult {
  runs: number;
  /** Median score of each category, 0-100. */
  scores: Record<Category, number>;
  /** Median of the performance metrics, in ms (CLS unitless). */
  metrics: Record<string, number>;
  /** Audits that did not pass in the median-performance run: what to fix next. */
  failing: string[];
}

function runOnce(url: string, formFactor: 'mobile' | 'desktop', chromePath: string, outputPath: string): Promise<void> {
  const args = [
    '-y',
    LIGHTHOUSE,
    url,
    `--chrome-path=${chromePath}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
    '--output=json',
    `--output-path=${outputPath}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    '--quiet',
    ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('npx', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGTERM'), RUN_TIMEOUT_MS);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`lighthouse exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' / ')}`));
    });
  });
}

export async function lighthouse(
  url: string,
  formFactor: 'mobile' | 'desktop',
  runs: number,
  chromePath: string,
  workDir: string,
): Promise<LighthouseResult> {
  const reports: v.InferOutput<typeof reportSchema>[] = [];
  for (let run = 0; run < runs; run += 1) {
    const outputPath = `${workDir}/lighthouse-${formFactor}-${run}.json`;
    rmSync(outputPath, { force: true });
    await runOnce(url, formFactor, chromePath, outputPath);
    reports.push(v.parse(reportSchema, JSON.parse(readFileSync(outputPath, 'utf8'))));
  }
  const score = (report: (typeof reports)[number], category: Category) => Math.round((report.categories[category]?.score ?? 0) * 100);
  const medianScore = (category: Category) => median(reports.map((report) => score(report, category)));
  const scores: Record<Category, number> = {
    performance: medianScore('performance'),
    accessibility: medianScore('accessibility'),
    'best-practices': medianScore('best-practices'),
    seo: medianScore('seo'),
  };
  const metricIds = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
  const metrics = Object.fromEntries(
    metricIds.map((id) => [id, median(reports.map((report) => report.audits[id]?.numericValue ?? Number.NaN))]),
  );
  const byPerformance = [...reports].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
  const middle = byPerformance[Math.floor(byPerformance.length / 2)];
  const failing = Object.entries(middle?.audits ?? {})
    .filter(([, audit]) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative')
    .map(([id, audit]) => `${id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
  return { runs, scores, metrics, failing };
}
