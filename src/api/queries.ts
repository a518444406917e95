import { keepPreviousData, queryOptions, type QueryFunctionContext } from '@tanstack/react-query';
import type * as v from 'valibot';
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
import { mentorLookupCall, mentorSearchCall, type ApiRequest } from '../../shared/requests';
import { getJson } from './client';
import { transportOf } from './transport';
import { mentorSearchResponse, type Mentor } from './schemas';
import { costResponse, sentimentResponse, topStudentsResponse, userSentimentResponse } from './schemas';

/**
 * The one query factory. Keys run from general to specific (org, admin, endpoint, filters)
 * and hold every input of the fetch, so a filter change is a new key and the same inputs
 * share one request. Calls come from shared/requests, which the server's preload hints use
 * too, so the browser's calls and the hints are the same URLs.
 */
/**
 * What a query's fetch asks of the server. Refresh (the button, `R`, the 5-minute timer)
 * invalidates the queries on screen, and their refetch, like a Retry after an error, goes past
 * the server's cache so the figures are the upstream's of that moment. A page load or a filter
 * change is a plain fetch that the cache may answer.
 */
function fetchOptions({ client, queryKey, signal }: QueryFunctionContext): { signal: AbortSignal; fresh: boolean } {
  const state = client.getQueryState(queryKey);
  return { signal, fresh: state?.isInvalidated === true || state?.status === 'error' };
}

function fetchJson<S extends v.GenericSchema>(call: ApiRequest, schema: S, context: QueryFunctionContext) {
  const { signal, fresh } = fetchOptions(context);
  return getJson(call, schema, signal, { fresh, transport: transportOf(context.client) });
}

export const analyticsQueries = {
  all: () => ['analytics'] as const,
  scope: (scope: Scope) => [...analyticsQueries.all(), scope.org, scope.userId] as const,

  sentiment: (scope: Scope, period: Preset) =>
    queryOptions({
      queryKey: [...analyticsQueries.scope(scope), 'sentiment-count', { period }] as const,
      queryFn: (context) => fetchJson(sentimentCall(scope, period), sentimentResponse, context),
      placeholderData: keepPreviousData,
    }),

  userSentiment: (scope: Scope, range: DayRange) =>
    queryOptions({
      queryKey: [...analyticsQueries.scope(scope), 'user-sentiment', { from: range.from, to: range.to }] as const,
      queryFn: (context) => fetchJson(userSentimentCall(scope, range), userSentimentResponse, context),
      placeholderData: keepPreviousData,
    }),

  cost: (scope: Scope, range: DayRange) =>
    queryOptions({
      queryKey: [...analyticsQueries.scope(scope), 'tenant-cost', { from: range.from, to: range.to }] as const,
      queryFn: (context) => fetchJson(costCall(scope, range), costResponse, context),
      placeholderData: keepPreviousData,
    }),

  topStudents: (scope: Scope, range: DayRange, mentor: string | null) =>
    queryOptions({
      queryKey: [
        ...analyticsQueries.scope(scope),
        'top-students-by-chat-messages',
        { from: range.from, to: range.to, mentor },
      ] as const,
      queryFn: (context) => fetchJson(topStudentsCall(scope, range, mentor), topStudentsResponse, context),
      placeholderData: keepPreviousData,
    }),

  /**
   * The org's mentors whose name or description holds `query` (its first ones for ""). The last
   * list stays up while the next one loads; a search superseded while in flight has no observer
   * left, and TanStack Query aborts it through the signal.
   */
  mentorSearch: (scope: Scope, query: string) =>
    queryOptions({
      queryKey: [...analyticsQueries.scope(scope), 'my-mentors', { query: query.trim(), limit: MENTOR_PAGE_SIZE }] as const,
      queryFn: (context) =>
        fetchJson(mentorSearchCall(scope, { query, limit: MENTOR_PAGE_SIZE }), mentorSearchResponse, context),
      placeholderData: keepPreviousData,
      staleTime: MENTORS_FRESH_FOR_MS,
    }),

  /** One mentor by its unique id, for its name; null when the org has no such mentor. */
  mentor: (scope: Scope, uniqueId: string) =>
    queryOptions({
      queryKey: [...analyticsQueries.scope(scope), 'my-mentors', { uniqueId }] as const,
      queryFn: async (context): Promise<Mentor | null> => {
        const page = await fetchJson(mentorLookupCall(scope, uniqueId), mentorSearchResponse, context);
        // UUIDs compare in any case; an API that ignored the filter answers with other mentors.
        return page.mentors.find((mentor) => mentor.id.toLowerCase() === uniqueId.toLowerCase()) ?? null;
      },
      staleTime: MENTORS_FRESH_FOR_MS,
    }),
};

/** Mentors listed per search: ibl.ai's default page. */
export const MENTOR_PAGE_SIZE = 12;
/** Mentors are added or renamed rarely: a name seen in the last 5 minutes is not asked again. */
export const MENTORS_FRESH_FOR_MS = 5 * 60_000;

/** The four queries of a view, as the cards ask for them: what a prefetch of that view must warm. */
export function viewQueries(scope: Scope, view: DashboardView, today: IsoDay) {
  return {
    sentiment: analyticsQueries.sentiment(scope, sentimentRequest(view.period, view.range, today).preset),
    userSentiment: analyticsQueries.userSentiment(scope, view.range),
    cost: analyticsQueries.cost(scope, view.range),
    topStudents: analyticsQueries.topStudents(scope, view.range, view.mentor),
  };
}
