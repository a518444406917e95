import type { SentimentPoint } from '../../api/schemas';
import type { CsvTable } from '../../lib/csv';
import { formatCount, formatPercent, formatRange } from '../../lib/format';
import { periodChange, presetCovering, previousRange, rangeBeyondApi, type DayRange, type Period, type PeriodChange, type Preset } from '../../../shared/periods';
import { periodPhrase, previousPhrase } from '../../lib/period-words';
import { eachDay, type IsoDay } from '../../../shared/utc-day';

// Built with the other calls in shared/requests, which the server's preload hints share.
export { sentimentRequest } from '../../../shared/requests';

export interface DailyCount {
  day: IsoDay;
  count: number;
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

export interface SentimentCompareRequest {
  /** The smallest preset whose days cover both periods: one request, split in two. */
  preset: Preset;
  beyond: DayRange | null;
  previous: DayRange;
  /** The part of the previous period older than the API keeps (all of it before a 90-day view). */
  previousBeyond: DayRange | null;
}

/**
 * With a comparison, sentiment-count is asked once for a preset that covers the view and the
 * period before it: 7d → 30d (14 days needed), 30d → 90d (60 days). The 90 days before a 90-day
 * view lie beyond the API, which keeps no more than 90 days.
 */
export function sentimentCompareRequest(range: DayRange, today: IsoDay): SentimentCompareRequest {
  const previous = previousRange(range);
  return {
    preset: presetCovering({ from: previous.from, to: range.to }, today),
    beyond: rangeBeyondApi(range, today),
    previous,
    previousBeyond: rangeBeyondApi(previous, today),
  };
}

/** A day of the view, with the day at the same position of the previous period when comparing. */
export interface SentimentRow extends DailyCount {
  previousDay?: IsoDay;
  /** null for a day the API does not reach. */
  previousCount?: number | null;
}

/** Splits one answer into the view's days and the previous period's days, aligned day by day. */
export function compareDailySeries(
  points: readonly SentimentPoint[],
  range: DayRange,
  previous: DayRange,
  previousBeyond: DayRange | null,
): SentimentRow[] {
  const current = fillDailySeries(points, range);
  const before = fillDailySeries(points, previous);
  return current.map((point, index) => {
    const earlier = before[index];
    if (!earlier) return point;
    const reachable = previousBeyond === null || earlier.day > previousBeyond.to;
    return { ...point, previousDay: earlier.day, previousCount: reachable ? earlier.count : null };
  });
}

export interface SentimentComparison {
  total: number;
  /** null when comparing is off or part of the previous period is beyond the API. */
  previousTotal: number | null;
  change: PeriodChange | null;
}

export function compareTotals(rows: readonly SentimentRow[]): SentimentComparison {
  const total = seriesTotal(rows);
  const complete = rows.length > 0 && rows.every((row) => typeof row.previousCount === 'number');
  if (!complete) return { total, previousTotal: null, change: null };
  const previousTotal = rows.reduce((sum, row) => sum + (row.previousCount ?? 0), 0);
  return { total, previousTotal, change: periodChange(total, previousTotal) };
}

/** The chart's one-sentence twin, e.g. "840 sentiment entries in the last 7 days, 18% more than the 7 days before." */
export function sentimentSummary(
  rows: readonly SentimentRow[],
  period: Period,
  range: DayRange,
  compare: { previousBeyond: DayRange | null } | null,
  locale?: string,
): string {
  const { total, previousTotal, change } = compareTotals(rows);
  const entries = `${formatCount(total, locale)} sentiment ${total === 1 ? 'entry' : 'entries'} ${periodPhrase(period, range, locale)}`;
  if (!compare) return `${entries}.`;
  const before = previousPhrase(range);
  if (previousTotal === null || change === null) {
    return compare.previousBeyond
      ? `${entries}; no comparison, because ${formatRange(compare.previousBeyond, locale)} of ${before} is older than the 90 days the API keeps.`
      : `${entries}.`;
  }
  if (change.ratio === null) return `${entries}, and none ${before}.`;
  if (change.direction === 'same') return `${entries}, as many as ${before}.`;
  return `${entries}, ${formatPercent(change.ratio, locale)} ${change.direction === 'up' ? 'more' : 'fewer'} than ${before}.`;
}

/** The table twin's rows as a CSV table: the same rows, the same columns. */
export function sentimentCsv(rows: readonly SentimentRow[], compare: boolean): CsvTable {
  return {
    header: compare ? [...SENTIMENT_COLUMNS, ...PREVIOUS_COLUMNS] : SENTIMENT_COLUMNS,
    rows: rows.map((row) =>
      compare ? [row.day, row.count, row.previousDay ?? null, row.previousCount ?? null] : [row.day, row.count],
    ),
  };
}

export const SENTIMENT_COLUMNS = ['Date', 'Sentiment entries'] as const;
export const PREVIOUS_COLUMNS = ['Previous period date', 'Previous period entries'] as const;
