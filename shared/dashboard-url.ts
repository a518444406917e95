import { MAX_BUDGET, parseBudgetAmount } from './budget.ts';
import { isValidIdentifier, isValidMentorId } from './identifiers.ts';
import { isPreset, MAX_RANGE_DAYS, PERIODS, rangeLength, resolvePreset, type DayRange, type Period } from './periods.ts';
import type { Defaults } from './scope.ts';
import { addDays, parseIsoDay, type IsoDay } from './utc-day.ts';

/** The query parameters the dashboard owns; anything else in the URL is left alone. */
export const URL_KEYS = ['period', 'from', 'to', 'mentor', 'org', 'user', 'compare', 'budget'] as const;
export type UrlKey = (typeof URL_KEYS)[number];
export type RawParams = Record<UrlKey, string | null>;

/** A record over the owned keys: the one place that walks them, for parsing, writing and the server's hints. */
export function byUrlKey<T>(value: (key: UrlKey) => T): Record<UrlKey, T> {
  const entries = URL_KEYS.map((key) => [key, value(key)] as const);
  // Object.fromEntries loses the key type; every key of URL_KEYS is present by construction.
  return Object.fromEntries(entries) as Record<UrlKey, T>;
}

export const DEFAULT_PERIOD = '7d' satisfies Period;
export { MAX_BUDGET, MAX_RANGE_DAYS };

/** The whole dashboard view, typed and resolved: what every query key is made of. */
export interface DashboardState {
  period: Period;
  range: DayRange;
  mentor: string | null;
  /** Set only when the URL overrides the server's configured default. */
  org: string | null;
  user: string | null;
  /** Compare with the period of the same length just before. */
  compare: boolean;
  /** Monthly LLM budget in US dollars, when the admin set one. */
  budget: number | null;
}

/**
 * What was wrong with a URL and what the parser did about it. Values are quoted raw; the UI
 * words (and shortens) them: src/state/url-notices.ts.
 */
export type UrlNotice =
  | { kind: 'unknown-period'; value: string }
  | { kind: 'dates-without-period' }
  | { kind: 'dates-without-custom' }
  | { kind: 'bad-dates'; from: string | null; to: string | null }
  | { kind: 'dates-swapped' }
  | { kind: 'future-range' }
  | { kind: 'ends-in-future'; today: IsoDay }
  | { kind: 'range-too-long'; from: IsoDay }
  | { kind: 'bad-id'; key: 'mentor' | 'org' | 'user'; value: string }
  | { kind: 'org-not-allowed'; value: string }
  | { kind: 'user-fixed'; value: string }
  | { kind: 'unknown-compare'; value: string }
  | { kind: 'bad-budget'; value: string }
  | { kind: 'repeated-key'; key: UrlKey; count: number; values: string[] };

export interface ParsedUrl {
  state: DashboardState;
  notices: UrlNotice[];
}

/**
 * What this dashboard lets a URL choose, from the server's config: the orgs it may show
 * (`IBL_ORGS`; null when it says nothing, so any valid id) and whether the user segment is
 * fixed (while sign-in is on, the server always sends its own `IBL_USER_ID`).
 */
export interface UrlRules {
  orgs: readonly string[] | null;
  userFixed: boolean;
}

export const OPEN_URL_RULES: UrlRules = { orgs: null, userFixed: false };

/**
 * The one parser from query string to dashboard state. It never throws: every bad value
 * falls back to a default, and each correction is recorded so the page can say so.
 */
export function parseDashboardParams(
  raw: RawParams,
  today: IsoDay,
  defaults: Defaults,
  rules: UrlRules = OPEN_URL_RULES,
): ParsedUrl {
  const notices: UrlNotice[] = [];
  let period: Period = DEFAULT_PERIOD;
  if (raw.period !== null && raw.period !== '') {
    const known = PERIODS.find((candidate) => candidate === raw.period);
    if (known) period = known;
    else notices.push({ kind: 'unknown-period', value: raw.period });
  }

  const hasDates = raw.from !== null || raw.to !== null;
  if (raw.period === null && raw.from !== null && raw.to !== null) {
    period = 'custom';
    notices.push({ kind: 'dates-without-period' });
  } else if (hasDates && period !== 'custom') {
    notices.push({ kind: 'dates-without-custom' });
  }

  let range = isPreset(period) ? resolvePreset(period, today) : resolvePreset(DEFAULT_PERIOD, today);
  if (period === 'custom') {
    const custom = parseCustomRange(raw.from, raw.to, today, notices);
    if (custom) {
      range = custom;
    } else {
      period = DEFAULT_PERIOD;
      range = resolvePreset(DEFAULT_PERIOD, today);
    }
  }

  return {
    state: {
      period,
      range,
      mentor: parseId(raw.mentor, 'mentor', isValidMentorId, notices),
      org: sameOrNull(allowedOrg(parseId(raw.org, 'org', isValidIdentifier, notices), rules, notices), defaults.org),
      user: rules.userFixed
        ? fixedUser(raw.user, defaults, notices)
        : sameOrNull(parseId(raw.user, 'user', isValidIdentifier, notices), defaults.userId),
      compare: parseCompare(raw.compare, notices),
      budget: parseBudget(raw.budget, notices),
    },
    notices,
  };
}

