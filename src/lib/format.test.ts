import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatCount, formatDay, formatDayShort, formatMoney, formatRange, isEnUs } from './format';
import { formatPercent } from './periods';
import { formatAge, formatClock } from './relative-time';

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
    expect(formatRange({ from: '2026-11-24', to: '2026-11-30' }, 'en-US')).toBe('Nov 24 – 30, 2026');
    expect(formatRange({ from: '2026-11-30', to: '2026-11-30' }, 'en-US')).toBe('Nov 30, 2026');
    expect(formatRange({ from: '2025-12-30', to: '2026-01-02' }, 'en-US')).toBe('Dec 30, 2025 – Jan 2, 2026');
    expect(formatRange({ from: '2025-12-30', to: '2026-01-02' }, 'de-DE')).toMatch(/^30\.12\.2025\s–\s02\.01\.2026$/);
  });
});

describe('en-US without Intl', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes every en-US figure without building an Intl formatter', () => {
    const built = (['NumberFormat', 'DateTimeFormat', 'RelativeTimeFormat', 'Collator'] as const).map((name) => vi.spyOn(Intl, name));
    const texts = [
      formatMoney(27.6743, 'en-US'),
      formatMoney(0.0042, 'en-US'),
      formatCount(12345, 'en-US'),
      formatDay('2026-11-30', 'en-US'),
      formatDayShort('2026-11-30', 'en-US'),
      formatRange({ from: '2026-11-24', to: '2026-11-30' }, 'en-US'),
      formatPercent(0.18, 'en-US'),
      formatAge(3 * 60_000, 'en-US'),
      formatClock(Date.parse('2026-11-30T10:42:00'), 'en-US'),
    ];
    expect(texts).toEqual(['$27.67', '$0.0042', '12,345', 'Nov 30, 2026', 'Nov 30', 'Nov 24 – 30, 2026', '18%', '3 min. ago', '10:42 AM']);
    for (const spy of built) expect(spy).not.toHaveBeenCalled();
  });

  it('asks Intl for any other locale', () => {
    // en-IN groups lakhs: a written-out en-US format could not produce this.
    expect(formatCount(123456, 'en-IN')).toBe('1,23,456');
    expect(formatMoney(1234.5, 'en-GB')).toBe('US$1,234.50');
  });

  it('takes the browser’s language when no locale is given', () => {
    const language = vi.spyOn(navigator, 'language', 'get');
    language.mockReturnValue('en-US');
    expect(isEnUs(undefined)).toBe(true);
    language.mockReturnValue('de-DE');
    expect(isEnUs(undefined)).toBe(false);
    expect(isEnUs('en-US')).toBe(true);
    expect(isEnUs('en')).toBe(false);
  });
});
