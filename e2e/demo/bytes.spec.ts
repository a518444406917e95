import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect } from '@playwright/test';
import { test } from '../support/test';
import { card, expectDataShown } from '../support/dashboard';

// Byte budgets of the performance issue, on the build the server serves (`npm run test:e2e`
// builds it first). `npm run bench` prints the same figures beside the floor app's.
const CLIENT_DIR = process.env.E2E_CLIENT_DIR ?? 'dist/client';
/** Entry chunk and the chunks it imports, gzip -9: what runs before any card can render. */
const ENTRY_BUDGET = 110_000;
/**
 * Every script of the first view: at most 1.15 × the floor app (React, React DOM, TanStack Query
 * and one Recharts line chart: 192 kB gzip with React 19.3, TanStack Query 5.108, Recharts 3.11).
 * The first view is the entry alone (~108 kB): Recharts waits for the first interaction.
 */
const FIRST_VIEW_BUDGET = 221_000;
const CHART_SOURCE = 'src/features/sentiment/sentiment-chart.tsx';
const CALENDAR_SOURCE = 'src/components/range-calendar.tsx';
/** Chunks of their own that the first view must not load: each waits for what needs it. */
const INTERACTION_ONLY_SOURCES = [
  CHART_SOURCE,
  CALENDAR_SOURCE,
  'src/features/top-students/mentor-listbox.tsx',
  'src/app/shortcuts-overlay.tsx',
  'src/lib/csv.ts',
  // Only a signed-in person no allow rule lets in sees it.
  'src/app/access-refused.tsx',
];

interface Chunk {
  file: string;
  imports: string[];
  isEntry: boolean;
}

function readChunks(): Map<string, Chunk> {
  const manifest: unknown = JSON.parse(readFileSync(join(CLIENT_DIR, '.vite', 'manifest.json'), 'utf8'));
  const chunks = new Map<string, Chunk>();
  for (const [key, value] of Object.entries(typeof manifest === 'object' && manifest !== null ? manifest : {})) {
    if (typeof value !== 'object' || value === null) continue;
    const record: Record<string, unknown> = { ...value };
    if (typeof record.file !== 'string') continue;
    const imports = Array.isArray(record.imports) ? record.imports.filter((item) => typeof item === 'string') : [];
    chunks.set(key, { file: record.file, imports, isEntry: record.isEntry === true });
  }
  return chunks;
}

/** The files of the given chunks and of everything they import statically. */
function filesWithImports(chunks: Map<string, Chunk>, keys: string[]): Set<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = chunks.get(key);
    if (chunk === undefined || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.imports.forEach(visit);
  };
  keys.forEach(visit);
  return files;
}

const gzipSize = (file: string) => gzipSync(readFileSync(join(CLIENT_DIR, file)), { level: 9 }).length;
const total = (files: Iterable<string>) => [...files].reduce((sum, file) => sum + gzipSize(file), 0);

test('the entry script stays within its budget', () => {
  const chunks = readChunks();
  const entry = filesWithImports(chunks, [...chunks].filter(([, chunk]) => chunk.isEntry).map(([key]) => key));
  expect(entry.size).toBeGreaterThan(0);
  expect(total(entry), `entry: ${[...entry].join(', ')}`).toBeLessThanOrEqual(ENTRY_BUDGET);
});

test('the first view loads the entry only; Recharts comes with the first interaction, the calendar with its button', async ({ page }) => {
  const chunks = readChunks();
  const entry = filesWithImports(chunks, [...chunks].filter(([, chunk]) => chunk.isEntry).map(([key]) => key));
  const chart = chunks.get(CHART_SOURCE)?.file;
  const calendar = chunks.get(CALENDAR_SOURCE)?.file;
  expect(chart, 'the chart is a chunk of its own').toBeDefined();
  expect(calendar, 'the calendar is a chunk of its own').toBeDefined();
  for (const source of INTERACTION_ONLY_SOURCES) {
    const file = chunks.get(source)?.file;
    expect(file, `${source} is a chunk of its own`).toBeDefined();
    expect(entry.has(file ?? ''), `${source} is not in the entry`).toBe(false);
  }
  const mentorList = chunks.get('src/features/top-students/mentor-listbox.tsx')?.file;

  const scripts = new Set<string>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.endsWith('.js')) scripts.add(path.slice(1));
  });
  await page.goto('/');
  await expectDataShown(page);
  await page.waitForLoadState('networkidle');

  const firstView = [...scripts];
  expect(firstView.filter((file) => !entry.has(file)), 'scripts only an interaction needs').toEqual([]);
  expect(firstView, 'the mentor list waits for an interaction').not.toContain(mentorList);
  expect(total(firstView), `first view: ${firstView.join(', ')}`).toBeLessThanOrEqual(FIRST_VIEW_BUDGET);
  const sentiment = card(page, 'Sentiment over time');
  await expect(sentiment.getByTestId('sentiment-chart-plain')).toBeVisible();

  // The first pointer movement anywhere brings Recharts; it takes the plain chart's place.
  await page.mouse.move(5, 5);
  await expect(sentiment.getByTestId('sentiment-chart').locator('.recharts-line-curve')).toBeVisible();
  await expect(sentiment.getByTestId('sentiment-chart-plain')).toHaveCount(0);
  expect([...scripts]).toContain(chart);
  await expect.poll(() => [...scripts], { message: 'the mentor list comes with the first interaction' }).toContain(mentorList);

  await page.getByRole('button', { name: 'Custom…' }).click();
  await expect(page.getByRole('dialog', { name: 'Choose a date range' }).getByRole('grid').first()).toBeVisible();
  expect([...scripts]).toContain(calendar);
});