function parseCustomRange(rawFrom: string | null, rawTo: string | null, today: IsoDay, notices: UrlNotice[]): DayRange | null {
  const from = rawFrom === null ? null : parseIsoDay(rawFrom);
  const to = rawTo === null ? null : parseIsoDay(rawTo);
  if (from === null || to === null) {
    notices.push({ kind: 'bad-dates', from: from === null ? (rawFrom ?? '') : null, to: to === null ? (rawTo ?? '') : null });
    return null;
  }
  let range: DayRange = from <= to ? { from, to } : { from: to, to: from };
  if (from > to) notices.push({ kind: 'dates-swapped' });
  if (range.from > today) {
    notices.push({ kind: 'future-range' });
    return null;
  }
  if (range.to > today) {
    range = { from: range.from, to: today };
    notices.push({ kind: 'ends-in-future', today });
  }
  if (rangeLength(range) > MAX_RANGE_DAYS) {
    range = { from: addDays(range.to, -(MAX_RANGE_DAYS - 1)), to: range.to };
    notices.push({ kind: 'range-too-long', from: range.from });
  }
  return range;
}

function parseId(
  raw: string | null,
  key: 'mentor' | 'org' | 'user',
  isValid: (value: string) => boolean,
  notices: UrlNotice[],
): string | null {
  if (raw === null) return null;
  const value = raw.trim();
  if (value === '') return null;
  if (isValid(value)) return value;
  notices.push({ kind: 'bad-id', key, value });
  return null;
}

function allowedOrg(org: string | null, rules: UrlRules, notices: UrlNotice[]): string | null {
  if (org === null || rules.orgs === null || rules.orgs.includes(org)) return org;
  notices.push({ kind: 'org-not-allowed', value: org });
  return null;
}

/** Any other user in the URL is dropped, valid or not: the server would not use it. */
function fixedUser(raw: string | null, defaults: Defaults, notices: UrlNotice[]): null {
  const value = raw?.trim() ?? '';
  if (value !== '' && value !== defaults.userId) notices.push({ kind: 'user-fixed', value });
  return null;
}

function parseCompare(raw: string | null, notices: UrlNotice[]): boolean {
  if (raw === null || raw === '') return false;
  if (raw === 'previous') return true;
  notices.push({ kind: 'unknown-compare', value: raw });
  return false;
}

function parseBudget(raw: string | null, notices: UrlNotice[]): number | null {
  if (raw === null || raw.trim() === '') return null;
  const budget = parseBudgetAmount(raw);
  if (budget === null) notices.push({ kind: 'bad-budget', value: raw });
  return budget;
}

function sameOrNull(value: string | null, fallback: string): string | null {
  return value === fallback ? null : value;
}

/** The canonical query parameters of a state: defaults left out. */
export function toRawParams(state: DashboardState): RawParams {
  const custom = state.period === 'custom';
  return {
    period: state.period === DEFAULT_PERIOD ? null : state.period,
    from: custom ? state.range.from : null,
    to: custom ? state.range.to : null,
    mentor: state.mentor,
    org: state.org,
    user: state.user,
    compare: state.compare ? 'previous' : null,
    budget: state.budget === null ? null : String(state.budget),
  };
}

/** Every value of each owned key, in URL order, as URLSearchParams.getAll gives them. */
export type UrlValues = Record<UrlKey, readonly string[]>;

export function urlValuesOf(search: URLSearchParams): UrlValues {
  return byUrlKey((key) => search.getAll(key));
}

/**
 * The parser for a whole query string, where a key may come more than once (a link edited by
 * hand, two links glued together). The first value counts, as URLSearchParams.get reads it;
 * when the values differ, a notice says which was used.
 */
export function parseDashboardSearch(
  values: UrlValues,
  today: IsoDay,
  defaults: Defaults,
  rules: UrlRules = OPEN_URL_RULES,
): ParsedUrl {
  const notices: UrlNotice[] = [];
  const raw = byUrlKey((key) => {
    const all = values[key];
    const distinct = [...new Set(all)];
    if (distinct.length > 1) notices.push({ kind: 'repeated-key', key, count: all.length, values: distinct });
    return all[0] ?? null;
  });
  const parsed = parseDashboardParams(raw, today, defaults, rules);
  return { state: parsed.state, notices: [...notices, ...parsed.notices] };
}

/** The URL holds each owned key at most once, with exactly its canonical value. */
export function isCanonicalSearch(values: UrlValues, canonical: RawParams): boolean {
  return URL_KEYS.every((key) => {
    const value = canonical[key];
    const present = values[key];
    return value === null ? present.length === 0 : present.length === 1 && present[0] === value;
  });
}
