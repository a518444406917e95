import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureCsvDownloads, readCsv } from '../../lib/csv-testing';
import { eachDay } from '../../../shared/utc-day';
import { answer, answerText, hang } from '../../test/api-handlers';
import { server } from '../../test/msw-server';
import { renderWithProviders } from '../../test/render';
import { SentimentCard } from './sentiment-card';

const scope = { org: 'demo', userId: 'admin' };
const week = { from: '2026-11-24', to: '2026-11-30' };

// The split beside the line has its own call and tests (sentiment-card-split.test.tsx); here it just answers.
beforeEach(() => {
  server.use(answer('user-sentiment', { sentiment_distribution: { positive: 60, neutral: 30, negative: 10 }, total_sentiments: 10 }).handler);
});

function renderCard(props: Partial<Parameters<typeof SentimentCard>[0]> = {}) {
  return renderWithProviders(
    <SentimentCard scope={scope} period="7d" range={week} today="2026-11-30" {...props} />,
  );
}

describe('SentimentCard', () => {
  it('shows a loading state inside a labelled section', () => {
    server.use(hang('sentiment-count'), hang('user-sentiment'));
    renderCard();
    const card = screen.getByRole('region', { name: 'Sentiment over time' });
    expect(card).toHaveAttribute('aria-busy', 'true');
    // The line and the split beside it each say so.
    expect(within(card).getAllByText('Loading…')).toHaveLength(2);
  });

  it('shows the range total, and the days as a table with missing days as zero', async () => {
    const { handler, seen } = answer('sentiment-count', [
      { date: '2026-11-24T00:00:00Z', sentiment_count: 12 },
      { date: '2026-11-26T00:00:00Z', sentiment_count: 30 },
    ]);
    server.use(handler);
    renderCard();
    expect(await screen.findByText(/entries in range/)).toHaveTextContent('42 entries in range');
    expect(seen[0]?.get('period')).toBe('7d');
    await userEvent.click(screen.getByRole('button', { name: 'Show table' }));
    const table = screen.getByRole('table', { name: 'Daily sentiment entries' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(8);
    expect(within(rows[1]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Nov 24, 2026', '12']);
    expect(within(rows[2]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Nov 25, 2026', '0']);
  });

  it('accepts the mock server’s nested list and conversation_count', async () => {
    server.use(answer('sentiment-count', [[{ date: '2026-11-30T00:00:00Z', conversation_count: 7 }]]).handler);
    renderCard();
    expect(await screen.findByText(/entries in range/)).toHaveTextContent('7 entries in range');
  });

  it('asks a custom range of the covering preset and says what lies beyond 90 days', async () => {
    const { handler, seen } = answer('sentiment-count', [{ date: '2026-09-02T00:00:00Z', sentiment_count: 5 }]);
    server.use(handler);
    renderCard({ period: 'custom', range: { from: '2026-08-30', to: '2026-09-05' } });
    expect(await screen.findByText(/keeps daily sentiment for the last 90 days only/)).toHaveTextContent(
      'Aug 30 – Sep 1, 2026 is drawn as zero',
    );
    expect(seen[0]?.get('period')).toBe('90d');
  });

  it('says so when the range has no entries', async () => {
    server.use(answer('sentiment-count', []).handler);
    renderCard();
    expect(await screen.findByText(/No sentiment entries in this range/)).toBeInTheDocument();
  });

  it('shows the API’s error with a Retry button that asks again', async () => {
    server.use(answer('sentiment-count', { detail: 'Organization not found.' }, { status: 404 }).handler);
    renderCard();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The org “demo” was not found (Organization not found.)');
    server.use(answer('sentiment-count', [{ date: '2026-11-30T00:00:00Z', sentiment_count: 3 }]).handler);
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(await screen.findByText(/entries in range/)).toHaveTextContent('3 entries in range');
  });

  it('turns an unexpected shape or an HTML error page into a readable message', async () => {
    server.use(answer('sentiment-count', [{ date: 'yesterday', sentiment_count: 'many' }]).handler);
    renderCard();
    expect(await screen.findByRole('alert')).toHaveTextContent('unexpected shape ([0].date: expected an ISO date)');
  });

  it('falls back to the status text for an HTML error page', async () => {
    server.use(answerText('sentiment-count', '<html><body>Bad gateway</body></html>', 502));
    renderCard();
    expect(await screen.findByRole('alert')).toHaveTextContent('The analytics API failed (502: Bad Gateway)');
  });
});

describe('SentimentCard compared with the previous period', () => {
  // 10 a day until Nov 23, 12 a day from Nov 24: this week 84, the week before 70.
  const november = eachDay('2026-09-02', '2026-11-30').map((day) => ({
    date: `${day}T00:00:00Z`,
    sentiment_count: day >= '2026-11-24' ? 12 : 10,
  }));
  let downloads: ReturnType<typeof captureCsvDownloads> | null = null;
  afterEach(() => downloads?.restore());

  it('asks 30 days for a 7-day view and shows the previous total, the change and a sentence', async () => {
    const { handler, seen } = answer('sentiment-count', november);
    server.use(handler);
    renderCard({ compare: true });
    expect(await screen.findByText(/entries in range/)).toHaveTextContent('84 entries in range');
    expect(seen.map((query) => query.get('period'))).toEqual(['30d']);
    expect(screen.getByTestId('sentiment-previous')).toHaveTextContent(/^Previous period \(Nov 17\s–\s23, 2026\): 70 · ▲ 20% more$/);
    expect(screen.getByTestId('sentiment-summary')).toHaveTextContent(
      '84 sentiment entries in the last 7 days, 20% more than the 7 days before.',
    );
    expect(screen.getByRole('list', { name: 'Chart lines' })).toHaveTextContent(/Previous period, Nov 17\s–\s23, 2026/);

    await userEvent.click(screen.getByRole('button', { name: 'Show table' }));
    const table = screen.getByRole('table', { name: 'Daily sentiment entries' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Date',
      'Sentiment entries',
      'Previous period date',
      'Previous period entries',
    ]);
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(8);
    expect(within(rows[1]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Nov 24, 2026', '12', 'Nov 17, 2026', '10']);
  });

  it('says plainly that the 90 days before a 90-day view are beyond the API', async () => {
    const { handler, seen } = answer('sentiment-count', november);
    server.use(handler);
    renderCard({ compare: true, period: '90d', range: { from: '2026-09-02', to: '2026-11-30' } });
    expect(await screen.findByText(/so the previous period .* cannot be compared/)).toHaveTextContent(
      /The API keeps daily sentiment for the last 90 days only, so the previous period \(Jun 4\s–\sSep 1, 2026\) cannot be compared\./,
    );
    expect(seen[0]?.get('period')).toBe('90d');
    expect(screen.queryByTestId('sentiment-previous')).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Chart lines' })).not.toBeInTheDocument();
    expect(screen.getByTestId('sentiment-summary')).toHaveTextContent(/; no comparison, because Jun 4\s–\sSep 1, 2026 of the 90 days before is older than the 90 days the API keeps\. Of 10 entries across all mentors: /);
  });

  it('says the sentence without a comparison when comparing is off', async () => {
    server.use(answer('sentiment-count', november).handler);
    renderCard();
    expect(await screen.findByTestId('sentiment-summary')).toHaveTextContent(
      /^84 sentiment entries in the last 7 days\. Of 10 entries across all mentors: 60\.0% positive, 30\.0% neutral, 10\.0% negative\.$/,
    );
    expect(screen.queryByTestId('sentiment-previous')).not.toBeInTheDocument();
  });

  it('exports the table’s rows with the org, range, previous period and link on top', async () => {
    server.use(answer('sentiment-count', november).handler);
    downloads = captureCsvDownloads();
    renderCard({ compare: true });
    await screen.findByText(/entries in range/);
    await userEvent.click(screen.getByRole('button', { name: 'Show table' }));
    await userEvent.click(screen.getByRole('button', { name: /^Export CSV/ }));
    await waitFor(() => expect(downloads?.files).toHaveLength(1));
    const file = downloads!.files[0]!;
    expect(file.name).toBe('sentiment_demo_2026-11-24_2026-11-30.csv');
    const csv = await readCsv(file);
    expect(csv.errors).toEqual([]);
    expect(csv.comments).toEqual([
      '# Sentiment over time',
      '# org: demo',
      '# mentor: all (this card is not filtered by mentor)',
      '# range: 2026-11-24..2026-11-30 (UTC)',
      '# previous period: 2026-11-17..2026-11-23 (UTC)',
      `# link: ${window.location.href}`,
      `# link for these dates: ${window.location.origin}/?period=custom&from=2026-11-24&to=2026-11-30`,
    ]);
    const table = screen.getByRole('table', { name: 'Daily sentiment entries' });
    const shown = within(table).getAllByRole('row').slice(1);
    expect(csv.header).toEqual(within(table).getAllByRole('columnheader').map((cell) => cell.textContent));
    expect(csv.rows).toHaveLength(shown.length);
    expect(csv.rows[0]).toEqual(['2026-11-24', '12', '2026-11-17', '10']);
    expect(csv.rows.at(-1)).toEqual(['2026-11-30', '12', '2026-11-23', '10']);
  });
});
