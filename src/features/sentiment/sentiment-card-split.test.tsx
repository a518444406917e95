import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureCsvDownloads, readCsv } from '../../lib/csv-testing';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { answer, hang } from '../../test/api-handlers';
import { server } from '../../test/msw-server';
import { renderWithProviders } from '../../test/render';
import { SentimentCard } from './sentiment-card';

const scope = { org: 'demo', userId: 'admin' };
const week = { from: '2026-11-24', to: '2026-11-30' };
const LINE = [
  { date: '2026-11-24T00:00:00Z', sentiment_count: 12 },
  { date: '2026-11-26T00:00:00Z', sentiment_count: 30 },
];
const SPLIT = { sentiment_distribution: { positive: 61.54, negative: '12.31', neutral: 26.15 }, total_sentiments: 130 };
const BEFORE = { sentiment_distribution: { positive: 58.33, negative: 16.67, neutral: 25 }, total_sentiments: 120 };

function renderCard(props: Partial<Parameters<typeof SentimentCard>[0]> = {}) {
  return renderWithProviders(<SentimentCard scope={scope} period="7d" range={week} today="2026-11-30" {...props} />);
}

const part = () => screen.getByRole('region', { name: /^How students felt/ });
const share = (name: string) => within(part()).getAllByRole('listitem').find((item) => item.textContent?.startsWith(name));

/** The split for the view and, told apart by its dates, for the previous period (Nov 17 – 23). */
function answerSplits(previous: { status: number; body: JsonBodyType } = { status: 200, body: BEFORE }) {
  const seen: string[] = [];
  const handler = http.get('*/api/ai-analytics/orgs/:org/users/:user/user-sentiment/', ({ request }) => {
    const query = new URL(request.url).searchParams;
    seen.push(query.toString());
    return query.get('start_date') === '2026-11-17'
      ? HttpResponse.json(previous.body, { status: previous.status })
      : HttpResponse.json(SPLIT);
  });
  server.use(handler);
  return seen;
}

beforeEach(() => {
  server.use(answer('sentiment-count', LINE).handler);
});

describe('the sentiment card’s split', () => {
  it('shows each share with one decimal, the entries it was computed from, and that it covers all mentors', async () => {
    const { handler, seen } = answer('user-sentiment', SPLIT);
    server.use(handler);
    renderCard();
    expect(await within(await screen.findByRole('region', { name: /^How students felt/ })).findByText('130 entries')).toBeInTheDocument();
    expect(part()).toHaveAccessibleName('How students felt · all mentors');
    expect(share('Positive')).toHaveTextContent('Positive 61.5%');
    expect(share('Neutral')).toHaveTextContent('Neutral 26.2%');
    expect(share('Negative')).toHaveTextContent('Negative 12.3%');
    expect(within(part()).getByRole('img')).toHaveAccessibleName('Positive 61.5%, Neutral 26.2%, Negative 12.3%');
    expect(seen.map((query) => query.toString())).toEqual(['start_date=2026-11-24&end_date=2026-11-30']);
    // The line is there beside it, and the screen-reader summary reads both.
    expect(screen.getByText(/entries in range/)).toHaveTextContent('42 entries in range');
    expect(screen.getByTestId('sentiment-summary')).toHaveTextContent(
      '42 sentiment entries in the last 7 days. Of 130 entries across all mentors: 61.5% positive, 26.2% neutral, 12.3% negative.',
    );
  });

  it('has a table twin with the shares and the count', async () => {
    server.use(answer('user-sentiment', SPLIT).handler);
    renderCard();
    await within(await screen.findByRole('region', { name: /^How students felt/ })).findByText('130 entries');
    await userEvent.click(screen.getByRole('button', { name: 'Show table' }));
    const table = screen.getByRole('table', { name: 'Share of sentiment entries by label, all mentors' });
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'SentimentShare',
      'Positive61.5%',
      'Neutral26.2%',
      'Negative12.3%',
      'Entries130',
    ]);
  });

  it('says there is nothing to split when the range has no entries, instead of 0 % three times', async () => {
    server.use(answer('user-sentiment', { sentiment_distribution: {}, total_sentiments: 0 }).handler);
    renderCard();
    expect(await within(await screen.findByRole('region', { name: /^How students felt/ })).findByText(/No entries to split/)).toBeInTheDocument();
    expect(within(part()).queryByText('0.0%')).not.toBeInTheDocument();
    expect(within(part()).queryByRole('img')).not.toBeInTheDocument();
  });

  it('keeps a failure of the split in its part, with its message and a Retry that asks again; the line stays', async () => {
    server.use(answer('user-sentiment', { detail: 'Sentiment service exploded.' }, { status: 500 }).handler);
    renderCard();
    const alert = await within(await screen.findByRole('region', { name: /^How students felt/ })).findByRole('alert');
    expect(alert).toHaveTextContent('Sentiment service exploded.');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(await screen.findByText(/entries in range/)).toHaveTextContent('42 entries in range');

    const { handler, seen } = answer('user-sentiment', SPLIT);
    server.use(handler);
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(part()).findByText('130 entries')).toBeInTheDocument();
    expect(seen).toHaveLength(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('still shows the split when the line fails', async () => {
    server.use(answer('sentiment-count', { detail: 'Organization not found.' }, { status: 404 }).handler, answer('user-sentiment', SPLIT).handler);
    renderCard();
    expect(await screen.findByText(/Organization not found/)).toBeInTheDocument();
    expect(await within(part()).findByText('130 entries')).toBeInTheDocument();
  });

  it('gives the split of a range wholly older than the line reaches, and says why the line is missing', async () => {
    const { handler, seen } = answer('user-sentiment', SPLIT);
    server.use(handler, answer('sentiment-count', []).handler);
    renderCard({ period: 'custom', range: { from: '2026-07-01', to: '2026-07-31' } });
    expect(await screen.findByText(/no daily line for/)).toHaveTextContent(
      /^The API keeps daily sentiment for the last 90 days only, so there is no daily line for Jul 1\s–\s31, 2026; the split above covers these dates\.$/,
    );
    expect(await within(part()).findByText('130 entries')).toBeInTheDocument();
    expect(seen.map(String)).toEqual(['start_date=2026-07-01&end_date=2026-07-31']);
  });

  it('shows a loading state of its own while the split is on its way', async () => {
    server.use(hang('user-sentiment'));
    renderCard();
    await screen.findByText(/entries in range/);
    expect(part()).toHaveAttribute('aria-busy', 'true');
    expect(within(part()).getByText('Loading…')).toBeInTheDocument();
  });
});

