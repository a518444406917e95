import { describe, expect, it } from 'vitest';
import {
  MAX_RANGE_DAYS,
  oldestSelectableDay,
  daysInMonth,
  isMonthToDate,
  monthStart,
  monthToDate,
  periodChange,
  presetCovering,
  PRESETS,
  previousRange,
  rangeBeyondApi,
  rangeLength,
  resolvePreset,
  type DayRange,
} from './periods.ts';
import { addDays } from './utc-day.ts';

describe('resolvePreset', () => {
  const today = '2026-03-01';

  it.each([
    ['today', '2026-03-01', '2026-03-01', 1],
    ['yesterday', '2026-02-28', '2026-02-28', 1],
    ['7d', '2026-02-23', '2026-03-01', 7],
    ['30d', '2026-01-31', '2026-03-01', 30],
    ['90d', '2025-12-02', '2026-03-01', 90],
  ] as const)('%s resolves to %s..%s (%i days, inclusive)', (preset, from, to, days) => {
    const range = resolvePreset(preset, today);
    expect(range).toEqual({ from, to });
    expect(rangeLength(range)).toBe(days);
  });

  it('crosses a year end and a leap day', () => {
    expect(resolvePreset('yesterday', '2027-01-01')).toEqual({ from: '2026-12-31', to: '2026-12-31' });
    expect(resolvePreset('7d', '2024-03-03')).toEqual({ from: '2024-02-26', to: '2024-03-03' });
    expect(resolvePreset('30d', '2025-01-15')).toEqual({ from: '2024-12-17', to: '2025-01-15' });
  });
});

describe('presetCovering', () => {
  const today = '2026-11-30';

  it('picks the smallest preset whose days cover the range', () => {
    expect(presetCovering({ from: '2026-11-30', to: '2026-11-30' }, today)).toBe('today');
    expect(presetCovering({ from: '2026-11-29', to: '2026-11-29' }, today)).toBe('yesterday');
    expect(presetCovering({ from: '2026-11-28', to: '2026-11-29' }, today)).toBe('7d');
    expect(presetCovering({ from: '2026-11-01', to: '2026-11-10' }, today)).toBe('30d');
    expect(presetCovering({ from: '2026-09-02', to: '2026-09-03' }, today)).toBe('90d');
    expect(presetCovering({ from: '2025-01-01', to: '2025-02-01' }, today)).toBe('90d');
  });

  it('names the part of a range beyond the last 90 days', () => {
    expect(rangeBeyondApi({ from: '2026-09-02', to: '2026-11-30' }, today)).toBeNull();
    expect(rangeBeyondApi({ from: '2026-08-01', to: '2026-11-30' }, today)).toEqual({ from: '2026-08-01', to: '2026-09-01' });
    expect(rangeBeyondApi({ from: '2026-01-01', to: '2026-02-01' }, today)).toEqual({ from: '2026-01-01', to: '2026-02-01' });
  });
});

