import { readFile } from 'node:fs/promises';
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { test } from '../support/test';
import { card, chartLine, expectDataShown, expectNoAxeViolations } from '../support/dashboard';

const DAY_MS = 86_400_000;

function day(offset: number): string {
  return new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);
}

interface Split {
  sentiment_distribution: Record<'positive' | 'neutral' | 'negative', number>;
  total_sentiments: number;
}

const LABELS = ['positive', 'neutral', 'negative'] as const;
const NAMES = { positive: 'Positive', neutral: 'Neutral', negative: 'Negative' } as const;
const share = (percent: number) =>
  new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(percent / 100);
const count = (value: number) => new Intl.NumberFormat('en-US').format(value);
const points = (current: number, previous: number) => {
  const change = Math.round((Math.round(current * 10) / 10 - Math.round(previous * 10) / 10) * 10) / 10 + 0;
  return `${new Intl.NumberFormat('en-US', { signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(change)} pts`;
};

/** The demo API's own answer for the range, asked directly. */
async function apiSplit(request: APIRequestContext, from: string, to: string): Promise<Split> {
  const response = await request.get(`/api/ai-analytics/orgs/demo/users/admin/user-sentiment/?start_date=${from}&end_date=${to}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as Split;
}

function splitPart(page: Page): Locator {
  return card(page, 'Sentiment over time').getByRole('region', { name: /^How students felt/ });
}

async function expectSplitShown(part: Locator, answer: Split) {
  for (const label of LABELS) {
    await expect(part.getByRole('listitem').filter({ hasText: NAMES[label] })).toContainText(
      `${NAMES[label]} ${share(answer.sentiment_distribution[label])}`,
    );
  }
  await expect(part).toContainText(`${count(answer.total_sentiments)} entries`);
  await expect(part).toContainText('all mentors');
}

test('the split on screen is the demo API’s answer for the range, with its count, for all mentors', async ({ page }) => {
  await page.goto('/?period=30d');
  await expectDataShown(page);
  const answer = await apiSplit(page.request, day(-29), day(0));
  expect(answer.total_sentiments).toBeGreaterThan(0);
  const part = splitPart(page);
  await expectSplitShown(part, answer);
  await expect(part.getByRole('img')).toHaveAttribute(
    'aria-label',
    LABELS.map((label) => `${NAMES[label]} ${share(answer.sentiment_distribution[label])}`).join(', '),
  );
  // The screen-reader summary reads the split too.
  await expect(page.getByTestId('sentiment-summary')).toContainText(`Of ${count(answer.total_sentiments)} entries across all mentors:`);

  // A mentor filter changes the leaderboard, not the split.
  const mentors = (await (await page.request.get('/api/ai-search/orgs/demo/users/admin/my-mentors/?limit=1')).json()) as {
    results: { unique_id: string }[];
  };
  const mentor = mentors.results[0]?.unique_id ?? '';
  expect(mentor).not.toBe('');
  const before = await part.textContent();
  await page.goto(`/?period=30d&mentor=${mentor}`);
  await expect(chartLine(page)).toBeVisible();
  await expectSplitShown(splitPart(page), answer);
  expect(await splitPart(page).textContent()).toBe(before);
});

test('with Compare, the previous period’s split and the change in points, up and down in words', async ({ page }) => {
  await page.goto('/?period=30d&compare=previous');
  await expectDataShown(page);
  const current = await apiSplit(page.request, day(-29), day(0));
  const previous = await apiSplit(page.request, day(-59), day(-30));
  const part = splitPart(page);
  for (const label of LABELS) {
    const now = current.sentiment_distribution[label];
    const then = previous.sentiment_distribution[label];
    const item = part.getByRole('listitem').filter({ hasText: NAMES[label] });
    await expect(item).toContainText(`${NAMES[label]} ${share(now)} (${points(now, then)})`);
    const direction = points(now, then).startsWith('+') ? 'up' : points(now, then).startsWith('-') ? 'down' : 'unchanged';
    await expect(item).toContainText(`${direction} from ${share(then)}`);
  }
  await expect(part).toContainText(`${count(previous.total_sentiments)} entries`);
  await expectNoAxeViolations(page);
});

test('a custom range reaching past the last 90 days gets the split of exactly its days', async ({ page }) => {
  const from = day(-150);
  const to = day(-100);
  await page.goto(`/?period=custom&from=${from}&to=${to}`);
  // The line cannot reach these days; the split, which takes dates, can.
  await expect(card(page, 'Sentiment over time')).toContainText('keeps daily sentiment for the last 90 days only, so there is no daily line');
  const answer = await apiSplit(page.request, from, to);
  expect(answer.total_sentiments).toBeGreaterThan(0);
  await expectSplitShown(splitPart(page), answer);
});

test('the table twin and the CSV hold the split', async ({ page }) => {
  await page.goto('/?period=7d');
  await expectDataShown(page);
  const answer = await apiSplit(page.request, day(-6), day(0));
  const sentiment = card(page, 'Sentiment over time');
  await sentiment.getByRole('button', { name: 'Show table' }).click();
  const table = sentiment.getByRole('table', { name: /Share of sentiment entries by label/ });
  for (const label of LABELS) {
    await expect(table.getByRole('row', { name: new RegExp(`^${NAMES[label]}`) })).toContainText(share(answer.sentiment_distribution[label]));
  }
  await expect(table.getByRole('row', { name: /^Entries/ })).toContainText(count(answer.total_sentiments));

  const [download] = await Promise.all([page.waitForEvent('download'), sentiment.getByRole('button', { name: /^Export CSV/ }).click()]);
  const text = await readFile(await download.path(), 'utf8');
  const lines = text.replace(/^\ufeff/, '').split('\r\n');
  expect(lines).toContain('# mentor: all (this card is not filtered by mentor)');
  expect(lines).toContain(`# range: ${day(-6)}..${day(0)} (UTC)`);
  for (const label of LABELS) expect(lines).toContain(`${NAMES[label]} share,${answer.sentiment_distribution[label]},%`);
  expect(lines).toContain(`Entries,${answer.total_sentiments},entries`);
});
