import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { DayRange, Preset } from '../lib/periods';
import { getJson, type Scope } from './client';
import { costResponse, sentimentResponse, topStudentsResponse } from './schemas';

/**
 * The one query factory. Keys run from general to specific (org, admin, endpoint, filters)
 * and hold every input of the fetch, so a filter change is a new key and the same inputs
 * share one request.
 */
export const analyticsQueries = {
  all: () => ['analytics'] as const,
  scope: (scope: Scope) => [...analyticsQueries.all(), scope.org, scope.userId] as const,

  sentiment: (scope: Scope, period: Preset) =>
    queryOptions({
      queryKey: [...analyticsQueries.scope(scope), 'sentiment-count', { period }] as const,
      queryFn: ({ signal }) => getJson('sentiment-count', scope, { period }, sentimentResponse, signal),
      placeholderData: keepPreviousData,
    }),

  cost: (scope: Scope, range: DayRange) =>
    queryOptions({
      queryKey: [...analyticsQueries.scope(scope), 'tenant-cost', { from: range.from, to: range.to }] as const,
      queryFn: ({ signal }) =>
        getJson('tenant-cost', scope, { start_date: range.from, end_date: range.to }, costResponse, signal),
      placeholderData: keepPreviousData,
    }),

  topStudents: (scope: Scope, range: DayRange, mentor: string | null) =>
    queryOptions({
      queryKey: [
        ...analyticsQueries.scope(scope),
        'top-students-by-chat-messages',
        { from: range.from, to: range.to, mentor },
      ] as const,
      queryFn: ({ signal }) =>
        getJson(
          'top-students-by-chat-messages',
          scope,
          { mentor_id: mentor, start_date: range.from, end_date: range.to },
          topStudentsResponse,
          signal,
        ),
      placeholderData: keepPreviousData,
    }),
};
