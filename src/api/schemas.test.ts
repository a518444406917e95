import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  costResponse,
  describeIssues,
  isImplausible,
  MAX_PLAUSIBLE_COST,
  sentimentResponse,
  topStudentsResponse,
  userSentimentResponse,
} from './schemas';

function problem(result: v.SafeParseResult<v.GenericSchema>) {
  return result.success ? null : describeIssues(result.issues);
}

function implausible(result: v.SafeParseResult<v.GenericSchema>) {
  return !result.success && isImplausible(result.issues);
}

describe('sentimentResponse', () => {
  it('accepts the flat documented shape', () => {
    expect(v.parse(sentimentResponse, [{ date: '2026-11-30T00:00:00Z', sentiment_count: 3 }])).toEqual([
      { day: '2026-11-30', count: 3 },
    ]);
  });

  it('accepts the nested list and conversation_count of the docs mock', () => {
    expect(v.parse(sentimentResponse, [[{ date: '2023-06-01T00:00:00Z', conversation_count: 12 }]])).toEqual([
      { day: '2023-06-01', count: 12 },
    ]);
  });

  it('says what is wrong with a bad shape', () => {
    expect(problem(v.safeParse(sentimentResponse, { results: [] }))).toBe('expected array');
    expect(problem(v.safeParse(sentimentResponse, [{ date: 'soon', sentiment_count: 1 }]))).toBe('[0].date: expected an ISO date');
    expect(problem(v.safeParse(sentimentResponse, [{ date: '2026-11-30', sentiment_count: 1.5 }]))).toBe(
      '[0].sentiment_count: expected a whole number',
    );
    expect(problem(v.safeParse(sentimentResponse, [{ date: '2026-11-30' }]))).toBe('[0].sentiment_count: expected number');
  });

  it('reports a bad count of the mock’s shape under its own name and row', () => {
    expect(problem(v.safeParse(sentimentResponse, [[{ date: '2026-11-30', conversation_count: 1 }, { date: '2026-11-30', conversation_count: 'x' }]]))).toBe(
      '[1].conversation_count: expected number',
    );
  });

  it('refuses counts that cannot be true, and says they are implausible rather than malformed', () => {
    const negative = v.safeParse(sentimentResponse, [{ date: '2026-11-30', sentiment_count: -1 }]);
    expect(problem(negative)).toBe('[0].sentiment_count: -1 is not a possible count');
    expect(implausible(negative)).toBe(true);
    const huge = v.safeParse(sentimentResponse, [{ date: '2026-11-30', conversation_count: 1e15 }]);
    expect(problem(huge)).toBe(
      '[0].conversation_count: 1,000,000,000,000,000 is more than 10,000,000, which is not a plausible count',
    );
    expect(implausible(huge)).toBe(true);
    expect(implausible(v.safeParse(sentimentResponse, [{ date: '2026-11-30', sentiment_count: 'NaN' }]))).toBe(false);
  });

  it('calls a fraction, Infinity or a missing date malformed, not implausible', () => {
    const fraction = v.safeParse(sentimentResponse, [{ date: '2026-11-30', sentiment_count: -1.5 }]);
    expect(problem(fraction)).toBe('[0].sentiment_count: expected a whole number');
    expect(implausible(fraction)).toBe(false);
    const infinite = v.safeParse(sentimentResponse, JSON.parse('[{"date": "2026-11-30", "sentiment_count": 1e400}]'));
    expect(problem(infinite)).toBe('[0].sentiment_count: expected number');
    expect(implausible(infinite)).toBe(false);
    expect(problem(v.safeParse(sentimentResponse, [{ sentiment_count: 1 }]))).toBe('[0].date: expected string');
  });

  it('judges only the first problem: a bad date before a negative count is a shape error', () => {
    const both = v.safeParse(sentimentResponse, [{ date: 'soon', sentiment_count: -1 }]);
    expect(problem(both)).toBe('[0].date: expected an ISO date');
    expect(implausible(both)).toBe(false);
  });

  it('refuses a row that is a number or a list, as an object would be expected', () => {
    const row = { date: '2026-11-30', sentiment_count: 1 };
    expect(problem(v.safeParse(sentimentResponse, [row, 5]))).toBe('[1]: expected object');
    expect(problem(v.safeParse(sentimentResponse, [row, []]))).toBe('[1]: expected object');
  });

  it('turns a count of -0 into 0', () => {
    const [point] = v.parse(sentimentResponse, [{ date: '2026-11-30', sentiment_count: -0 }]);
    expect(Object.is(point?.count, 0)).toBe(true);
  });
});

