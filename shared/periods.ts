import { addDays, daysBetween, type IsoDay } from './utc-day.ts';

// Date-only period math, shared by the browser and the server. Words for periods ("Last 7
// days") belong to the UI: src/lib/period-words.ts.

/** The periods sentiment-count accepts, in the API's own spelling. */
export const PRESETS = ['today', 'yesterday', '7d', '30d', '90d'] as const;
export type Preset = (typeof PRESETS)[number];
export type Period = Preset | 'custom';
export const PERIODS: readonly Period[] = [...PRESETS, 'custom'];

/** Inclusive UTC date range. */
export interface DayRange {
  from: IsoDay;
  to: IsoDay;
}

export function isPreset(value: string): value is Preset {
  return (PRESETS as readonly string[]).includes(value);
}

/** How far back the API's longest period reaches: `90d` is today and the 89 days before. */
export const OLDEST_PRESET_OFFSET = 89;

/** A custom range spans at most this many days, and the calendar and arrows reach back as far. */
export const MAX_RANGE_DAYS = 366;

/** The oldest day a person can pick or shift to. */
export function oldestSelectableDay(today: IsoDay): IsoDay {
  return addDays(today, -(MAX_RANGE_DAYS - 1));
}

/** Contract: with D = today (UTC), today = D..D, yesterday = D-1..D-1, Nd = D-(N-1)..D. */
export function resolvePreset(preset: Preset, today: IsoDay): DayRange {
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'yesterday': {
      const day = addDays(today, -1);
      return { from: day, to: day };
    }
    case '7d':
      return { from: addDays(today, -6), to: today };
    case '30d':
      return { from: addDays(today, -29), to: today };
    case '90d':
      return { from: addDays(today, -OLDEST_PRESET_OFFSET), to: today };
  }
}

/** Number of days in an inclusive range. */
export function rangeLength(range: DayRange): number {
  return daysBetween(range.from, range.to) + 1;
}

/**
 * sentiment-count takes no dates, only a preset. For a custom range, the smallest preset
 * whose days cover it (clipped to the last 90 days when the range reaches further back).
 */
export function presetCovering(range: DayRange, today: IsoDay): Preset {
  const candidates: Preset[] = ['today', 'yesterday', '7d', '30d', '90d'];
  for (const preset of candidates) {
    const covered = resolvePreset(preset, today);
    if (covered.from <= range.from && range.to <= covered.to) return preset;
  }
  return '90d';
}

/** The part of a range that lies before the API's longest period, or null when none does. */
export function rangeBeyondApi(range: DayRange, today: IsoDay): DayRange | null {
  const oldest = addDays(today, -OLDEST_PRESET_OFFSET);
  if (range.from >= oldest) return null;
  return { from: range.from, to: range.to < oldest ? range.to : addDays(oldest, -1) };
}

// Comparing with the previous period.

/**
 * The period of the same length that ends the day before `range` starts. Always exactly as
 * many days as `range` (a 7-day range is compared with 7 days, never 8), across month and
 * year ends and leap days.
 */
export function previousRange(range: DayRange): DayRange {
  const days = rangeLength(range);
  return { from: addDays(range.from, -days), to: addDays(range.from, -1) };
}

export interface PeriodChange {
  /** current − previous, in the figure's unit. */
  difference: number;
  /** The difference as a share of the previous figure; null when there was nothing before. */
  ratio: number | null;
  direction: 'up' | 'down' | 'same';
}

export function periodChange(current: number, previous: number): PeriodChange {
  const difference = current - previous;
  return {
    difference,
    ratio: previous > 0 ? difference / previous : null,
    direction: difference > 0 ? 'up' : difference < 0 ? 'down' : 'same',
  };
}

// The current month, for the cost card's projection and budget (UTC months, like every day here).

/** The first day of the UTC month of `day`. */
export function monthStart(day: IsoDay): IsoDay {
  return `${day.slice(0, 8)}01`;
}

export function daysInMonth(day: IsoDay): number {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The current month so far: from the 1st of today's UTC month to today, both included. */
export function monthToDate(today: IsoDay): DayRange {
  return { from: monthStart(today), to: today };
}

/** Whether a range is exactly the current month so far (whichever preset or custom range led there). */
export function isMonthToDate(range: DayRange, today: IsoDay): boolean {
  return range.from === monthStart(today) && range.to === today;
}
