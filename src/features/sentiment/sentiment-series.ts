import type { SentimentPoint } from '../../api/schemas';
import { isPreset, presetCovering, rangeBeyondApi, type DayRange, type Period, type Preset } from '../../lib/periods';
import { eachDay, type IsoDay } from '../../lib/utc-day';

export interface DailyCount {
  day: IsoDay;
  count: number;
}

/** What to ask sentiment-count for a view: it takes presets only, never dates. */
export function sentimentRequest(period: Period, range: DayRange, today: IsoDay): { preset: Preset; beyond: DayRange | null } {
  if (isPreset(period)) return { preset: period, beyond: null };
  return { preset: presetCovering(range, today), beyond: rangeBeyondApi(range, today) };
}

/**
 * One point per day of the range, oldest first. The API leaves out days without entries;
 * they are zeros, not gaps. Days the API sent twice are added up; days outside the range
 * (a covering preset is wider than a custom range) are dropped.
 */
export function fillDailySeries(points: readonly SentimentPoint[], range: DayRange): DailyCount[] {
  const byDay = new Map<IsoDay, number>();
  for (const point of points) byDay.set(point.day, (byDay.get(point.day) ?? 0) + point.count);
  return eachDay(range.from, range.to).map((day) => ({ day, count: byDay.get(day) ?? 0 }));
}

export function seriesTotal(series: readonly DailyCount[]): number {
  return series.reduce((sum, point) => sum + point.count, 0);
}
