import { describe, expect, it } from 'vitest';
import { cacheKey, freshnessOf, upstreamSearch } from './cache-key.ts';

const BASE = 'https://api.example.test/dm/api/ai-analytics/orgs/acme/users/admin';

describe('upstreamSearch', () => {
  it('keeps the endpoint’s own parameters, in table order, each once', () => {
    const query = new URLSearchParams('end_date=2026-01-31&zzz=1&start_date=2026-01-01&mentor_id=m-1&start_date=2025-01-01');
    expect(upstreamSearch('top-students-by-chat-messages', query)).toBe(
      '?mentor_id=m-1&start_date=2026-01-01&end_date=2026-01-31',
    );
    expect(upstreamSearch('tenant-cost', query)).toBe('?start_date=2026-01-01&end_date=2026-01-31');
  });

  it('leaves off empty and unknown parameters, and a query of nothing but them', () => {
    expect(upstreamSearch('sentiment-count', new URLSearchParams('period=&_=123&start_date=2026-01-01'))).toBe('');
    expect(upstreamSearch('sentiment-count', new URLSearchParams('_=1&period=30d'))).toBe('?period=30d');
  });

  it('makes the same string of differently ordered or padded queries', () => {
    const a = upstreamSearch('tenant-cost', new URLSearchParams('start_date=2026-01-01&end_date=2026-01-31'));
    const b = upstreamSearch('tenant-cost', new URLSearchParams('end_date=2026-01-31&cb=9&start_date=2026-01-01'));
    expect(a).toBe(b);
  });
});

describe('cacheKey', () => {
  it('is the upstream URL for dated ranges', () => {
    const url = `${BASE}/tenant-cost/?start_date=2026-01-01&end_date=2026-01-31`;
    expect(cacheKey('tenant-cost', url, '2026-03-01')).toBe(url);
    expect(cacheKey('tenant-cost', url, '2026-03-02')).toBe(url);
  });

  it('carries the UTC day for sentiment-count’s relative period, so "yesterday" changes key at midnight', () => {
    const url = `${BASE}/sentiment-count/?period=yesterday`;
    expect(cacheKey('sentiment-count', url, '2026-03-01')).toBe(`${url} day=2026-03-01`);
    expect(cacheKey('sentiment-count', url, '2026-03-01')).not.toBe(cacheKey('sentiment-count', url, '2026-03-02'));
  });

  it('differs by org and user segment, which are part of the URL', () => {
    const other = `https://api.example.test/dm/api/ai-analytics/orgs/other/users/admin/tenant-cost/`;
    expect(cacheKey('tenant-cost', `${BASE}/tenant-cost/`, '2026-03-01')).not.toBe(cacheKey('tenant-cost', other, '2026-03-01'));
  });
});

describe('freshnessOf', () => {
  const today = '2026-03-10';
  it('calls sentiment periods that include today "today" and yesterday "past"', () => {
    for (const period of ['today', '7d', '30d', '90d']) {
      expect(freshnessOf('sentiment-count', `?period=${period}`, today), period).toBe('today');
    }
    expect(freshnessOf('sentiment-count', '', today)).toBe('today');
    expect(freshnessOf('sentiment-count', '?period=yesterday', today)).toBe('past');
  });

  it('calls a date range that ends before today "past", and one reaching today or beyond "today"', () => {
    expect(freshnessOf('tenant-cost', '?start_date=2026-03-01&end_date=2026-03-09', today)).toBe('past');
    expect(freshnessOf('tenant-cost', '?start_date=2026-03-01&end_date=2026-03-10', today)).toBe('today');
    expect(freshnessOf('tenant-cost', '?start_date=2026-03-01&end_date=2026-03-11', today)).toBe('today');
  });

  it('calls an open or unreadable end "today"', () => {
    expect(freshnessOf('top-students-by-chat-messages', '', today)).toBe('today');
    expect(freshnessOf('top-students-by-chat-messages', '?start_date=2026-01-01', today)).toBe('today');
    expect(freshnessOf('tenant-cost', '?end_date=2026-02-30', today)).toBe('today');
  });
});
