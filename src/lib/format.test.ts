import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  formatAge,
  formatClock,
  formatCount,
  formatDay,
  formatDayShort,
  formatMoney,
  formatPercent,
  formatRange,
  formatOneDecimal,
  formatPoints,
  formatShare,
} from './format';

describe('formatMoney', () => {
  it('shows dollars with two decimals', () => {
    expect(formatMoney(5.75, 'en-US')).toBe('$5.75');
    expect(formatMoney(0, 'en-US')).toBe('$0.00');
    expect(formatMoney(1234567.891, 'en-US')).toBe('$1,234,567.89');
    expect(formatMoney(12, 'en-US')).toBe('$12.00');
    expect(formatMoney(1.005, 'en-US')).toBe('$1.01');
  });

  it('keeps the significant digits of amounts under a cent', () => {
    expect(formatMoney(0.0042, 'en-US')).toBe('$0.0042');
    expect(formatMoney(0.000123, 'en-US')).toBe('$0.00012');
    expect(formatMoney(0.01, 'en-US')).toBe('$0.01');
  });

  it('follows the locale', () => {
    expect(formatMoney(1234.5, 'de-DE')).toBe('1.234,50\u00a0$');
    expect(formatMoney(1234.5, 'en-GB')).toBe('US$1,234.50');
  });
});

describe('counts and shares', () => {
  it('formats counts with the locale’s grouping', () => {
    expect(formatCount(12345, 'en-US')).toBe('12,345');
    expect(formatCount(12345, 'de-DE')).toBe('12.345');
    expect(formatCount(123456, 'en-IN')).toBe('1,23,456');
  });

  it('writes unsigned changes as percentages, with a decimal below 10 %', () => {
    expect(formatPercent(0.18, 'en-US')).toBe('18%');
    expect(formatPercent(-0.25, 'en-US')).toBe('25%');
    expect(formatPercent(0.043, 'en-US')).toBe('4.3%');
    expect(formatPercent(0, 'en-US')).toBe('0%');
    expect(formatPercent(2.5, 'en-US')).toBe('250%');
    expect(formatPercent(0.18, 'de-DE')).toBe('18\u00a0%');
  });

  it('writes a share given in percent with fixed decimals', () => {
    expect(formatShare(61.5, 1, 'en-US')).toBe('61.5%');
    expect(formatShare(12.25, 1, 'en-US')).toBe('12.3%');
    expect(formatShare(0, 1, 'en-US')).toBe('0.0%');
    expect(formatShare(61.5, 1, 'de-DE')).toBe('61,5\u00a0%');
  });

  it('writes a change in percentage points with its sign', () => {
    expect(formatPoints(3.2, 'en-US')).toBe('+3.2 pts');
    expect(formatPoints(-1.64, 'en-US')).toBe('-1.6 pts');
    expect(formatPoints(0, 'en-US')).toBe('0.0 pts');
    expect(formatPoints(-0, 'en-US')).toBe('0.0 pts');
    expect(formatPoints(3.2, 'de-DE')).toBe('+3,2 pts');
    expect(formatOneDecimal(1.64, 'en-US')).toBe('1.6');
    expect(formatOneDecimal(1234.5, 'de-DE')).toBe('1.234,5');
  });
});

describe('days', () => {
  // A zone behind UTC, where UTC midnight is still the day before: on a UTC machine a
  // formatter that forgot timeZone: 'UTC' would pass unnoticed.
  beforeEach(() => {
    vi.stubEnv('TZ', 'Pacific/Honolulu');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('formats UTC days, never shifted by the local zone', () => {
    expect(new Date(Date.UTC(2026, 10, 30)).getDate()).toBe(29);
    expect(formatDay('2026-11-30', 'en-US')).toBe('Nov 30, 2026');
    expect(formatDayShort('2026-01-01', 'en-US')).toBe('Jan 1');
    expect(formatDay('2026-11-30', 'de-DE')).toBe('30.11.2026');
  });

  it('formats inclusive ranges', () => {
    expect(formatRange({ from: '2026-11-24', to: '2026-11-30' }, 'en-US')).toMatch(/^Nov 24\s–\s30, 2026$/);
    expect(formatRange({ from: '2026-11-30', to: '2026-11-30' }, 'en-US')).toBe('Nov 30, 2026');
    expect(formatRange({ from: '2025-12-30', to: '2026-01-02' }, 'en-US')).toMatch(/^Dec 30, 2025\s–\sJan 2, 2026$/);
    expect(formatRange({ from: '2025-12-30', to: '2026-01-02' }, 'de-DE')).toMatch(/^30\.12\.2025\s–\s02\.01\.2026$/);
  });
});

describe('time', () => {
  it('says how old the data is', () => {
    expect(formatAge(10_000, 'en-US')).toBe('now');
    expect(formatAge(3 * 60_000 + 5_000, 'en-US')).toBe('3 min. ago');
    expect(formatAge(2 * 3_600_000, 'en-US')).toBe('2 hr. ago');
    expect(formatAge(3 * 60_000, 'de-DE')).toBe('vor 3 Min.');
  });

  it('formats a clock time in the given zone and locale', () => {
    const time = Date.parse('2026-11-30T10:42:00Z');
    expect(formatClock(time, 'en-US', 'UTC')).toMatch(/^10:42\sAM$/);
    expect(formatClock(time, 'de-DE', 'UTC')).toBe('10:42');
    expect(formatClock(time, 'en-US', 'Asia/Tokyo')).toMatch(/^7:42\sPM$/);
  });
});

describe('the formatter cache', () => {
  afterEach(() => vi.restoreAllMocks());

  it('builds each formatter once per kind and locale', () => {
    const Real = Intl.NumberFormat;
    const built = vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (...args: ConstructorParameters<typeof Real>) {
      return new Real(...args);
    } as unknown as typeof Real);
    formatCount(1, 'fr-CA');
    formatCount(2, 'fr-CA');
    formatCount(3, 'fr-CA');
    expect(built).toHaveBeenCalledTimes(1);
    expect(formatCount(4, 'it-IT')).toBe('4');
    expect(built).toHaveBeenCalledTimes(2);
  });

  it('never hands one locale the formatter of another', () => {
    expect(formatCount(1234567, 'en-US')).toBe('1,234,567');
    expect(formatCount(1234567, 'de-DE')).toBe('1.234.567');
    expect(formatCount(1234567, 'en-US')).toBe('1,234,567');
    expect(formatDay('2026-11-30', 'de-DE')).toBe('30.11.2026');
    expect(formatDay('2026-11-30', 'en-US')).toBe('Nov 30, 2026');
    expect(formatClock(0, 'de-DE', 'UTC')).toBe('00:00');
    expect(formatClock(0, 'en-US', 'UTC')).toMatch(/^12:00\sAM$/);
  });

  it('never hands one kind the formatter of another', () => {
    expect(formatMoney(0.0042, 'en-US')).toBe('$0.0042');
    expect(formatMoney(12, 'en-US')).toBe('$12.00');
    expect(formatPercent(0.043, 'en-US')).toBe('4.3%');
    expect(formatPercent(0.43, 'en-US')).toBe('43%');
    expect(formatClock(0, 'en-US', 'UTC')).toMatch(/^12:00\sAM$/);
    expect(formatClock(0, 'en-US', 'Asia/Tokyo')).toMatch(/^9:00\sAM$/);
  });
});
