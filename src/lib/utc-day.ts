import { UTCDate } from '@date-fns/utc';
import { addDays as addDaysFns, differenceInCalendarDays, format, isValid, parse } from 'date-fns';

/**
 * A calendar day in UTC, written `YYYY-MM-DD`. The API buckets by UTC midnight, so every
 * day in the dashboard is a UTC day: the same link shows the same dates in any time zone.
 */
export type IsoDay = string;

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const DAY_FORMAT = 'yyyy-MM-dd';

function toUtcDate(day: IsoDay): UTCDate {
  return parse(day, DAY_FORMAT, new UTCDate(0));
}

/** Today's UTC date for an instant. */
export function todayUtc(now: Date = new Date()): IsoDay {
  return format(new UTCDate(now.getTime()), DAY_FORMAT);
}

/** The day if `text` is a real `YYYY-MM-DD` calendar date (no 2026-02-30), else null. */
export function parseIsoDay(text: string): IsoDay | null {
  if (!DAY_PATTERN.test(text)) return null;
  const date = toUtcDate(text);
  if (!isValid(date) || format(date, DAY_FORMAT) !== text) return null;
  return text;
}

export function addDays(day: IsoDay, amount: number): IsoDay {
  return format(addDaysFns(toUtcDate(day), amount), DAY_FORMAT);
}

/** Whole days from `from` to `to`; 0 for the same day, negative when `to` is earlier. */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return differenceInCalendarDays(toUtcDate(to), toUtcDate(from));
}

/** Every day from `from` to `to`, both included; empty when `to` is before `from`. */
export function eachDay(from: IsoDay, to: IsoDay): IsoDay[] {
  const count = daysBetween(from, to) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, index) => addDays(from, index));
}

/** Midnight UTC of the day, as a `Date` (for calendars and `Intl` with `timeZone: 'UTC'`). */
export function dayToDate(day: IsoDay): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** The UTC day of a `Date` (a calendar's selection, an API timestamp). */
export function dateToDay(date: Date): IsoDay {
  return todayUtc(date);
}
