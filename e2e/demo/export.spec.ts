import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { test } from '../support/test';
import Papa from 'papaparse';
import { card, expectDataShown } from '../support/dashboard';
import { demoMentor } from '../support/mentors';

const python = demoMentor('python-lab');

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

/** Clicks a card's Export CSV and reads the file: its name, comment lines, header and rows. */
async function exportCsv(page: Page, region: Locator) {
  const [download] = await Promise.all([page.waitForEvent('download'), region.getByRole('button', { name: /^Export CSV/ }).click()]);
  const text = await readFile(await download.path(), 'utf8');
  // The first table is the card's rows; the sentiment card adds its split as a second, a blank line below.
  const parsed = Papa.parse<string[]>(text.split('\r\n\r\n')[0] ?? '', { comments: '#', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header = [], ...rows] = parsed.data;
  const comments = text
    .replace(/^\ufeff/, '')
    .split('\r\n')
    .filter((line) => line.startsWith('#'));
  return { name: download.suggestedFilename(), comments, header, rows };
}

/** The table's body rows as the cells' text. */
async function tableRows(table: Locator) {
  const rows = table.getByRole('row');
  const count = await rows.count();
  const cells: string[][] = [];
  for (let index = 1; index < count; index += 1) cells.push(await rows.nth(index).getByRole('cell').allTextContents());
  return cells;
}

const asDay = (iso: string) => new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'medium' }).format(new Date(iso));
const asCount = (value: string) => Number(value).toLocaleString('en-US');

test('the leaderboard CSV holds the rows on screen, with org, mentor, range and link on top', async ({ page }) => {
  await page.goto(`/?period=30d&mentor=${python.id}&compare=previous`);
  await expectDataShown(page);
  const leaderboard = card(page, 'Top students');
  await expect(leaderboard.getByText('loading')).toHaveCount(0);
  const csv = await exportCsv(page, leaderboard);

  const from = day(-29);
  const to = day(0);
  // The mentor by name in the file name, by name and id in the file.
  expect(csv.name).toBe(`top-students_demo_Python-Lab_${from}_${to}.csv`);
  expect(csv.comments).toEqual([
    '# Top students',
    '# org: demo',
    `# mentor: Python Lab (${python.id})`,
    `# range: ${from}..${to} (UTC)`,
    expect.stringMatching(/^# previous period: \d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2} \(UTC\)$/),
    `# link: ${page.url()}`,
    expect.stringMatching(new RegExp(`^# link for these dates: .*period=custom.*&from=${from}&to=${to}$`)),
  ]);
  expect(csv.header).toEqual(['Rank', 'Student', 'Messages', 'Previous rank', 'Change']);

  const shown = await tableRows(leaderboard.getByRole('table'));
  expect(shown.length).toBeGreaterThan(0);
  expect(csv.rows).toHaveLength(shown.length);
  csv.rows.forEach((row, index) => {
    const [rank, student, messages, , change] = row;
    const cells = shown[index] ?? [];
    expect([rank, student, asCount(messages ?? '')]).toEqual(cells.slice(0, 3));
    const marker = cells[3] ?? '';
    const expected =
      change === 'new' ? /^new/ : change === 'same' ? /^=/ : change?.startsWith('up ') ? new RegExp(`^▲${change.slice(3)}up`) : new RegExp(`^▼${change?.slice(5)}down`);
    expect(marker).toMatch(expected);
  });
});

test('the sentiment CSV holds the table’s days for the same URL', async ({ page }) => {
  await page.goto('/?period=30d');
  await expectDataShown(page);
  const sentiment = card(page, 'Sentiment over time');
  await sentiment.getByRole('button', { name: 'Show table' }).click();
  const csv = await exportCsv(page, sentiment);

  expect(csv.name).toBe(`sentiment_demo_${day(-29)}_${day(0)}.csv`);
  expect(csv.comments).toContain('# mentor: all (this card is not filtered by mentor)');
  expect(csv.comments).toContain(`# range: ${day(-29)}..${day(0)} (UTC)`);
  const table = sentiment.getByRole('table', { name: 'Daily sentiment entries' });
  expect(csv.header).toEqual(await table.getByRole('columnheader').allTextContents());
  const shown = await tableRows(table);
  expect(shown).toHaveLength(30);
  expect(csv.rows.map(([date = '', count = '']) => [asDay(date), asCount(count)])).toEqual(shown);
});

test('the cost CSV has one row per figure on the card', async ({ page }) => {
  await page.goto(`/?period=custom&from=${day(-20)}&to=${day(-6)}&compare=previous`);
  await expectDataShown(page);
  const cost = card(page, 'LLM cost');
  await expect(cost.getByRole('term').filter({ hasText: 'Previous period total' })).toBeVisible();
  const csv = await exportCsv(page, cost);

  expect(csv.name).toBe(`llm-cost_demo_${day(-20)}_${day(-6)}.csv`);
  expect(csv.comments).toContain(`# link: ${page.url()}`);
  expect(csv.header).toEqual(['Measure', 'Value', 'Unit']);
  const labels = await cost.getByRole('term').allTextContents();
  expect(csv.rows.map((row) => row[0])).toEqual(labels);
  const values = await cost.getByRole('definition').allTextContents();
  csv.rows.forEach(([, value = '', unit], index) => {
    const shown = Number((values[index] ?? '').replace(/[^\d.]/g, ''));
    // The screen rounds to cents (or whole percent); the file keeps the precision.
    expect(Math.abs(Math.abs(Number(value)) - shown)).toBeLessThanOrEqual(unit === '%' ? 0.5 : 0.005);
  });
});
