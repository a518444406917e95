import { addDays, daysBetween, type IsoDay } from './utc-day';

/** The periods sentiment-count accepts, in the API's own spelling. */
export const PRESETS = ['today', 'yesterday', '7d', '30d', '90d'] as const;
export type Preset = (typeof PRESETS)[number];
export type Period = Preset | 'custom';
export const PERIODS: readonly Period[] = [...PRESETS, 'custom'];

export const PRESET_LABELS: Record<Period, string> = {
  today: 'Today',
  yesterday: 'Yesterday',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
  custom: 'Custom range',
};

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
