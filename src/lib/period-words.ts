import { rangeLength, type DayRange, type Period } from '../../shared/periods';
import { formatDay, formatRange } from './format';

export const PRESET_LABELS: Record<Period, string> = {
  today: 'Today',
  yesterday: 'Yesterday',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
  custom: 'Custom range',
};

/** The view's period in words for a sentence: "in the last 7 days", "today", "in Nov 1 – 10, 2026". */
export function periodPhrase(period: Period, range: DayRange, locale?: string): string {
  switch (period) {
    case 'today':
      return 'today';
    case 'yesterday':
      return 'yesterday';
    case 'custom':
      return range.from === range.to ? `on ${formatDay(range.from, locale)}` : `in ${formatRange(range, locale)}`;
    default:
      return `in the last ${rangeLength(range)} days`;
  }
}

/** The previous period in words: "the day before", "the 7 days before". */
export function previousPhrase(range: DayRange): string {
  const days = rangeLength(range);
  return days === 1 ? 'the day before' : `the ${days} days before`;
}
