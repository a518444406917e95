import { isPreset, presetCovering, rangeBeyondApi, type DayRange, type Period, type Preset } from '../lib/periods';
import type { IsoDay } from '../lib/utc-day';
import { endpointPath, type Endpoint } from './endpoints';

/** Whose data: the tenant and the requesting admin. Declared here, where the server can import it too. */
export interface Scope {
  org: string;
  userId: string;
}

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

export function sentimentParams(preset: Preset): RequestParams {
  return { period: preset };
}

export function costParams(range: DayRange): RequestParams {
  return { start_date: range.from, end_date: range.to };
}

export function topStudentsParams(range: DayRange, mentor: string | null): RequestParams {
  return { mentor_id: mentor, start_date: range.from, end_date: range.to };
}

/** The part of the dashboard's state that decides what the three cards ask for. */
export interface DashboardView {
  period: Period;
  range: DayRange;
  mentor: string | null;
}

/** The three calls a view makes, in card order: sentiment, cost, top students. */
export function dashboardRequests(scope: Scope, view: DashboardView, today: IsoDay): ApiRequest[] {
  const { preset } = sentimentRequest(view.period, view.range, today);
  return [
    { endpoint: 'sentiment-count', scope, params: sentimentParams(preset) },
    { endpoint: 'tenant-cost', scope, params: costParams(view.range) },
    { endpoint: 'top-students-by-chat-messages', scope, params: topStudentsParams(view.range, view.mentor) },
  ];
}

/**
 * Path and query string of a call, exactly as the browser's fetch sends it: a preload hint
 * is only reused when its URL is the same string, parameter order and encoding included.
 */
export function requestTarget(request: ApiRequest): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(request.params)) if (value) query.set(key, value);
  const search = query.toString();
  return `${endpointPath(request.endpoint, request.scope.org, request.scope.userId)}${search ? `?${search}` : ''}`;
}
