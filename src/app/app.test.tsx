import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UrlUpdateEvent } from '../state/url-search';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answer } from '../test/api-handlers';
import { server } from '../test/msw-server';
import { renderWithProviders } from '../test/render';
import { App } from './app';

function serveAll() {
  const sentiment = answer('sentiment-count', [{ date: '2026-11-30T00:00:00Z', sentiment_count: 9 }]);
  const split = answer('user-sentiment', { sentiment_distribution: { positive: 50, neutral: 30, negative: 20 }, total_sentiments: 9 });
  const cost = answer('tenant-cost', { total_cost: 12.5 });
  const students = answer('top-students-by-chat-messages', [{ username: 'maria.garcia', chat_message_count: 4 }]);
  const mentors = answer('my-mentors', { count: 1, results: [{ unique_id: ESSAY, name: 'Essay Writing Tutor' }] });
  server.use(sentiment.handler, split.handler, cost.handler, students.handler, mentors.handler);
  return { sentiment: sentiment.seen, split: split.seen, cost: cost.seen, students: students.seen, mentors: mentors.seen };
}

const ESSAY = '7c7566a1-b398-42a1-9f11-fbf22e1be91f';

describe('App', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-30T15:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('shows the three cards, the org and the demo badge', async () => {
    serveAll();
    renderWithProviders(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Mentor analytics' })).toBeInTheDocument();
    expect(screen.getByText('Demo data')).toBeInTheDocument();
    for (const name of ['Sentiment over time', 'LLM cost', 'Top students']) {
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    }
    expect(await screen.findByText('$12.50')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Last 7 days' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('resolved-range')).toHaveTextContent('Nov 24 – 30, 2026');
  });

  it('pushes one history entry per period change and refetches with the new range', async () => {
    const seen = serveAll();
    const onUrlUpdate = vi.fn<(event: UrlUpdateEvent) => void>();
    renderWithProviders(<App />, { onUrlUpdate });
    await screen.findByText('$12.50');
    await userEvent.click(screen.getByRole('button', { name: 'Last 30 days' }));
    await waitFor(() => expect(onUrlUpdate).toHaveBeenCalledTimes(1));
    expect(onUrlUpdate.mock.calls[0]?.[0]).toMatchObject({ queryString: '?period=30d', options: { history: 'push' } });
    await waitFor(() => expect(seen.cost.at(-1)?.get('start_date')).toBe('2026-11-01'));
    expect(seen.sentiment.at(-1)?.get('period')).toBe('30d');
    expect(screen.getByTestId('resolved-range')).toHaveTextContent('Nov 1 – 30, 2026');
  });

  it('corrects a bad URL in place and says what changed', async () => {
    serveAll();
    const onUrlUpdate = vi.fn<(event: UrlUpdateEvent) => void>();
    renderWithProviders(<App />, { searchParams: `?period=fortnight&mentor=${ESSAY}`, onUrlUpdate });
    const notice = await screen.findByText('The link was corrected.');
    expect(notice.parentElement).toHaveTextContent('Unknown period “fortnight”; showing Last 7 days instead.');
    await waitFor(() => expect(onUrlUpdate).toHaveBeenCalled());
    expect(onUrlUpdate.mock.calls[0]?.[0]).toMatchObject({
      queryString: `?mentor=${ESSAY}`,
      options: { history: 'replace' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('The link was corrected.')).not.toBeInTheDocument();
  });

  it('sends the mentor from the URL to the leaderboard only, and names the view after it', async () => {
    const seen = serveAll();
    renderWithProviders(<App />, { searchParams: `?mentor=${ESSAY}&org=northwind-academy` });
    const card = screen.getByRole('region', { name: 'Top students' });
    expect(await within(card).findByText('maria.garcia')).toBeInTheDocument();
    expect(seen.students[0]?.get('mentor_id')).toBe(ESSAY);
    expect(seen.mentors.map(String)).toEqual([`unique_id=${ESSAY}`]);
    // Only: the cards that cover every mentor are asked without one.
    await waitFor(() => expect(seen.sentiment.length * seen.split.length * seen.cost.length).toBeGreaterThan(0));
    expect([...seen.sentiment, ...seen.split, ...seen.cost].filter((query) => query.has('mentor_id'))).toEqual([]);
    await waitFor(() => expect(within(card).getByRole('combobox', { name: 'Mentor' })).toHaveValue('Essay Writing Tutor'));
    expect(within(card).getByText(/^By chat messages · mentor Essay Writing Tutor · /)).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Last 7 days · Essay Writing Tutor · northwind-academy · Analytics'));
    const main = screen.getByRole('main');
    expect(main.style.getPropertyValue('--print-label')).toContain('· mentor Essay Writing Tutor');
    expect(screen.getByText('northwind-academy')).toBeInTheDocument();
  });
});
