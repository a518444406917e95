import { describe, expect, it } from 'vitest';
import {
  isCanonicalSearch,
  parseDashboardParams,
  parseDashboardSearch,
  toRawParams,
  urlValuesOf,
  type ParsedUrl,
  type RawParams,
} from '../../shared/dashboard-url';
import { describeUrlNotice } from './url-notices';

const today = '2026-11-30';
const defaults = { org: 'demo', userId: 'admin' };
const empty: RawParams = {
  period: null,
  from: null,
  to: null,
  mentor: null,
  org: null,
  user: null,
  compare: null,
  budget: null,
};

/** The parser's result with its notices in words, as the page shows them. */
function inWords(parsed: ParsedUrl) {
  return { state: parsed.state, notices: parsed.notices.map((notice) => describeUrlNotice(notice, defaults)) };
}

function parse(params: Partial<RawParams>) {
  return inWords(parseDashboardParams({ ...empty, ...params }, today, defaults));
}

describe('parseDashboardParams', () => {
  it('defaults to the last 7 days, all mentors, the configured org', () => {
    const { state, notices } = parse({});
    expect(state).toEqual({
      period: '7d',
      range: { from: '2026-11-24', to: '2026-11-30' },
      mentor: null,
      org: null,
      user: null,
      compare: false,
      budget: null,
    });
    expect(notices).toEqual([]);
    expect(toRawParams(state)).toEqual(empty);
  });

  it('reads every preset and a custom range', () => {
    expect(parse({ period: '30d' }).state.range).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(parse({ period: 'yesterday' }).state.range).toEqual({ from: '2026-11-29', to: '2026-11-29' });
    const custom = parse({ period: 'custom', from: '2026-10-01', to: '2026-10-31' });
    expect(custom.state).toMatchObject({ period: 'custom', range: { from: '2026-10-01', to: '2026-10-31' } });
    expect(custom.notices).toEqual([]);
    expect(toRawParams(custom.state)).toEqual({ ...empty, period: 'custom', from: '2026-10-01', to: '2026-10-31' });
  });

  it('replaces an unknown period and says so', () => {
    const { state, notices } = parse({ period: 'fortnight' });
    expect(state.period).toBe('7d');
    expect(notices).toEqual(['Unknown period “fortnight”; showing Last 7 days instead.']);
  });

  it.each([
    ['malformed', { from: '2026-1-01', to: '2026-01-31' }],
    ['impossible', { from: '2026-02-30', to: '2026-03-05' }],
    ['missing', { from: '2026-02-01' }],
  ])('falls back from a %s custom date', (_, dates) => {
    const { state, notices } = parse({ period: 'custom', ...dates });
    expect(state.period).toBe('7d');
    expect(notices[0]).toMatch(/A custom range needs real dates as YYYY-MM-DD/);
  });

  it('swaps reversed dates', () => {
    const { state, notices } = parse({ period: 'custom', from: '2026-11-10', to: '2026-11-01' });
    expect(state.range).toEqual({ from: '2026-11-01', to: '2026-11-10' });
    expect(notices).toEqual(['“from” was after “to”, so the dates were swapped.']);
  });

  it('clips a range that ends in the future and refuses one that starts there', () => {
    const clipped = parse({ period: 'custom', from: '2026-11-20', to: '2026-12-10' });
    expect(clipped.state.range).toEqual({ from: '2026-11-20', to: '2026-11-30' });
    expect(clipped.notices[0]).toMatch(/ends today \(2026-11-30\)/);
    const future = parse({ period: 'custom', from: '2027-01-01', to: '2027-01-10' });
    expect(future.state.period).toBe('7d');
    expect(future.notices[0]).toMatch(/entirely in the future/);
  });

  it('caps an over-long range', () => {
    const { state, notices } = parse({ period: 'custom', from: '2020-01-01', to: '2026-11-30' });
    expect(state.range).toEqual({ from: '2025-11-30', to: '2026-11-30' });
    expect(notices[0]).toMatch(/at most 366 days/);
  });

  it('drops dates that come with a preset, and treats dates without a period as custom', () => {
    const preset = parse({ period: '30d', from: '2026-11-01', to: '2026-11-02' });
    expect(toRawParams(preset.state)).toEqual({ ...empty, period: '30d' });
    expect(preset.notices[0]).toMatch(/apply only to a custom range/);
    const bare = parse({ from: '2026-11-01', to: '2026-11-02' });
    expect(bare.state).toMatchObject({ period: 'custom', range: { from: '2026-11-01', to: '2026-11-02' } });
  });

  it('keeps a valid mentor and refuses odd or over-long ones', () => {
    expect(parse({ mentor: ' 5f0c6d8e-93a1-4b57-9d2e-0c4f1a7b3e21 ' }).state.mentor).toBe('5f0c6d8e-93a1-4b57-9d2e-0c4f1a7b3e21');
    expect(parse({ mentor: '' }).notices).toEqual([]);
    const odd = parse({ mentor: '<script>alert(1)</script>' });
    expect(odd.state.mentor).toBeNull();
    expect(odd.notices[0]).toMatch(/^Mentor id “<script>alert\(1\)<\/script>” is not a valid id/);
    const long = parse({ mentor: 'm'.repeat(200) });
    expect(long.state.mentor).toBeNull();
    expect(long.notices[0]).toContain('…');
  });

  it('leaves org and user out when they equal the configured defaults', () => {
    expect(parse({ org: 'demo', user: 'admin' }).state).toMatchObject({ org: null, user: null });
    expect(parse({ org: 'northwind-academy' }).state.org).toBe('northwind-academy');
    expect(parse({ org: '../etc' }).notices[0]).toMatch(/^Org “..\/etc” is not a valid id/);
  });

  it('reads the comparison and a budget, refusing anything else', () => {
    const good = parse({ compare: 'previous', budget: '250.5' });
    expect(good.state).toMatchObject({ compare: true, budget: 250.5 });
    expect(toRawParams(good.state)).toMatchObject({ compare: 'previous', budget: '250.5' });
    const bad = parse({ compare: 'yes', budget: '-3' });
    expect(bad.state).toMatchObject({ compare: false, budget: null });
    expect(bad.notices).toHaveLength(2);
    expect(parse({ budget: '1e9' }).state.budget).toBeNull();
  });
});

