import { describe, expect, it } from 'vitest';
import { addDays, eachDay } from '../../shared/utc-day.ts';
import { drawMinuteOfDay, isPlatformQuietDay, seasonFactor, TODAY_CUTOFF_MINUTE, weekdayFactor } from './calendar-shape.ts';
import { mulberry32 } from './prng.ts';

describe('calendar shape', () => {
  it('makes weekends quieter than weekdays', () => {
    // 2026-03-07 is a Saturday.
    const saturday = weekdayFactor('2026-03-07');
    const sunday = weekdayFactor('2026-03-08');
    const tuesday = weekdayFactor('2026-03-10');
    expect(saturday).toBeLessThan(tuesday / 2);
    expect(sunday).toBeLessThan(tuesday / 2);
  });

  it('dips over the holidays and in summer', () => {
    expect(seasonFactor('2025-12-28')).toBeLessThan(seasonFactor('2025-12-10') / 2);
    expect(seasonFactor('2026-01-02')).toBeLessThan(seasonFactor('2026-01-03'));
    expect(seasonFactor('2025-07-15')).toBeLessThan(seasonFactor('2025-10-15'));
  });

  it('is quiet on New Year, Christmas and each first Sunday, and not on other days', () => {
    expect(isPlatformQuietDay('2026-01-01')).toBe(true);
    expect(isPlatformQuietDay('2025-12-25')).toBe(true);
    expect(isPlatformQuietDay('2026-03-01')).toBe(true); // first Sunday of March 2026
    expect(isPlatformQuietDay('2026-03-08')).toBe(false); // second Sunday
    expect(isPlatformQuietDay('2026-03-02')).toBe(false);
  });

  it('puts at least two quiet days in every 90-day window', () => {
    const quiet = eachDay('2023-10-04', '2026-12-31').map(isPlatformQuietDay);
    for (let end = 89; end < quiet.length; end += 1) {
      const inWindow = quiet.slice(end - 89, end + 1).filter(Boolean).length;
      expect(inWindow, `window ending ${addDays('2023-10-04', end)}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('draws start times within the day, about half of them before the cut-off', () => {
    const random = mulberry32(3);
    const minutes = Array.from({ length: 10_000 }, () => drawMinuteOfDay(random));
    expect(minutes.every((minute) => Number.isInteger(minute) && minute >= 0 && minute < 24 * 60)).toBe(true);
    const before = minutes.filter((minute) => minute < TODAY_CUTOFF_MINUTE).length / minutes.length;
    expect(before).toBeGreaterThan(0.4);
    expect(before).toBeLessThan(0.6);
  });
});
