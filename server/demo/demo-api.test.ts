import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENDPOINT_NAMES, type Endpoint } from '../../shared/endpoints.ts';
import { addDays, eachDay } from '../../shared/utc-day.ts';
import { DEMO_MENTORS, DEMO_ORGS } from './catalog.ts';
import { buildDemoDataset, DEFAULT_DEMO_SEED } from './dataset.ts';
import { createDemoApi, type DemoResponse } from './demo-api.ts';
import { demoMentorId } from './mentors.ts';
import { sentimentByDay } from './queries.ts';

const today = '2026-03-10';
const api = createDemoApi({ today });

function call(endpoint: Endpoint, query = '', org = 'demo', answer = api): DemoResponse {
  return answer({ endpoint, org, userId: 'admin@example.com', query: new URLSearchParams(query) });
}

interface SentimentPoint {
  date: string;
  sentiment_count: number;
}

interface StudentRank {
  username: string;
  chat_message_count: number;
}

function isSentimentPoint(value: unknown): value is SentimentPoint {
  return typeof value === 'object' && value !== null && 'date' in value && 'sentiment_count' in value
    && typeof value.date === 'string' && typeof value.sentiment_count === 'number';
}

function isStudentRank(value: unknown): value is StudentRank {
  return typeof value === 'object' && value !== null && 'username' in value && 'chat_message_count' in value
    && typeof value.username === 'string' && typeof value.chat_message_count === 'number';
}

/** The 200 body of sentiment-count, checked against the API's shape. */
function sentiment(query = '', org = 'demo', answer = api): SentimentPoint[] {
  const response = call('sentiment-count', query, org, answer);
  expect(response.status).toBe(200);
  if (!Array.isArray(response.body) || !response.body.every(isSentimentPoint)) throw new Error('not a sentiment series');
  return response.body;
}

interface SentimentSplit {
  sentiment_distribution: { positive: number; neutral: number; negative: number };
  total_sentiments: number;
}

function isSplit(value: unknown): value is SentimentSplit {
  if (typeof value !== 'object' || value === null || !('sentiment_distribution' in value) || !('total_sentiments' in value)) return false;
  const shares = value.sentiment_distribution;
  return typeof value.total_sentiments === 'number' && typeof shares === 'object' && shares !== null
    && ['positive', 'neutral', 'negative'].every((label) => label in shares && typeof Object.entries(shares).find(([key]) => key === label)?.[1] === 'number');
}

/** The 200 body of user-sentiment for a range, checked against the contract's shape. */
function split(from: string, to: string, org = 'demo', answer = api): SentimentSplit {
  const response = call('user-sentiment', `start_date=${from}&end_date=${to}`, org, answer);
  expect(response.status).toBe(200);
  if (!isSplit(response.body)) throw new Error('not a sentiment split');
  return response.body;
}

function cost(query: string, org = 'demo', answer = api): number {
  const response = call('tenant-cost', query, org, answer);
  expect(response.status).toBe(200);
  const body = response.body;
  if (typeof body !== 'object' || body === null || !('total_cost' in body) || typeof body.total_cost !== 'number') {
    throw new Error('not a cost');
  }
  return body.total_cost;
}

function top(query = '', org = 'demo', answer = api): StudentRank[] {
  const response = call('top-students-by-chat-messages', query, org, answer);
  expect(response.status).toBe(200);
  if (!Array.isArray(response.body) || !response.body.every(isStudentRank)) throw new Error('not a ranking');
  return response.body;
}

const micros = (dollars: number) => Math.round(dollars * 1e6);

describe('every endpoint', () => {
  it.each(ENDPOINT_NAMES)('%s answers 404 for an unknown org, before validating the query', (endpoint) => {
    expect(call(endpoint, 'period=nope&start_date=bad', 'no-such-org')).toEqual({ status: 404, body: { detail: 'Organization not found.' } });
  });

  it.each(ENDPOINT_NAMES)('%s accepts any requesting user id', (endpoint) => {
    const query = endpoint === 'tenant-cost' || endpoint === 'user-sentiment' ? `start_date=${today}&end_date=${today}` : '';
    const first = api({ endpoint, org: 'demo', userId: 'someone', query: new URLSearchParams(query) });
    const second = api({ endpoint, org: 'demo', userId: 'zoë.müller', query: new URLSearchParams(query) });
    expect(first.status).toBe(200);
    expect(second).toEqual(first);
  });

  it('serves every catalogued org with data', () => {
    for (const org of DEMO_ORGS) expect(sentiment('period=30d', org.id).length).toBeGreaterThan(20);
  });
});

