import { expect, type Locator, type Page } from '@playwright/test';
import { test } from '../support/test';
import { card, expectDataShown, expectNoAxeViolations } from '../support/dashboard';

const DAY_MS = 86_400_000;

function day(offset: number): string {
  return new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);
}

function shift(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** A range as the page words it ("Nov 17 – 23, 2026"), spaces normalised. */
function words(from: string, to: string): string {
  const format = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'medium' });
  const text = from === to ? format.format(new Date(from)) : format.formatRange(new Date(from), new Date(to));
  return normalise(text);
}

function normalise(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The value beside a label in a card's figure list. */
function figure(region: Locator, label: string): Locator {
  return region.getByRole('term').filter({ hasText: new RegExp(`^${label.replace(/[()]/g, '\\$&')}$`) }).locator('xpath=following-sibling::dd[1]');
}

async function movementCells(page: Page) {
  const rows = card(page, 'Top students').getByRole('table').getByRole('row');
  const cells = await rows.locator('td:nth-child(4)').allTextContents();
  return cells;
}

test('compare on shows previous figures, deltas, movement and a faded line, with no axe violations', async ({ page }) => {
  await page.goto('/?compare=previous');
  await expectDataShown(page);

  const sentiment = card(page, 'Sentiment over time');
  await expect(sentiment.locator('.chart-line')).toHaveCount(2);
  await expect(sentiment.getByRole('list', { name: 'Chart lines' })).toContainText('Previous period');
  await expect(sentiment.getByTestId('sentiment-previous')).toHaveText(
    /^Previous period \(.+\): [\d,]+ · (▲ [\d.]+% more|▼ [\d.]+% fewer|no change|none before)$/,
  );
  await expect(sentiment.getByTestId('sentiment-summary')).toHaveText(
    /^[\d,]+ sentiment entries in the last 7 days, ([\d.]+% (more|fewer) than|as many as) the 7 days before\. Of [\d,]+ entries across all mentors: .+ positive \(((up|down) [\d.]+ points? from [\d.]+%|unchanged from [\d.]+%)\)/,
  );

  const cost = card(page, 'LLM cost');
  await expect(figure(cost, 'Previous period total')).toHaveText(/^\$[\d,.]+$/);
  const change = figure(cost, 'Change');
  await expect(change).toHaveText(/^(▲|▼) \$[\d,.]+$|^\$0\.00$/);
  const arrow = (await change.textContent())?.[0];
  // Lower is better for cost: a fall is green, a rise red.
  if (arrow === '▼') await expect(change).toHaveClass(/text-success/);
  if (arrow === '▲') await expect(change).toHaveClass(/text-destructive/);
  await expect(cost.getByTestId('cost-summary')).toHaveText(/^LLM cost was \$[\d,.]+ in the last 7 days \(\$[\d,.]+ a day\), /);

  const leaderboard = card(page, 'Top students');
  await expect(leaderboard.getByRole('columnheader')).toHaveText(['Rank', 'Student', 'Messages', 'Change']);
  await expect(leaderboard.getByText('loading')).toHaveCount(0);
  const markers = await movementCells(page);
  expect(markers).toHaveLength(20);
  for (const marker of markers) expect(marker).toMatch(/^(▲\d+up \d+ places? from rank \d+|▼\d+down \d+ places? from rank \d+|newnew in the top 20|=unchanged at rank \d+)$/);
  // Over a week, the demo's top 20 always moves.
  expect(markers.some((marker) => /^[▲▼]|^new/.test(marker))).toBe(true);
  await expect(leaderboard.getByTestId('top-students-summary')).toContainText('against the 7 days before');

  await expectNoAxeViolations(page);
  await sentiment.getByRole('button', { name: 'Show table' }).click();
  const table = sentiment.getByRole('table', { name: 'Daily sentiment entries' });
  await expect(table.getByRole('columnheader')).toHaveText(['Date', 'Sentiment entries', 'Previous period date', 'Previous period entries']);
  await expect(table.getByRole('row')).toHaveCount(8);
  await expectNoAxeViolations(page);
});

test('the previous period has the length of the current one, for every preset and a custom range', async ({ page }) => {
  const cases: [string, string, string][] = [
    ['today', day(0), day(0)],
    ['yesterday', day(-1), day(-1)],
    ['7d', day(-6), day(0)],
    ['30d', day(-29), day(0)],
    ['90d', day(-89), day(0)],
    [`custom&from=${day(-40)}&to=${day(-20)}`, day(-40), day(-20)],
  ];
  for (const [period, from, to] of cases) {
    await page.goto(`/?period=${period}&compare=previous`);
    await expectDataShown(page);
    const length = (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;
    const previous = words(shift(from, -length), shift(from, -1));
    expect(normalise(await card(page, 'LLM cost').getByText(/^Compared with /).textContent())).toBe(`Compared with ${previous} (UTC)`);
    expect(normalise(await card(page, 'Top students').getByText(/^Change in rank against/).textContent())).toBe(
      `Change in rank against the top 20 of ${previous} (UTC).`,
    );
    if (period !== '90d') {
      expect(normalise(await card(page, 'Sentiment over time').getByTestId('sentiment-previous').textContent())).toMatch(
        new RegExp(`^Previous period \\(${previous.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\): `),
      );
    }
  }
});

test('says plainly that the 90 days before a 90-day view are beyond the API', async ({ page }) => {
  await page.goto('/?period=90d&compare=previous');
  await expectDataShown(page);
  const sentiment = card(page, 'Sentiment over time');
  await expect(sentiment.getByText(/so the previous period \(.+\) cannot be compared\.$/)).toBeVisible();
  await expect(sentiment.locator('.chart-line')).toHaveCount(1);
  await expect(sentiment.getByTestId('sentiment-previous')).toHaveCount(0);
  await expect(sentiment.getByTestId('sentiment-summary')).toContainText('no comparison, because');
  // Cost and the leaderboard take dates, so they still compare.
  await expect(figure(card(page, 'LLM cost'), 'Previous period total')).toBeVisible();
  await expect(card(page, 'Top students').getByRole('columnheader', { name: 'Change' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the month so far projects to the month’s end and warns over budget', async ({ page }) => {
  const today = day(0);
  const monthStart = `${today.slice(0, 8)}01`;
  await page.goto(`/?period=custom&from=${monthStart}&to=${today}&budget=1`);
  await expectDataShown(page);
  const cost = card(page, 'LLM cost');
  await expect(figure(cost, 'Projected month end')).toHaveText(/^\$[\d,.]+$/);
  await expect(figure(cost, 'Monthly budget')).toHaveText('$1.00');
  await expect(figure(cost, 'Budget used')).toHaveText(/^[\d,.]+%$/);
  await expect(cost.getByTestId('budget-bar')).toBeVisible();
  // The demo org spends more than a dollar a month.
  await expect(cost.getByText(/^(Warning|Over budget):/)).toBeVisible();
  await expectNoAxeViolations(page);

  const field = cost.getByRole('textbox', { name: 'Monthly budget ($)' });
  await expect(field).toHaveValue('1');
  await field.fill('9000000');
  await field.press('Enter');
  await expect(page).toHaveURL(/[?&]budget=9000000(&|$)/);
  await expect(figure(cost, 'Monthly budget')).toHaveText('$9,000,000.00');
  await expect(cost.getByText('Within budget at this rate.')).toBeVisible();
  await cost.getByRole('button', { name: 'Remove' }).click();
  await expect(page).not.toHaveURL(/budget=/);
  await expect(figure(cost, 'Monthly budget')).toHaveCount(0);
});

test('from another range, “This month so far” leads to the projection', async ({ page }) => {
  await page.goto('/?period=90d');
  await expectDataShown(page);
  const cost = card(page, 'LLM cost');
  await expect(figure(cost, 'Projected month end')).toHaveCount(0);
  await cost.getByRole('button', { name: 'This month so far' }).click();
  await expect(page).not.toHaveURL(/period=90d/);
  await expectDataShown(page);
  await expect(figure(cost, 'Projected month end')).toHaveText(/^\$[\d,.]+$/);
});

test('the toggle and the x key switch the comparison, one history entry each', async ({ page }) => {
  await page.goto('/');
  await expectDataShown(page);
  const toggle = page.getByRole('navigation', { name: 'Dashboard filters' }).getByRole('button', { name: 'Compare with previous period' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page).toHaveURL(/\/\?compare=previous$/);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(card(page, 'Sentiment over time').locator('.chart-line')).toHaveCount(2);

  await page.keyboard.press('x');
  await expect(page).toHaveURL(/\/$/);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(card(page, 'Sentiment over time').locator('.chart-line')).toHaveCount(1);
  await page.goBack();
  await expect(page).toHaveURL(/\/\?compare=previous$/);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  // And the toggle's own entry: one more Back is the page as it was opened.
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
});

test('compare and budget pass axe in dark mode too', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ colorScheme: 'dark', locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  const today = day(0);
  await page.goto(`${baseURL}/?period=custom&from=${today.slice(0, 8)}01&to=${today}&compare=previous&budget=1`);
  await expectDataShown(page);
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(card(page, 'Top students').getByText('loading')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await context.close();
});