describe('the dashboard’s rules for org and user', () => {
  const rules = { orgs: ['demo', 'northwind-academy'], userFixed: true };
  function ruled(params: Partial<RawParams>) {
    return inWords(parseDashboardParams({ ...empty, ...params }, today, defaults, rules));
  }

  it('keeps an allowed org and corrects any other to the default, saying so', () => {
    expect(ruled({ org: 'northwind-academy' })).toMatchObject({ state: { org: 'northwind-academy' }, notices: [] });
    const outside = ruled({ org: 'rival-university', period: '30d' });
    expect(outside.state).toMatchObject({ org: null, period: '30d' });
    expect(outside.notices).toEqual(['This dashboard does not show org “rival-university”; showing demo.']);
    expect(toRawParams(outside.state).org).toBeNull();
  });

  it('says an invalid org is invalid, not that it is outside the list', () => {
    expect(ruled({ org: '../etc' }).notices).toEqual([expect.stringMatching(/^Org “..\/etc” is not a valid id/)]);
  });

  it('corrects any user away while sign-in fixes it, silently when it is the configured one', () => {
    const chosen = ruled({ user: 'someone-else' });
    expect(chosen.state.user).toBeNull();
    expect(chosen.notices).toEqual([
      'The user in the link (“someone-else”) does not apply while sign-in is on, so it was removed; the dashboard asks as admin.',
    ]);
    expect(ruled({ user: '%2F..' }).notices).toHaveLength(1);
    expect(ruled({ user: 'admin' })).toMatchObject({ state: { user: null }, notices: [] });
    expect(ruled({ user: '  ' }).notices).toEqual([]);
  });

  it('changes nothing without rules: any valid org and user', () => {
    expect(parse({ org: 'rival-university', user: 'someone-else' }).state).toMatchObject({
      org: 'rival-university',
      user: 'someone-else',
    });
  });

  it('applies the same rules to a whole query string', () => {
    const parsed = parseDashboardSearch(urlValuesOf(new URLSearchParams('org=rival&user=x')), today, defaults, rules);
    expect(parsed.notices.map((notice) => notice.kind)).toEqual(['org-not-allowed', 'user-fixed']);
  });
});

describe('parseDashboardSearch', () => {
  function search(query: string) {
    return inWords(parseDashboardSearch(urlValuesOf(new URLSearchParams(query)), today, defaults));
  }

  it('reads a query string like parseDashboardParams when no key repeats', () => {
    expect(search('period=30d&mentor=5f0c6d8e-93a1-4b57-9d2e-0c4f1a7b3e21')).toEqual(
      parse({ period: '30d', mentor: '5f0c6d8e-93a1-4b57-9d2e-0c4f1a7b3e21' }),
    );
  });

  it('uses the first of repeated values and says so when they differ', () => {
    const { state, notices } = search('period=30d&period=90d&period=30d');
    expect(state.period).toBe('30d');
    expect(notices).toEqual(['“period” appeared 3 times (“30d”, “90d”); the first was used.']);
    expect(search('period=&period=90d').state.period).toBe('7d');
    expect(search('period=&period=90d').notices[0]).toMatch(/^“period” appeared 2 times \(“”, “90d”\)/);
  });

  it('drops an identical repeat without a notice, but does not call that URL canonical', () => {
    const values = urlValuesOf(new URLSearchParams('mentor=5f0c6d8e-93a1-4b57-9d2e-0c4f1a7b3e21&mentor=5f0c6d8e-93a1-4b57-9d2e-0c4f1a7b3e21'));
    const { state, notices } = parseDashboardSearch(values, today, defaults);
    expect(notices).toEqual([]);
    expect(isCanonicalSearch(values, toRawParams(state))).toBe(false);
    expect(isCanonicalSearch(urlValuesOf(new URLSearchParams('mentor=5f0c6d8e-93a1-4b57-9d2e-0c4f1a7b3e21')), toRawParams(state))).toBe(true);
  });

  it('quotes at most three of many differing values, each clipped', () => {
    const { notices } = search(['a', 'b', 'c', 'd'].map((value) => `compare=${value.repeat(60)}`).join('&'));
    expect(notices[0]).toBe(`“compare” appeared 4 times (“${'a'.repeat(40)}…”, “${'b'.repeat(40)}…”, “${'c'.repeat(40)}…”, …); the first was used.`);
  });
});

describe('ids', () => {
  it('refuses a colon in org and user, which the server refuses in the path, but keeps it in a mentor id', () => {
    expect(parse({ org: 'a:b' }).state.org).toBeNull();
    expect(parse({ org: 'a:b' }).notices[0]).toBe(
      'Org “a:b” is not a valid id (letters, digits and . _ @ + -, at most 128 characters); showing demo.',
    );
    expect(parse({ user: 'x:y' }).state.user).toBeNull();
    expect(parse({ mentor: 'mentor:42' }).state.mentor).toBe('mentor:42');
  });

  it('never cuts a character in half when it shortens a quoted value', () => {
    const { notices } = parse({ mentor: '😀'.repeat(50) });
    expect(notices[0]).toContain(`“${'😀'.repeat(40)}…”`);
    expect(notices[0]).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