describe('sentiment-count', () => {
  it('defaults to the last 7 days', () => {
    expect(sentiment()).toEqual(sentiment('period=7d'));
    expect(sentiment().at(-1)?.date).toBe(`${today}T00:00:00Z`);
  });

  it('answers one UTC midnight per day of the preset, oldest first, within the range', () => {
    const ranges = { today: [today, today], yesterday: [addDays(today, -1), addDays(today, -1)], '7d': [addDays(today, -6), today], '30d': [addDays(today, -29), today], '90d': [addDays(today, -89), today] };
    for (const [period, [from, to]] of Object.entries(ranges)) {
      const series = sentiment(`period=${period}`);
      const days = series.map((point) => point.date.slice(0, 10));
      expect(series.every((point) => /^\d{4}-\d{2}-\d{2}T00:00:00Z$/.test(point.date))).toBe(true);
      expect(series.every((point) => Number.isInteger(point.sentiment_count) && point.sentiment_count > 0)).toBe(true);
      expect([...days].sort()).toEqual(days);
      expect(new Set(days).size).toBe(days.length);
      expect(days.every((day) => from !== undefined && to !== undefined && day >= from && day <= to)).toBe(true);
      expect(series.length).toBeGreaterThan(0);
    }
  });

  it('leaves out days without entries', () => {
    const series = sentiment('period=90d');
    expect(series.length).toBeLessThan(90);
    const present = new Set(series.map((point) => point.date.slice(0, 10)));
    // The first Sunday of March 2026 is the maintenance day.
    expect(present.has('2026-03-01')).toBe(false);
    expect(present.has('2026-03-02')).toBe(true);
  });

  it('agrees between periods: the 7d series is the tail of the 30d one, which is the tail of the 90d one', () => {
    for (const org of DEMO_ORGS) {
      const week = sentiment('period=7d', org.id);
      const month = sentiment('period=30d', org.id);
      const quarter = sentiment('period=90d', org.id);
      expect(month.filter((point) => point.date >= `${addDays(today, -6)}T`)).toEqual(week);
      expect(quarter.filter((point) => point.date >= `${addDays(today, -29)}T`)).toEqual(month);
      expect(sentiment('period=yesterday', org.id)).toEqual(week.filter((point) => point.date.startsWith(addDays(today, -1))));
      expect(sentiment('period=today', org.id)).toEqual(week.filter((point) => point.date.startsWith(today)));
    }
  });

  it.each(['xyz', '', '14d', 'custom', 'TODAY'])('rejects period "%s" with a field error', (period) => {
    expect(call('sentiment-count', `period=${period}`)).toEqual({ status: 400, body: { period: [`"${period}" is not a valid choice.`] } });
  });

  it('shows each filter a different picture', () => {
    expect(sentiment('period=7d')).not.toEqual(sentiment('period=30d'));
    expect(sentiment('period=30d')).not.toEqual(sentiment('period=90d'));
    expect(sentiment('period=30d', 'demo')).not.toEqual(sentiment('period=30d', 'northwind-academy'));
  });
});