describe('previousRange', () => {
  const todays = ['2026-11-30', '2026-03-01', '2024-03-01', '2027-01-01', '2026-01-05', '2025-12-31'];

  it.each(todays)('has the length of every preset and ends the day before it, today = %s', (today) => {
    for (const preset of PRESETS) {
      const range = resolvePreset(preset, today);
      const previous = previousRange(range);
      expect(rangeLength(previous)).toBe(rangeLength(range));
      expect(previous.to).toBe(addDays(range.from, -1));
    }
  });

  it.each([
    ['today', '2026-11-29', '2026-11-29'],
    ['yesterday', '2026-11-28', '2026-11-28'],
    ['7d', '2026-11-17', '2026-11-23'],
    ['30d', '2026-10-02', '2026-10-31'],
    ['90d', '2026-06-04', '2026-09-01'],
  ] as const)('%s before 2026-11-30 is %s..%s', (preset, from, to) => {
    expect(previousRange(resolvePreset(preset, '2026-11-30'))).toEqual({ from, to });
  });

  it.each<[string, DayRange, DayRange]>([
    ['a single custom day', { from: '2026-11-10', to: '2026-11-10' }, { from: '2026-11-09', to: '2026-11-09' }],
    ['a calendar month (31 days back into a 31-day month)', { from: '2026-10-01', to: '2026-10-31' }, { from: '2026-08-31', to: '2026-09-30' }],
    ['February of a leap year', { from: '2024-02-01', to: '2024-02-29' }, { from: '2024-01-03', to: '2024-01-31' }],
    ['a range across a year end', { from: '2026-12-28', to: '2027-01-03' }, { from: '2026-12-21', to: '2026-12-27' }],
    ['a range starting on New Year’s Day', { from: '2027-01-01', to: '2027-01-10' }, { from: '2026-12-22', to: '2026-12-31' }],
    ['a range over a leap day', { from: '2024-02-28', to: '2024-03-02' }, { from: '2024-02-24', to: '2024-02-27' }],
    ['a month so far', { from: '2026-03-01', to: '2026-03-05' }, { from: '2026-02-24', to: '2026-02-28' }],
    ['the longest custom range (366 days)', { from: '2025-11-30', to: '2026-11-30' }, { from: '2024-11-29', to: '2025-11-29' }],
  ])('%s', (_, range, expected) => {
    const previous = previousRange(range);
    expect(previous).toEqual(expected);
    expect(rangeLength(previous)).toBe(rangeLength(range));
  });

  it('keeps the length for every custom range of 1 to 366 days across a year end', () => {
    for (let days = 1; days <= 366; days += 1) {
      const range = { from: addDays('2027-01-02', -(days - 1)), to: '2027-01-02' };
      const previous = previousRange(range);
      expect(rangeLength(previous)).toBe(days);
      expect(addDays(previous.to, 1)).toBe(range.from);
    }
  });
});

describe('periodChange', () => {
  it('gives the difference, the ratio and the direction', () => {
    expect(periodChange(118, 100)).toEqual({ difference: 18, ratio: 0.18, direction: 'up' });
    expect(periodChange(75, 100)).toEqual({ difference: -25, ratio: -0.25, direction: 'down' });
    expect(periodChange(4, 4)).toEqual({ difference: 0, ratio: 0, direction: 'same' });
  });

  it('has no ratio when there was nothing before', () => {
    expect(periodChange(5, 0)).toEqual({ difference: 5, ratio: null, direction: 'up' });
    expect(periodChange(0, 0)).toEqual({ difference: 0, ratio: null, direction: 'same' });
  });
});

describe('the current month', () => {
  it('knows the first day and the length of UTC months', () => {
    expect(monthStart('2026-11-30')).toBe('2026-11-01');
    expect(daysInMonth('2026-11-30')).toBe(30);
    expect(daysInMonth('2026-12-31')).toBe(31);
    expect(daysInMonth('2026-02-10')).toBe(28);
    expect(daysInMonth('2024-02-10')).toBe(29);
    expect(daysInMonth('2100-02-01')).toBe(28);
  });

  it('recognises the month so far, however the range was chosen', () => {
    expect(monthToDate('2026-11-18')).toEqual({ from: '2026-11-01', to: '2026-11-18' });
    expect(isMonthToDate({ from: '2026-11-01', to: '2026-11-18' }, '2026-11-18')).toBe(true);
    // On the 30th, “Last 30 days” is the month so far; on the 1st, “Today” is.
    expect(isMonthToDate(resolvePreset('30d', '2026-11-30'), '2026-11-30')).toBe(true);
    expect(isMonthToDate(resolvePreset('today', '2027-01-01'), '2027-01-01')).toBe(true);
    expect(isMonthToDate(resolvePreset('7d', '2026-11-18'), '2026-11-18')).toBe(false);
    // The whole of a past month is not the month so far.
    expect(isMonthToDate({ from: '2026-10-01', to: '2026-10-31' }, '2026-11-18')).toBe(false);
    expect(isMonthToDate({ from: '2026-11-01', to: '2026-11-17' }, '2026-11-18')).toBe(false);
  });
});

describe('oldestSelectableDay', () => {
  it('reaches back as far as the longest custom range', () => {
    const oldest = oldestSelectableDay('2026-11-30');
    expect(oldest).toBe('2025-11-30');
    expect(rangeLength({ from: oldest, to: '2026-11-30' })).toBe(MAX_RANGE_DAYS);
  });
});
