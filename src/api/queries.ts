import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { DayRange, Preset } from '../../shared/periods';
import {
  costCall,
  sentimentCall,
  sentimentRequest,
  topStudentsCall,
  userSentimentCall,
  type DashboardView,
} from '../../shared/requests';
import type { Scope } from '../../shared/scope';
import type { IsoDay } from '../../shared/utc-day';
import { getJson } from './client';
import { costResponse, sentimentResponse, topStudentsResponse, userSentimentResponse } from './schemas';

/**
 * The one query factory. Keys run from general to specific (org, admin, endpoint, filters)
 * and hold every input of the fetch, so a filter change is a new key and the same inputs
 * share one request. Calls come from shared/requests, which the server's preload hints use
 * too, so the browser's calls and the hints are the same URLs.
 */
export const analyticsQueries = {
  all: () => ['analytics'] as const,
  scope: (scope: Scope) => [...analyticsQueries.all(), scope.org, scope.userId] as const,

  sentiment: (scope: Scope, period: Preset) =>
    queryOptions({
      queryKey: [...analyticsQueries.scope(scope), 'sentiment-count', { period }] as const,
      queryFn: ({ signal }) => getJson(sentimentCall(scope, period), sentimentResponse, signal),
      placeholderData: keepPreviousData,
    }),

  userSentiment: (scope: Scope, range: DayRange) =>
    queryOptions({
      queryKey: [...analyticsQueries.scope(scope), 'user-sentiment', { from: range.from, to: range.to }] as const,
      queryFn: ({ signal }) => getJson(userSentimentCall(scope, range), userSentimentResponse, signal),
      placeholderData: keepPreviousData,
    }),

  cost: (scope: Scope, range: DayRange) =>
    queryOptions({
      queryKey: [...analyticsQueries.scope(scope), 'tenant-cost', { from: range.from, to: range.to }] as const,
      queryFn: ({ signal }) => getJson(costCall(scope, range), costResponse, signal),
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
        getJson(topStudentsCall(scope, range, mentor), topStudentsResponse, signal),
      placeholderData: keepPreviousData,
    }),
};

/** The four queries of a view, as the cards ask for them: what a prefetch of that view must warm. */
export function viewQueries(scope: Scope, view: DashboardView, today: IsoDay) {
  return {
    sentiment: analyticsQueries.sentiment(scope, sentimentRequest(view.period, view.range, today).preset),
    userSentiment: analyticsQueries.userSentiment(scope, view.range),
    cost: analyticsQueries.cost(scope, view.range),
    topStudents: analyticsQueries.topStudents(scope, view.range, view.mentor),
  };
}