describe('tenant-cost', () => {
  it('answers a dollar number with at most six decimals', () => {
    const total = cost(`start_date=${addDays(today, -29)}&end_date=${today}`);
    expect(total).toBeGreaterThan(0);
    expect(micros(total) / 1e6).toBe(total);
    expect(String(total)).toMatch(/^\d+(\.\d{1,6})?$/);
  });

  it('adds up over adjacent ranges, to the micro-dollar', () => {
    for (const org of DEMO_ORGS) {
      for (const split of [-1, -6, -29, -60, -200, -400]) {
        const from = addDays(today, -420);
        const left = cost(`start_date=${from}&end_date=${addDays(today, split)}`, org.id);
        const right = cost(`start_date=${addDays(today, split + 1)}&end_date=${today}`, org.id);
        expect(micros(left) + micros(right)).toBe(micros(cost(`start_date=${from}&end_date=${today}`, org.id)));
      }
    }
  });

  it('costs the demo org dollars and the small org cents', () => {
    const month = `start_date=${addDays(today, -29)}&end_date=${today}`;
    expect(cost(month, 'demo')).toBeGreaterThan(10);
    expect(cost(month, 'northwind-academy')).toBeLessThan(5);
    expect(cost(`start_date=${today}&end_date=${today}`, 'northwind-academy')).toBeLessThan(1);
  });

  it('changes with the range', () => {
    const week = cost(`start_date=${addDays(today, -6)}&end_date=${today}`);
    const month = cost(`start_date=${addDays(today, -29)}&end_date=${today}`);
    expect(month).toBeGreaterThan(week);
  });

  it('is 0 for ranges without data, the future included', () => {
    expect(cost(`start_date=${addDays(today, 1)}&end_date=${addDays(today, 30)}`)).toBe(0);
    expect(cost('start_date=2001-01-01&end_date=2001-12-31')).toBe(0);
    // 2026-03-01, the first Sunday of the month, is the maintenance day.
    expect(cost('start_date=2026-03-01&end_date=2026-03-01')).toBe(0);
  });

  it('has data 400 days back', () => {
    for (const org of DEMO_ORGS) {
      expect(cost(`start_date=${addDays(today, -406)}&end_date=${addDays(today, -400)}`, org.id)).toBeGreaterThan(0);
    }
  });

  it.each([
    ['', { start_date: ['This field is required.'], end_date: ['This field is required.'] }],
    [`start_date=${today}`, { end_date: ['This field is required.'] }],
    ['start_date=2026-02-30&end_date=2026-03-01', { start_date: ['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.'] }],
    ['start_date=2026-03-01&end_date=03/10/2026', { end_date: ['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.'] }],
    ['start_date=2026-03-02&end_date=2026-03-01', { non_field_errors: ['start_date must be on or before end_date.'] }],
  ])('answers 400 for "%s"', (query, body) => {
    expect(call('tenant-cost', query)).toEqual({ status: 400, body });
  });
});

