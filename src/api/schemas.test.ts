import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import {
  costResponse,
  describeIssues,
  isImplausible,
  MAX_PLAUSIBLE_COST,
  sentimentResponse,
  topStudentsResponse,
} from './schemas';

function problem(result: { success: boolean; error?: { issues: readonly z.core.$ZodIssue[] } }) {
  return result.success || !result.error ? null : describeIssues(result.error);
}

function implausible(result: { success: boolean; error?: { issues: readonly z.core.$ZodIssue[] } }) {
  return !result.success && result.error !== undefined && isImplausible(result.error);
}

describe('sentimentResponse', () => {
  it('accepts the flat documented shape', () => {
    expect(sentimentResponse.parse([{ date: '2026-11-30T00:00:00Z', sentiment_count: 3 }])).toEqual([
      { day: '2026-11-30', count: 3 },
    ]);
  });

  it('accepts the nested list and conversation_count of the docs mock', () => {
    expect(sentimentResponse.parse([[{ date: '2023-06-01T00:00:00Z', conversation_count: 12 }]])).toEqual([
      { day: '2023-06-01', count: 12 },
    ]);
  });

  it('says what is wrong with a bad shape', () => {
    expect(problem(sentimentResponse.safeParse({ results: [] }))).toBe('expected array');
    expect(problem(sentimentResponse.safeParse([{ date: 'soon', sentiment_count: 1 }]))).toBe('[0].date: expected an ISO date');
    expect(problem(sentimentResponse.safeParse([{ date: '2026-11-30', sentiment_count: 1.5 }]))).toBe(
      '[0].sentiment_count: expected a whole number',
    );
    expect(problem(sentimentResponse.safeParse([{ date: '2026-11-30' }]))).toBe('[0].sentiment_count: expected number');
  });

  it('reports a bad count of the mock’s shape under its own name and row', () => {
    expect(problem(sentimentResponse.safeParse([[{ date: '2026-11-30', conversation_count: 1 }, { date: '2026-11-30', conversation_count: 'x' }]]))).toBe(
      '[1].conversation_count: expected number',
    );
  });

  it('refuses counts that cannot be true, and says they are implausible rather than malformed', () => {
    const negative = sentimentResponse.safeParse([{ date: '2026-11-30', sentiment_count: -1 }]);
    expect(problem(negative)).toBe('[0].sentiment_count: -1 is not a possible count');
    expect(implausible(negative)).toBe(true);
    const huge = sentimentResponse.safeParse([{ date: '2026-11-30', conversation_count: 1e15 }]);
    expect(problem(huge)).toBe(
      '[0].conversation_count: 1,000,000,000,000,000 is more than 10,000,000, which is not a plausible count',
    );
    expect(implausible(huge)).toBe(true);
    expect(implausible(sentimentResponse.safeParse([{ date: '2026-11-30', sentiment_count: 'NaN' }]))).toBe(false);
  });
});

describe('costResponse', () => {
  it('accepts decimals, integers and large but possible totals', () => {
    expect(costResponse.parse({ total_cost: 5.75 })).toEqual({ total_cost: 5.75 });
    expect(costResponse.parse({ total_cost: 0 })).toEqual({ total_cost: 0 });
    expect(costResponse.parse({ total_cost: MAX_PLAUSIBLE_COST })).toEqual({ total_cost: 10_000_000 });
  });

  it('turns -0 into 0, so it is never shown as "-$0.00"', () => {
    expect(Object.is(costResponse.parse({ total_cost: -0 }).total_cost, 0)).toBe(true);
  });

  it('refuses strings and a missing total as malformed', () => {
    expect(problem(costResponse.safeParse({ total_cost: 'NaN' }))).toBe('total_cost: expected number');
    expect(problem(costResponse.safeParse({ total_cost: '5.75' }))).toBe('total_cost: expected number');
    expect(problem(costResponse.safeParse({}))).toBe('total_cost: expected number');
    // JSON.parse reads 1e400 as Infinity.
    expect(problem(costResponse.safeParse(JSON.parse('{"total_cost": 1e400}')))).toBe('total_cost: expected number');
  });

  it('refuses negative and absurd totals as implausible', () => {
    const negative = costResponse.safeParse({ total_cost: -1 });
    expect(problem(negative)).toBe('total_cost: -$1.00 is not a possible cost');
    expect(implausible(negative)).toBe(true);
    const absurd = costResponse.safeParse({ total_cost: 1e15 });
    expect(problem(absurd)).toBe(
      'total_cost: $1,000,000,000,000,000.00 is more than $10,000,000.00, which is not a plausible cost for one org',
    );
    expect(implausible(absurd)).toBe(true);
    expect(implausible(costResponse.safeParse({ total_cost: MAX_PLAUSIBLE_COST + 0.01 }))).toBe(true);
  });
});

describe('topStudentsResponse', () => {
  it('accepts flat and nested lists', () => {
    const row = { username: 'maria.garcia', chat_message_count: 4 };
    expect(topStudentsResponse.parse([row])).toEqual([row]);
    expect(topStudentsResponse.parse([[row]])).toEqual([row]);
    expect(topStudentsResponse.parse([])).toEqual([]);
  });

  it('refuses rows without a username', () => {
    expect(problem(topStudentsResponse.safeParse([{ chat_message_count: 4 }]))).toBe('[0].username: expected string');
  });

  it('reports the bad row of a nested list by its position in the answer', () => {
    const row = { username: 'a', chat_message_count: 1 };
    expect(problem(topStudentsResponse.safeParse([[row, row, { username: 'b', chat_message_count: -1 }]]))).toBe(
      '[2].chat_message_count: -1 is not a possible count',
    );
  });

  it('parses a huge list quickly', () => {
    const rows = Array.from({ length: 10_000 }, (_, index) => ({ username: `student-${index}`, chat_message_count: index }));
    const started = performance.now();
    expect(topStudentsResponse.parse(rows)).toHaveLength(10_000);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