describe('costResponse', () => {
  it('accepts decimals, integers and large but possible totals', () => {
    expect(v.parse(costResponse, { total_cost: 5.75 })).toEqual({ total_cost: 5.75 });
    expect(v.parse(costResponse, { total_cost: 0 })).toEqual({ total_cost: 0 });
    expect(v.parse(costResponse, { total_cost: MAX_PLAUSIBLE_COST })).toEqual({ total_cost: 10_000_000 });
  });

  it('turns -0 into 0, so it is never shown as "-$0.00"', () => {
    expect(Object.is(v.parse(costResponse, { total_cost: -0 }).total_cost, 0)).toBe(true);
  });

  it('refuses a list or null where the object should be', () => {
    expect(problem(v.safeParse(costResponse, []))).toBe('expected object');
    expect(problem(v.safeParse(costResponse, null))).toBe('expected object');
  });

  it('refuses strings and a missing total as malformed', () => {
    expect(problem(v.safeParse(costResponse, { total_cost: 'NaN' }))).toBe('total_cost: expected number');
    expect(problem(v.safeParse(costResponse, { total_cost: '5.75' }))).toBe('total_cost: expected number');
    expect(problem(v.safeParse(costResponse, {}))).toBe('total_cost: expected number');
    // JSON.parse reads 1e400 as Infinity.
    expect(problem(v.safeParse(costResponse, JSON.parse('{"total_cost": 1e400}')))).toBe('total_cost: expected number');
  });

  it('refuses negative and absurd totals as implausible', () => {
    const negative = v.safeParse(costResponse, { total_cost: -1 });
    expect(problem(negative)).toBe('total_cost: -$1.00 is not a possible cost');
    expect(implausible(negative)).toBe(true);
    const absurd = v.safeParse(costResponse, { total_cost: 1e15 });
    expect(problem(absurd)).toBe(
      'total_cost: $1,000,000,000,000,000.00 is more than $10,000,000.00, which is not a plausible cost for one org',
    );
    expect(implausible(absurd)).toBe(true);
    expect(implausible(v.safeParse(costResponse, { total_cost: MAX_PLAUSIBLE_COST + 0.01 }))).toBe(true);
  });
});

