import { rangeLength, type DayRange } from '../../shared/periods';
import { addDays, daysBetween, type IsoDay } from '../../shared/utc-day';

/**
 * The range of the same length just before (-1) or after (+1), as arrows do in Plausible.
 * Never past today nor before `oldest`; null when there is nowhere to go.
 */
export function shiftRange(range: DayRange, direction: -1 | 1, today: IsoDay, oldest: IsoDay): DayRange | null {
  const length = rangeLength(range);
  let from = addDays(range.from, direction * length);
  let to = addDays(range.to, direction * length);
  if (to > today) {
    to = today;
    from = addDays(today, -(length - 1));
  }
  if (from < oldest) {
    from = oldest;
    to = addDays(oldest, length - 1);
  }
  if (from === range.from && to === range.to) return null;
  return daysBetween(from, to) >= 0 ? { from, to } : null;
}
