import {
  isPreset,
  MAX_RANGE_DAYS,
  PERIODS,
  PRESET_LABELS,
  rangeLength,
  resolvePreset,
  type DayRange,
  type Period,
} from '../lib/periods';
import { addDays, parseIsoDay, type IsoDay } from '../lib/utc-day';

/** The query parameters the dashboard owns; anything else in the URL is left alone. */
export const URL_KEYS = ['period', 'from', 'to', 'mentor', 'org', 'user', 'compare', 'budget'] as const;
export type UrlKey = (typeof URL_KEYS)[number];
export type RawParams = Record<UrlKey, string | null>;

export const DEFAULT_PERIOD = '7d' satisfies Period;
export { MAX_RANGE_DAYS };

/**
 * Org and user go into the API path: the dashboard server accepts exactly this (see
 * server/identifiers.ts), so anything else would only come back as a 400. Mentor ids travel
 * in the query string and may also hold a colon.
 */
const PATH_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@+-]{0,127}$/;
const MENTOR_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:@+-]{0,127}$/;
const PATH_ID_RULE = 'letters, digits and . _ @ + -, at most 128 characters';
const MENTOR_ID_RULE = 'letters, digits and . _ : @ + -, at most 128 characters';

export interface Defaults {
  org: string;
  userId: string;
}

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

/** Budgets above this are typos, not budgets. */
export const MAX_BUDGET = 10_000_000;

export interface ParsedUrl {
  state: DashboardState;
  /** What was wrong with the URL and what was done about it, in words. */
  notices: string[];
}

/**
 * The one parser from query string to dashboard state. It never throws: every bad value
 * falls back to a default, and each correction is described so the page can say so.
 */
export function parseDashboardParams(raw: RawParams, today: IsoDay, defaults: Defaults): ParsedUrl {
  const notices: string[] = [];
  let period: Period = DEFAULT_PERIOD;
  if (raw.period !== null && raw.period !== '') {
    if ((PERIODS as readonly string[]).includes(raw.period)) {
      period = raw.period as Period;
    } else {
      notices.push(`Unknown period “${clip(raw.period)}”; showing ${PRESET_LABELS[DEFAULT_PERIOD]} instead.`);
    }
  }

  const hasDates = raw.from !== null || raw.to !== null;
  if (raw.period === null && raw.from !== null && raw.to !== null) {
    period = 'custom';
    notices.push('The link had dates but no period; showing them as a custom range.');
  } else if (hasDates && period !== 'custom') {
    notices.push(`“from” and “to” apply only to a custom range, so they were removed.`);
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
      mentor: parseId(raw.mentor, MENTOR_ID_PATTERN, 'Mentor id', MENTOR_ID_RULE, 'showing all mentors', notices),
      org: sameOrNull(parseId(raw.org, PATH_ID_PATTERN, 'Org', PATH_ID_RULE, `showing ${defaults.org}`, notices), defaults.org),
      user: sameOrNull(
        parseId(raw.user, PATH_ID_PATTERN, 'User', PATH_ID_RULE, `using ${defaults.userId}`, notices),
        defaults.userId,
      ),
      compare: parseCompare(raw.compare, notices),
      budget: parseBudget(raw.budget, notices),
    },
    notices,
  };
}

function parseCustomRange(
  rawFrom: string | null,
  rawTo: string | null,
  today: IsoDay,
  notices: string[],
): DayRange | null {
  const from = rawFrom === null ? null : parseIsoDay(rawFrom);
  const to = rawTo === null ? null : parseIsoDay(rawTo);
  if (from === null || to === null) {
    const bad = [
      from === null ? `from “${clip(rawFrom ?? '')}”` : null,
      to === null ? `to “${clip(rawTo ?? '')}”` : null,
    ].filter(Boolean);
    notices.push(
      `A custom range needs real dates as YYYY-MM-DD (${bad.join(', ')}); showing ${PRESET_LABELS[DEFAULT_PERIOD]} instead.`,
    );
    return null;
  }
  let range: DayRange = from <= to ? { from, to } : { from: to, to: from };
  if (from > to) notices.push(`“from” was after “to”, so the dates were swapped.`);
  if (range.from > today) {
    notices.push(`The range lies entirely in the future; showing ${PRESET_LABELS[DEFAULT_PERIOD]} instead.`);
    return null;
  }
  if (range.to > today) {
    range = { from: range.from, to: today };
    notices.push(`The range ended in the future, so it now ends today (${today}).`);
  }
  if (rangeLength(range) > MAX_RANGE_DAYS) {
    range = { from: addDays(range.to, -(MAX_RANGE_DAYS - 1)), to: range.to };
    notices.push(`A range can span at most ${MAX_RANGE_DAYS} days, so it now starts on ${range.from}.`);
  }
  return range;
}

function parseId(
  raw: string | null,
  pattern: RegExp,
  what: string,
  rule: string,
  fallback: string,
  notices: string[],
): string | null {
  if (raw === null) return null;
  const value = raw.trim();
  if (value === '') return null;
  if (pattern.test(value)) return value;
  notices.push(`${what} “${clip(value)}” is not a valid id (${rule}); ${fallback}.`);
  return null;
}

function parseCompare(raw: string | null, notices: string[]): boolean {
  if (raw === null || raw === '') return false;
  if (raw === 'previous') return true;
  notices.push(`Unknown comparison “${clip(raw)}”; the only one is “previous”, so comparison is off.`);
  return false;
}

function parseBudget(raw: string | null, notices: string[]): number | null {
  if (raw === null || raw.trim() === '') return null;
  const value = Number(raw.trim());
  if (/^\d+(\.\d{1,2})?$/.test(raw.trim()) && value > 0 && value <= MAX_BUDGET) return value;
  notices.push(
    `Budget “${clip(raw)}” is not an amount of dollars between 0 and ${MAX_BUDGET.toLocaleString('en-US')} (e.g. 250 or 99.50); no budget is shown.`,
  );
  return null;
}

function sameOrNull(value: string | null, fallback: string): string | null {
  return value === fallback ? null : value;
}

/**
 * Long or hostile values are quoted in notices shortened (by characters, so an emoji is never
 * cut in half); React renders them as text.
 */
function clip(value: string): string {
  if (value.length <= 40) return value;
  const characters = Array.from(value);
  return characters.length > 40 ? `${characters.slice(0, 40).join('')}…` : value;
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
  return byKey((key) => search.getAll(key));
}

/** A record over the owned keys, spelled out so the type holds without a cast. */
function byKey<T>(value: (key: UrlKey) => T): Record<UrlKey, T> {
  return {
    period: value('period'),
    from: value('from'),
    to: value('to'),
    mentor: value('mentor'),
    org: value('org'),
    user: value('user'),
    compare: value('compare'),
    budget: value('budget'),
  };
}

/**
 * The parser for a whole query string, where a key may come more than once (a link edited by
 * hand, two links glued together). The first value counts, as URLSearchParams.get reads it
 * (the server's preload hints do too); when the values differ, a notice says which was used.
 */
export function parseDashboardSearch(values: UrlValues, today: IsoDay, defaults: Defaults): ParsedUrl {
  const notices: string[] = [];
  const raw = byKey((key) => {
    const all = values[key];
    const distinct = [...new Set(all)];
    if (distinct.length > 1) {
      const shown = distinct.slice(0, 3).map((value) => `“${clip(value)}”`);
      if (distinct.length > 3) shown.push('…');
      notices.push(`“${key}” appeared ${all.length} times (${shown.join(', ')}); the first was used.`);
    }
    return all[0] ?? null;
  });
  const parsed = parseDashboardParams(raw, today, defaults);
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