describe('topStudentsResponse', () => {
  it('accepts flat and nested lists', () => {
    const row = { username: 'maria.garcia', chat_message_count: 4 };
    expect(v.parse(topStudentsResponse, [row])).toEqual([row]);
    expect(v.parse(topStudentsResponse, [[row]])).toEqual([row]);
    expect(v.parse(topStudentsResponse, [])).toEqual([]);
  });

  it('keeps only the fields it knows', () => {
    expect(v.parse(topStudentsResponse, [{ username: 'a', chat_message_count: 1, email: 'a@example.com' }])).toEqual([
      { username: 'a', chat_message_count: 1 },
    ]);
  });

  it('refuses rows without a username', () => {
    expect(problem(v.safeParse(topStudentsResponse, [{ chat_message_count: 4 }]))).toBe('[0].username: expected string');
  });

  it('reports the bad row of a nested list by its position in the answer', () => {
    const row = { username: 'a', chat_message_count: 1 };
    expect(problem(v.safeParse(topStudentsResponse, [[row, row, { username: 'b', chat_message_count: -1 }]]))).toBe(
      '[2].chat_message_count: -1 is not a possible count',
    );
  });

  it('parses a huge list quickly', () => {
    const rows = Array.from({ length: 10_000 }, (_, index) => ({ username: `student-${index}`, chat_message_count: index }));
    const started = performance.now();
    expect(v.parse(topStudentsResponse, rows)).toHaveLength(10_000);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('describeIssues', () => {
  it('has words even when there is no issue to describe', () => {
    expect(describeIssues([])).toBe('invalid response');
    expect(isImplausible([])).toBe(false);
  });
});

describe('userSentimentResponse', () => {
  const body = (sentiment_distribution: unknown, total_sentiments: unknown = 400) => ({ sentiment_distribution, total_sentiments });

  it('reads the documented shape, labels by name', () => {
    expect(v.parse(userSentimentResponse, body({ positive: 65.25, negative: 12.5, neutral: 22.25 }))).toEqual({
      shares: { positive: 65.25, neutral: 22.25, negative: 12.5 },
      total: 400,
    });
  });

  it('accepts numeric strings and reads a missing label as 0', () => {
    expect(v.parse(userSentimentResponse, body({ positive: '65.25', negative: ' 12.5 ', neutral: '2.225e1' }))).toEqual({
      shares: { positive: 65.25, neutral: 22.25, negative: 12.5 },
      total: 400,
    });
    expect(v.parse(userSentimentResponse, body({ positive: 100 }, 3)).shares).toEqual({ positive: 100, neutral: 0, negative: 0 });
    expect(v.parse(userSentimentResponse, body({}, 0))).toEqual({ shares: { positive: 0, neutral: 0, negative: 0 }, total: 0 });
  });

  it('ignores labels it does not show', () => {
    expect(v.parse(userSentimentResponse, body({ positive: 50, neutral: 50, mixed: 'n/a' })).shares).toEqual({ positive: 50, neutral: 50, negative: 0 });
  });

  it('names the label whose share is not a number', () => {
    for (const share of ['lots', '', null, true, [], 'Infinity', '12,5']) {
      expect(problem(v.safeParse(userSentimentResponse, body({ positive: 60, negative: share }))), JSON.stringify(share)).toBe(
        'sentiment_distribution.negative: expected a percentage (a number or numeric string)',
      );
    }
  });

  it('refuses shares outside 0..100 as implausible', () => {
    const negative = v.safeParse(userSentimentResponse, body({ positive: -3 }));
    expect(problem(negative)).toBe('sentiment_distribution.positive: -3.00% is not a possible share');
    expect(implausible(negative)).toBe(true);
    const over = v.safeParse(userSentimentResponse, body({ neutral: '130' }));
    expect(problem(over)).toBe('sentiment_distribution.neutral: 130.00% is more than 100%, which is not a possible share');
    expect(implausible(over)).toBe(true);
  });

  it('says what is missing or misshapen around the shares', () => {
    expect(problem(v.safeParse(userSentimentResponse, { total_sentiments: 4 }))).toBe('sentiment_distribution: expected object');
    expect(problem(v.safeParse(userSentimentResponse, body([])))).toBe('sentiment_distribution: expected object');
    expect(problem(v.safeParse(userSentimentResponse, body('65%')))).toBe('sentiment_distribution: expected object');
    expect(problem(v.safeParse(userSentimentResponse, { sentiment_distribution: {} }))).toBe('total_sentiments: expected number');
    expect(problem(v.safeParse(userSentimentResponse, body({}, 2.5)))).toBe('total_sentiments: expected a whole number');
    expect(problem(v.safeParse(userSentimentResponse, body({}, -1)))).toBe('total_sentiments: -1 is not a possible count');
    expect(problem(v.safeParse(userSentimentResponse, []))).toBe('expected object');
  });

  it('turns -0 into 0', () => {
    expect(Object.is(v.parse(userSentimentResponse, body({ positive: -0 })).shares.positive, 0)).toBe(true);
  });
});
