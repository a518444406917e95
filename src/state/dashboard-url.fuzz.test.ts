import { describe, expect, it } from 'vitest';
import { fuzzQueries } from '../../e2e/support/query-fuzz';
import { PERIODS, rangeLength } from '../../shared/periods';
import { parseIsoDay } from '../../shared/utc-day';
import {
  isCanonicalSearch,
  MAX_BUDGET,
  MAX_RANGE_DAYS,
  parseDashboardSearch,
  toRawParams,
  URL_KEYS,
  urlValuesOf,
  type RawParams,
  type UrlValues,
} from '../../shared/dashboard-url';
import { describeUrlNotice } from './url-notices';

const today = '2026-11-30';
const defaults = { org: 'demo', userId: 'admin' };
const INPUTS = fuzzQueries(20261130, 5000, new Date(`${today}T12:00:00Z`));

function valuesOf(query: string): UrlValues {
  return urlValuesOf(new URL(`https://dashboard.test/?${query}`).searchParams);
}

function canonicalQuery(raw: RawParams): string {
  const search = new URLSearchParams();
  for (const key of URL_KEYS) {
    const value = raw[key];
    if (value !== null) search.set(key, value);
  }
  return search.toString();
}

/**
 * Whether a value the URL gave and the canonical one say the same thing, so leaving the
 * change unmentioned is right: an empty value, a default written out, spaces around an id, a
 * budget written with a trailing zero.
 */
function sameMeaning(key: keyof RawParams, given: string | null, canonical: string | null): boolean {
  if (given === canonical) return true;
  if (given === null || given === '') return canonical === null;
  switch (key) {
    case 'period':
      return given === '7d' && canonical === null;
    case 'org':
      return canonical === null ? given.trim() === defaults.org : given.trim() === canonical;
    case 'user':
      return canonical === null ? given.trim() === defaults.userId : given.trim() === canonical;
    case 'mentor':
      return given.trim() === canonical;
    case 'budget':
      return canonical !== null && Number(given.trim()) === Number(canonical);
    default:
      return false;
  }
}

describe('parseDashboardSearch over generated query strings', () => {
  it(`never throws, and always gives a usable state (${INPUTS.length} inputs)`, () => {
    for (const query of INPUTS) {
      const { state } = parseDashboardSearch(valuesOf(query), today, defaults);
      expect(PERIODS).toContain(state.period);
      expect(parseIsoDay(state.range.from)).not.toBeNull();
      expect(state.range.from <= state.range.to && state.range.to <= today, query).toBe(true);
      expect(rangeLength(state.range)).toBeLessThanOrEqual(MAX_RANGE_DAYS);
      for (const id of [state.mentor, state.org, state.user]) {
        if (id !== null) expect(id).toMatch(/^[A-Za-z0-9][A-Za-z0-9._:@+-]{0,127}$/);
      }
      if (state.budget !== null) expect(state.budget > 0 && state.budget <= MAX_BUDGET).toBe(true);
    }
  });

  it('makes a canonical URL that reads back unchanged and without notices', () => {
    for (const query of INPUTS) {
      const { state } = parseDashboardSearch(valuesOf(query), today, defaults);
      const canonical = toRawParams(state);
      const again = valuesOf(canonicalQuery(canonical));
      expect(isCanonicalSearch(again, canonical), query).toBe(true);
      const reread = parseDashboardSearch(again, today, defaults);
      expect(reread.notices, query).toEqual([]);
      expect(reread.state, query).toEqual(state);
    }
  });

  it('says something whenever the canonical URL means something else than the link', () => {
    let silent = 0;
    let noticed = 0;
    for (const query of INPUTS) {
      const values = valuesOf(query);
      const { state, notices } = parseDashboardSearch(values, today, defaults);
      if (notices.length > 0) {
        noticed += 1;
        continue;
      }
      silent += 1;
      const canonical = toRawParams(state);
      for (const key of URL_KEYS) {
        const given = values[key];
        expect(new Set(given).size, `${query}: ${key} repeated with different values`).toBeLessThanOrEqual(1);
        expect(sameMeaning(key, given[0] ?? null, canonical[key]), `${query}: ${key}`).toBe(true);
      }
    }
    // The generator is worth its name only if it reaches both sides.
    expect(silent).toBeGreaterThan(500);
    expect(noticed).toBeGreaterThan(2000);
  });

  it('quotes every hostile value as plain, clipped text', () => {
    for (const query of INPUTS) {
      for (const item of parseDashboardSearch(valuesOf(query), today, defaults).notices) {
        const notice = describeUrlNotice(item, defaults);
        expect(notice.length).toBeLessThan(1000);
        // No half of a surrogate pair: a cut would show as a replacement character.
        expect(notice).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }
    }
  });
});
