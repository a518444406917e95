import { endpointPath, type Endpoint } from './endpoints.ts';
import { isPreset, presetCovering, rangeBeyondApi, type DayRange, type Period, type Preset } from './periods.ts';
import type { Scope } from './scope.ts';
import type { IsoDay } from './utc-day.ts';

/** Query parameters in the order they go on the URL; empty values are left off. */
export type RequestParams = Record<string, string | null>;

/** One API call: which endpoint, for whom, with what. The browser and the server's preload hints share it. */
export interface ApiRequest {
  endpoint: Endpoint;
  scope: Scope;
  params: RequestParams;
}

/** What to ask sentiment-count for a view: it takes presets only, never dates. */
export function sentimentRequest(period: Period, range: DayRange, today: IsoDay): { preset: Preset; beyond: DayRange | null } {
  if (isPreset(period)) return { preset: period, beyond: null };
  return { preset: presetCovering(range, today), beyond: rangeBeyondApi(range, today) };
}

export function sentimentCall(scope: Scope, preset: Preset): ApiRequest {
  return { endpoint: 'sentiment-count', scope, params: { period: preset } };
}

/** The split by label takes dates, so it covers exactly the range, whatever sentiment-count can give. */
export function userSentimentCall(scope: Scope, range: DayRange): ApiRequest {
  return { endpoint: 'user-sentiment', scope, params: { start_date: range.from, end_date: range.to } };
}

export function costCall(scope: Scope, range: DayRange): ApiRequest {
  return { endpoint: 'tenant-cost', scope, params: { start_date: range.from, end_date: range.to } };
}

export function topStudentsCall(scope: Scope, range: DayRange, mentor: string | null): ApiRequest {
  return {
    endpoint: 'top-students-by-chat-messages',
    scope,
    params: { mentor_id: mentor, start_date: range.from, end_date: range.to },
  };
}

/** Mentors listed by the mentor field: the org's first ones for an empty query, else the names or descriptions holding it. */
export function mentorSearchCall(scope: Scope, search: { query: string; limit: number; offset?: number }): ApiRequest {
  const offset = search.offset ?? 0;
  return {
    endpoint: 'my-mentors',
    scope,
    params: { query: search.query.trim() || null, limit: String(search.limit), offset: offset > 0 ? String(offset) : null },
  };
}

/** One mentor by its unique id: the name of a mentor that arrives in a URL. */
export function mentorLookupCall(scope: Scope, uniqueId: string): ApiRequest {
  return { endpoint: 'my-mentors', scope, params: { unique_id: uniqueId } };
}

/** The part of the dashboard's state that decides what the cards ask for. */
export interface DashboardView {
  period: Period;
  range: DayRange;
  mentor: string | null;
}

/** The calls a view makes, in card order: sentiment (the line, then the split), cost, top students. */
export function dashboardRequests(scope: Scope, view: DashboardView, today: IsoDay): ApiRequest[] {
  const { preset } = sentimentRequest(view.period, view.range, today);
  return [
    sentimentCall(scope, preset),
    userSentimentCall(scope, view.range),
    costCall(scope, view.range),
    topStudentsCall(scope, view.range, view.mentor),
  ];
}

/**
 * Path and query string of a call: the one builder of API URLs, used by the browser's fetch
 * and the server's preload hints alike. A preload is only reused when its URL is the same
 * string, parameter order and encoding included.
 */
export function requestTarget(request: ApiRequest): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(request.params)) if (value) query.set(key, value);
  const search = query.toString();
  return `${endpointPath(request.endpoint, request.scope.org, request.scope.userId)}${search ? `?${search}` : ''}`;
}
