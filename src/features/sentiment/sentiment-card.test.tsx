import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { answer, answerText, hang } from '../../test/api-handlers';
import { server } from '../../test/msw-server';
import { renderWithProviders } from '../../test/render';
import { SentimentCard } from './sentiment-card';

const scope = { org: 'demo', userId: 'admin' };
const week = { from: '2026-11-24', to: '2026-11-30' };

function renderCard(props: Partial<Parameters<typeof SentimentCard>[0]> = {}) {
  return renderWithProviders(
    <SentimentCard scope={scope} period="7d" range={week} today="2026-11-30" {...props} />,
  );
}

describe('SentimentCard', () => {
  it('shows a loading state inside a labelled section', () => {
    server.use(hang('sentiment-count'));
    renderCard();
    const card = screen.getByRole('region', { name: 'Sentiment over time' });
    expect(card).toHaveAttribute('aria-busy', 'true');
    expect(within(card).getByText('Loading…')).toBeInTheDocument();
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
