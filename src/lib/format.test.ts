import { describe, expect, it } from 'vitest';
import { formatCount, formatDay, formatDayShort, formatMoney, formatRange } from './format';

describe('formatMoney', () => {
  it('shows dollars with two decimals', () => {
    expect(formatMoney(5.75, 'en-US')).toBe('$5.75');
    expect(formatMoney(0, 'en-US')).toBe('$0.00');
    expect(formatMoney(1234567.891, 'en-US')).toBe('$1,234,567.89');
    expect(formatMoney(12, 'en-US')).toBe('$12.00');
  });

  it('keeps the significant digits of amounts under a cent', () => {
    expect(formatMoney(0.0042, 'en-US')).toBe('$0.0042');
    expect(formatMoney(0.000123, 'en-US')).toBe('$0.00012');
    expect(formatMoney(0.01, 'en-US')).toBe('$0.01');
  });

  it('follows the locale', () => {
    expect(formatMoney(1234.5, 'de-DE')).toBe('1.234,50\u00a0$');
  });
});

describe('dates and counts', () => {
  it('formats counts with grouping', () => {
    expect(formatCount(12345, 'en-US')).toBe('12,345');
    expect(formatCount(12345, 'de-DE')).toBe('12.345');
  });

  it('formats UTC days, never shifted by the local zone', () => {
    expect(formatDay('2026-11-30', 'en-US')).toBe('Nov 30, 2026');
    expect(formatDayShort('2026-01-01', 'en-US')).toBe('Jan 1');
  });

  it('formats inclusive ranges', () => {
    expect(formatRange({ from: '2026-11-24', to: '2026-11-30' }, 'en-US')).toBe('Nov 24\u2009–\u200930, 2026');
    expect(formatRange({ from: '2026-11-30', to: '2026-11-30' }, 'en-US')).toBe('Nov 30, 2026');
    expect(formatRange({ from: '2025-12-30', to: '2026-01-02' }, 'en-US')).toBe('Dec 30, 2025\u2009–\u2009Jan 2, 2026');
  });
});
