import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { costResponse, describeIssues, sentimentResponse, topStudentsResponse } from './schemas';

function problem(result: { success: boolean; error?: { issues: readonly z.core.$ZodIssue[] } }) {
  return result.success || !result.error ? null : describeIssues(result.error);
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
    expect(problem(sentimentResponse.safeParse([{ date: '2026-11-30', sentiment_count: -1 }]))).toBe(
      '[0].sentiment_count: expected at least 0',
    );
    expect(problem(sentimentResponse.safeParse([{ date: '2026-11-30', sentiment_count: 1.5 }]))).toBe(
      '[0].sentiment_count: expected a whole number',
    );
  });
});

describe('costResponse', () => {
  it('accepts decimals and integers', () => {
    expect(costResponse.parse({ total_cost: 5.75 })).toEqual({ total_cost: 5.75 });
    expect(costResponse.parse({ total_cost: 0 })).toEqual({ total_cost: 0 });
  });

  it('refuses strings, negatives and a missing total', () => {
    expect(problem(costResponse.safeParse({ total_cost: 'NaN' }))).toBe('total_cost: expected number');
    expect(problem(costResponse.safeParse({ total_cost: -1 }))).toBe('total_cost: expected at least 0');
    expect(problem(costResponse.safeParse({}))).toBe('total_cost: expected number');
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
});
