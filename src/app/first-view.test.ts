import { QueryClient } from '@tanstack/react-query';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyticsQueries, viewQueries } from '../api/queries';
import { resolvePreset } from '../../shared/periods';
import { todayUtc } from '../../shared/utc-day';
import { answer, hang } from '../test/api-handlers';
import { server } from '../test/msw-server';
import { FALLBACK_CONFIG, type AppConfig } from '../state/app-config';
import { FIRST_PAINT_WAIT_MS, startFirstView } from './first-view';

const config: AppConfig = FALLBACK_CONFIG;
const scope = { org: 'demo', userId: 'admin' };
const MENTOR = '5f0c6d8e-93a1-4b57-9d2e-0c4f1a7b3e21';

function answerAll() {
  const sentiment = answer('sentiment-count', [{ date: `${todayUtc()}T00:00:00Z`, sentiment_count: 4 }]);
  const split = answer('user-sentiment', { sentiment_distribution: { positive: 75, neutral: 25 }, total_sentiments: 4 });
  const cost = answer('tenant-cost', { total_cost: 1.5 });
  const students = answer('top-students-by-chat-messages', [{ username: 'ada', chat_message_count: 9 }]);
  const mentors = answer('my-mentors', { count: 1, results: [{ unique_id: MENTOR, name: 'Python Lab' }] });
  server.use(sentiment.handler, split.handler, cost.handler, students.handler, mentors.handler);
  return { sentiment: sentiment.seen, split: split.seen, cost: cost.seen, students: students.seen, mentors: mentors.seen };
}

describe('startFirstView', () => {
  afterEach(() => vi.useRealTimers());

  it('puts the URL’s view in the cache under the keys the cards ask for, one request each', async () => {
    const seen = answerAll();
    const client = new QueryClient();
    await startFirstView(client, config, `?period=30d&mentor=${MENTOR}`);
    const today = todayUtc();
    const queries = viewQueries(scope, { period: '30d', range: resolvePreset('30d', today), mentor: MENTOR }, today);
    expect(client.getQueryData(queries.sentiment.queryKey)).toEqual([{ day: today, count: 4 }]);
    expect(client.getQueryData(queries.userSentiment.queryKey)).toEqual({ shares: { positive: 75, neutral: 25, negative: 0 }, total: 4 });
    expect(client.getQueryData(queries.cost.queryKey)).toEqual({ total_cost: 1.5 });
    expect(client.getQueryData(queries.topStudents.queryKey)).toEqual([{ username: 'ada', chat_message_count: 9 }]);
    expect([seen.sentiment.length, seen.split.length, seen.cost.length, seen.students.length]).toEqual([1, 1, 1, 1]);
    expect(seen.students[0]?.get('mentor_id')).toBe(MENTOR);
    // The mentor's name is looked up with the others, by its unique id.
    expect(seen.mentors.map(String)).toEqual([`unique_id=${MENTOR}`]);
    expect(client.getQueryData(analyticsQueries.mentor(scope, MENTOR).queryKey)).toEqual({ id: MENTOR, name: 'Python Lab', description: '' });
    expect(seen.split[0]?.toString()).toBe(`start_date=${queries.cost.queryKey[4].from}&end_date=${today}`);
  });

  it('reads a URL the app would correct as the app does: the default view', async () => {
    const seen = answerAll();
    const client = new QueryClient();
    await startFirstView(client, config, '?period=fortnight');
    expect(seen.sentiment[0]?.get('period')).toBe('7d');
  });

  it('leaves sentiment to the card in a comparison, which asks a longer preset', async () => {
    const seen = answerAll();
    await startFirstView(new QueryClient(), config, '?period=7d&compare=previous');
    expect([seen.sentiment.length, seen.split.length, seen.cost.length, seen.students.length]).toEqual([0, 1, 1, 1]);
  });

  it('asks for nothing for a person who is signed in but not allowed', async () => {
    // No handler: any request would fail the test (unhandled requests are errors).
    const client = new QueryClient();
    const refused: AppConfig = {
      ...config,
      userFixed: true,
      auth: { mode: 'oidc', user: { name: null, email: 'bob@elsewhere.example' }, allowed: false, orgs: [], signOut: true },
    };
    await startFirstView(client, refused, '?period=30d');
    expect(client.getQueryCache().getAll()).toEqual([]);
  });

  it('reads the org as the app does: one outside the allowed orgs is the default', async () => {
    const seen = answerAll();
    const ruled: AppConfig = {
      ...config,
      auth: { ...config.auth, orgs: [{ id: 'demo', name: 'Demo' }, { id: 'northwind', name: 'Northwind' }] },
    };
    const client = new QueryClient();
    await startFirstView(client, ruled, '?org=rival');
    await startFirstView(client, ruled, '?org=northwind');
    const orgs = new Set(client.getQueryCache().getAll().map((query) => query.queryKey[1]));
    expect([...orgs].sort()).toEqual(['demo', 'northwind']);
    expect(seen.cost).toHaveLength(2);
  });

  it('asks for the mentor’s name beside the cards’ data, not after it, and only when the URL names a mentor', async () => {
    const started: string[] = [];
    server.use(
      http.get('*/api/:service/orgs/:org/users/:user/:endpoint/', async ({ params }) => {
        started.push(String(params.endpoint));
        await delay('infinite');
        return HttpResponse.json(null);
      }),
    );
    void startFirstView(new QueryClient(), config, `?mentor=${MENTOR}`);
    // Nothing has answered, yet every call is out.
    await expect.poll(() => [...started].sort()).toEqual(
      ['my-mentors', 'sentiment-count', 'tenant-cost', 'top-students-by-chat-messages', 'user-sentiment'],
    );
    started.length = 0;
    void startFirstView(new QueryClient(), config, '?period=30d');
    await expect.poll(() => started.length).toBe(4);
    expect(started).not.toContain('my-mentors');
  });

  it('never holds the first render back longer than the wait, however slow the API', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    server.use(hang('sentiment-count'), hang('user-sentiment'), hang('tenant-cost'), hang('top-students-by-chat-messages'));
    let done = false;
    void startFirstView(new QueryClient(), config, '').then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(FIRST_PAINT_WAIT_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});