describe('user-sentiment', () => {
  const presets = { today: 0, yesterday: 1, '7d': 6, '30d': 29, '90d': 89 } as const;
  const countOf = (points: SentimentPoint[]) => points.reduce((total, point) => total + point.sentiment_count, 0);

  it('counts exactly the entries sentiment-count gives for the same days, for every preset and org', () => {
    for (const org of DEMO_ORGS) {
      for (const [period, back] of Object.entries(presets)) {
        const to = period === 'yesterday' ? addDays(today, -1) : today;
        expect(split(addDays(today, -back), to, org.id).total_sentiments, `${org.id} ${period}`).toBe(countOf(sentiment(`period=${period}`, org.id)));
      }
    }
  });

  it('counts any range inside the last 90 days as the sum of sentiment-count’s days in it', () => {
    for (const org of DEMO_ORGS) {
      const quarter = sentiment('period=90d', org.id);
      for (const [fromBack, toBack] of [[89, 60], [45, 45], [40, 3], [13, 7]] as const) {
        const from = addDays(today, -fromBack);
        const to = addDays(today, -toBack);
        const days = quarter.filter((point) => point.date.slice(0, 10) >= from && point.date.slice(0, 10) <= to);
        expect(split(from, to, org.id).total_sentiments).toBe(countOf(days));
      }
    }
  });

  it('answers a range reaching past the last 90 days for exactly its days, which sentiment-count cannot give', () => {
    const dataset = buildDemoDataset({ today, seed: DEFAULT_DEMO_SEED });
    for (const org of DEMO_ORGS) {
      const range = { from: addDays(today, -150), to: addDays(today, -60) };
      const data = dataset.orgs.get(org.id);
      if (data === undefined) throw new Error(`no org ${org.id}`);
      const daily = sentimentByDay(dataset, data, range).reduce((total, entry) => total + entry.count, 0);
      const visible = countOf(sentiment('period=90d', org.id).filter((point) => point.date.slice(0, 10) <= range.to));
      const answer = split(range.from, range.to, org.id);
      expect(answer.total_sentiments).toBe(daily);
      expect(answer.total_sentiments).toBeGreaterThan(visible);
    }
  });

  it('gives two-decimal percentages that add up to 100 within 0.05', () => {
    for (const org of DEMO_ORGS) {
      for (const [fromBack, toBack] of [[0, 0], [6, 0], [29, 0], [89, 0], [400, 0], [300, 290], [2, 2]] as const) {
        const { sentiment_distribution: shares, total_sentiments: total } = split(addDays(today, -fromBack), addDays(today, -toBack), org.id);
        expect(total).toBeGreaterThan(0);
        for (const share of Object.values(shares)) {
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(100);
          expect(Math.round(share * 100) / 100).toBe(share);
        }
        expect(Math.abs(shares.positive + shares.neutral + shares.negative - 100)).toBeLessThanOrEqual(0.05);
      }
    }
  });

  it('shows a dip in exam weeks and a gentle improvement over the year', () => {
    for (const org of DEMO_ORGS) {
      const exams = split('2025-10-12', '2025-10-23', org.id).sentiment_distribution;
      const quiet = split('2025-11-02', '2025-11-13', org.id).sentiment_distribution;
      expect(exams.positive, org.id).toBeLessThan(quiet.positive - 8);
      expect(exams.negative, org.id).toBeGreaterThan(quiet.negative + 6);
    }
    const lastYear = split('2025-01-13', '2025-02-11').sentiment_distribution;
    const thisYear = split('2026-01-12', '2026-02-10').sentiment_distribution;
    expect(thisYear.positive).toBeGreaterThan(lastYear.positive + 5);
  });

  it('answers no entries and all-zero shares for a range without data', () => {
    expect(split(addDays(today, 1), addDays(today, 30))).toEqual({
      sentiment_distribution: { positive: 0, negative: 0, neutral: 0 },
      total_sentiments: 0,
    });
    // 2026-03-01, the first Sunday of the month, is the maintenance day.
    expect(split('2026-03-01', '2026-03-01').total_sentiments).toBe(0);
  });

  it('differs between ranges and orgs', () => {
    const month = split(addDays(today, -29), today);
    expect(split(addDays(today, -6), today).sentiment_distribution).not.toEqual(month.sentiment_distribution);
    expect(split(addDays(today, -29), today, 'northwind-academy').sentiment_distribution).not.toEqual(month.sentiment_distribution);
  });

  it.each([
    ['', { start_date: ['This field is required.'], end_date: ['This field is required.'] }],
    [`end_date=${today}`, { start_date: ['This field is required.'] }],
    ['start_date=2026-02-30&end_date=2026-03-01', { start_date: ['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.'] }],
    ['start_date=2026-03-02&end_date=2026-03-01', { non_field_errors: ['start_date must be on or before end_date.'] }],
  ])('answers 400 for "%s", as tenant-cost does', (query, body) => {
    expect(call('user-sentiment', query)).toEqual({ status: 400, body });
  });
});

