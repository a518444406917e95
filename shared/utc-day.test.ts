import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays, dateToDay, dayToDate, daysBetween, eachDay, parseIsoDay, todayUtc } from './utc-day.ts';

describe('utc-day', () => {
  // A zone where UTC midnight is still the day before: on a UTC machine, local-time arithmetic
  // would give the same answers and pass unnoticed.
  beforeEach(() => {
    vi.stubEnv('TZ', 'Pacific/Honolulu');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('takes today in UTC whatever the instant’s local offset', () => {
    expect(new Date('2026-03-02T04:30:00Z').getDate()).toBe(1);
    expect(todayUtc(new Date('2026-03-01T23:30:00-05:00'))).toBe('2026-03-02');
    expect(todayUtc(new Date('2026-03-02T00:30:00+13:00'))).toBe('2026-03-01');
  });

  it('accepts only real YYYY-MM-DD dates', () => {
    expect(parseIsoDay('2024-02-29')).toBe('2024-02-29');
    expect(parseIsoDay('2025-02-29')).toBeNull();
    expect(parseIsoDay('2026-13-01')).toBeNull();
    expect(parseIsoDay('2026-1-01')).toBeNull();
    expect(parseIsoDay('2026-01-01T00:00:00Z')).toBeNull();
    expect(parseIsoDay('')).toBeNull();
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
  });

  it('counts and lists inclusive days', () => {
    expect(daysBetween('2026-01-30', '2026-02-02')).toBe(3);
    expect(eachDay('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(eachDay('2026-01-02', '2026-01-01')).toEqual([]);
  });

  it('converts between days and UTC midnights', () => {
    expect(dayToDate('2026-11-30').toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(dateToDay(new Date('2026-11-30T23:59:59Z'))).toBe('2026-11-30');
  });
});