describe('the split compared with the previous period', () => {
  let downloads: ReturnType<typeof captureCsvDownloads> | null = null;
  afterEach(() => downloads?.restore());

  it('shows the change in points, up and down in words, and the previous period’s count', async () => {
    const seen = answerSplits();
    renderCard({ compare: true });
    await within(await screen.findByRole('region', { name: /^How students felt/ })).findByText(/\+3\.2 pts/);
    expect(share('Positive')).toHaveTextContent('Positive 61.5% (+3.2 pts) ▲ up from 58.3%');
    expect(share('Neutral')).toHaveTextContent('Neutral 26.2% (+1.2 pts) ▲ up from 25.0%');
    expect(share('Negative')).toHaveTextContent('Negative 12.3% (-4.4 pts) ▼ down from 16.7%');
    expect(within(part()).getByTestId('split-previous')).toHaveTextContent(/^Change in percentage points against Nov 17\s–\s23, 2026 \(120 entries\)\.$/);
    expect([...seen].sort()).toEqual([
      'start_date=2026-11-17&end_date=2026-11-23',
      'start_date=2026-11-24&end_date=2026-11-30',
    ]);
    expect(screen.getByTestId('sentiment-summary')).toHaveTextContent('61.5% positive (up 3.2 points from 58.3%)');
  });

  it('exports the shares and the count beside the days, with the same provenance lines', async () => {
    answerSplits();
    downloads = captureCsvDownloads();
    renderCard({ compare: true });
    await within(await screen.findByRole('region', { name: /^How students felt/ })).findByText(/\+3\.2 pts/);
    await userEvent.click(screen.getByRole('button', { name: /^Export CSV/ }));
    await waitFor(() => expect(downloads?.files).toHaveLength(1));
    const csv = await readCsv(downloads!.files[0]!);
    expect(csv.errors).toEqual([]);
    expect(csv.comments).toContain('# mentor: all (this card is not filtered by mentor)');
    expect(csv.comments).toContain('# previous period: 2026-11-17..2026-11-23 (UTC)');
    expect(csv.header).toEqual(['Date', 'Sentiment entries', 'Previous period date', 'Previous period entries']);
    expect(csv.rows).toHaveLength(7);
    expect(csv.sections[1]).toEqual({
      header: ['Measure', 'Value', 'Unit'],
      rows: [
        ['Positive share', '61.54', '%'],
        ['Neutral share', '26.15', '%'],
        ['Negative share', '12.31', '%'],
        ['Entries', '130', 'entries'],
        ['Previous period positive share', '58.33', '%'],
        ['Previous period neutral share', '25', '%'],
        ['Previous period negative share', '16.67', '%'],
        ['Previous period entries', '120', 'entries'],
        ['Positive share change', '3.2', 'points'],
        ['Neutral share change', '1.2', 'points'],
        ['Negative share change', '-4.4', 'points'],
      ],
    });
  });

  it('says when the previous split failed, with its own Retry, and keeps the current split', async () => {
    answerSplits({ status: 400, body: { detail: 'Try later.' } });
    renderCard({ compare: true });
    await within(await screen.findByRole('region', { name: /^How students felt/ })).findByText('130 entries');
    expect(await within(part()).findByRole('button', { name: 'Retry previous period' })).toBeInTheDocument();
    expect(share('Positive')).toHaveTextContent(/^Positive 61\.5%$/);
  });
});