describe('top-students-by-chat-messages', () => {
  it('defaults to the last 30 days', () => {
    expect(top()).toEqual(top(`start_date=${addDays(today, -29)}&end_date=${today}`));
    expect(top()).not.toEqual(top(`start_date=${addDays(today, -6)}&end_date=${today}`));
  });

  it('answers at most 20 students, most messages first, ties by username', () => {
    for (const org of DEMO_ORGS) {
      for (const query of ['', `start_date=${today}&end_date=${today}`, `start_date=${addDays(today, -400)}&end_date=${today}`]) {
        const ranked = top(query, org.id);
        expect(ranked.length).toBeGreaterThan(0);
        expect(ranked.length).toBeLessThanOrEqual(20);
        ranked.slice(1).forEach((entry, index) => {
          const previous = ranked[index];
          expect(previous).toBeDefined();
          if (previous === undefined) return;
          const ordered = previous.chat_message_count > entry.chat_message_count
            || (previous.chat_message_count === entry.chat_message_count && previous.username < entry.username);
          expect(ordered).toBe(true);
        });
      }
    }
  });

  it('meets ties on single days', () => {
    const tied = eachDay(addDays(today, -13), today).some((day) => {
      const ranked = top(`start_date=${day}&end_date=${day}`);
      return ranked.some((entry, index) => ranked[index + 1]?.chat_message_count === entry.chat_message_count);
    });
    expect(tied).toBe(true);
  });

  it('filters by mentor: each mentor shows its own students, never more messages than all mentors', () => {
    const range = `start_date=${addDays(today, -89)}&end_date=${today}`;
    const all = top(range);
    // Only the top 20 are visible here; queries.test.ts checks every student.
    const overall = new Map(all.map((entry) => [entry.username, entry.chat_message_count]));
    const seen = new Set<string>();
    for (const mentor of DEMO_MENTORS) {
      const ranked = top(`${range}&mentor_id=${demoMentorId(DEFAULT_DEMO_SEED, mentor.key)}`);
      expect(ranked.length, mentor.key).toBeGreaterThan(0);
      expect(ranked).not.toEqual(all);
      seen.add(JSON.stringify(ranked));
      for (const entry of ranked) {
        const allMentors = overall.get(entry.username);
        if (allMentors !== undefined) expect(entry.chat_message_count).toBeLessThanOrEqual(allMentors);
      }
    }
    expect(seen.size).toBe(DEMO_MENTORS.length);
  });

  it('answers an empty list for an unknown mentor or one the org does not offer', () => {
    expect(call('top-students-by-chat-messages', 'mentor_id=no-such-mentor')).toEqual({ status: 200, body: [] });
    // A mentor's catalog key is not its id.
    expect(call('top-students-by-chat-messages', 'mentor_id=python-lab')).toEqual({ status: 200, body: [] });
    expect(call('top-students-by-chat-messages', `mentor_id=${demoMentorId(DEFAULT_DEMO_SEED, 'essay-writing')}`, 'northwind-academy')).toEqual({ status: 200, body: [] });
  });

  it('treats an empty mentor id as all mentors', () => {
    expect(top('mentor_id=')).toEqual(top());
  });

  it('differs between orgs', () => {
    expect(top('', 'demo')).not.toEqual(top('', 'northwind-academy'));
  });

  it('answers 400 for bad dates, as tenant-cost does', () => {
    expect(call('top-students-by-chat-messages', 'start_date=2026-02-30')).toEqual({
      status: 400,
      body: { start_date: ['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.'] },
    });
    expect(call('top-students-by-chat-messages', `start_date=${addDays(today, 1)}`)).toEqual({
      status: 400,
      body: { non_field_errors: ['start_date must be on or before end_date.'] },
    });
  });

  it('answers an empty list for a future range', () => {
    expect(top(`start_date=${addDays(today, 1)}&end_date=${addDays(today, 5)}`)).toEqual([]);
  });
});

describe('createDemoApi', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function everything(answer: ReturnType<typeof createDemoApi>): DemoResponse[] {
    return DEMO_ORGS.flatMap((org) => [
      call('sentiment-count', 'period=90d', org.id, answer),
      call('tenant-cost', `start_date=${addDays(today, -400)}&end_date=${today}`, org.id, answer),
      call('user-sentiment', `start_date=${addDays(today, -400)}&end_date=${today}`, org.id, answer),
      call('top-students-by-chat-messages', '', org.id, answer),
      call('top-students-by-chat-messages', `mentor_id=${demoMentorId(DEFAULT_DEMO_SEED, 'python-lab')}`, org.id, answer),
    ]);
  }

  it('gives identical answers for the same seed and day, different ones for another seed', () => {
    expect(everything(createDemoApi({ today, seed: 5 }))).toEqual(everything(createDemoApi({ today, seed: 5 })));
    expect(everything(createDemoApi({ today, seed: 5 }))).not.toEqual(everything(createDemoApi({ today, seed: 6 })));
    expect(everything(createDemoApi({ today }))).not.toEqual(everything(createDemoApi({ today, seed: 5 })));
  });

  it("defaults to today's UTC date", () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-10T23:30:00-05:00')); // already 2026-03-11 in UTC
    const answer = createDemoApi();
    expect(sentiment('period=today', 'demo', answer)[0]?.date).toBe('2026-03-11T00:00:00Z');
  });

  it('refuses a today that is not a YYYY-MM-DD date', () => {
    expect(() => createDemoApi({ today: '2026-02-30' })).toThrow(RangeError);
    expect(() => createDemoApi({ today: 'yesterday' })).toThrow(RangeError);
  });
});
