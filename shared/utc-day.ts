/**
 * A calendar day in UTC, written `YYYY-MM-DD`. The API buckets by UTC midnight, so every
 * day in the dashboard is a UTC day: the same link shows the same dates in any time zone.
 */
export type IsoDay = string;

// Plain UTC arithmetic rather than date-fns: a UTC day needs no time-zone or locale rules beyond
// Date's own, and date-fns cost about 10 kB gzip in the entry bundle and most of the demo API's time.
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** Midnight UTC of a `YYYY-MM-DD` day, in ms; rolls over (2026-02-30 is 2026-03-02) like Date does. */
function toUtcMs(day: IsoDay): number {
  const date = new Date(0);
  date.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return date.getTime();
}

function fromUtcMs(ms: number): IsoDay {
  const date = new Date(ms);
  const pad = (value: number, length: number) => String(value).padStart(length, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** Today's UTC date for an instant. */
export function todayUtc(now: Date = new Date()): IsoDay {
  return fromUtcMs(now.getTime());
}

/** The day if `text` is a real `YYYY-MM-DD` calendar date (no 2026-02-30), else null. */
export function parseIsoDay(text: string): IsoDay | null {
  if (!DAY_PATTERN.test(text)) return null;
  return fromUtcMs(toUtcMs(text)) === text ? text : null;
}

export function addDays(day: IsoDay, amount: number): IsoDay {
  return fromUtcMs(toUtcMs(day) + amount * DAY_MS);
}

/** Whole days from `from` to `to`; 0 for the same day, negative when `to` is earlier. */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** Every day from `from` to `to`, both included; empty when `to` is before `from`. */
export function eachDay(from: IsoDay, to: IsoDay): IsoDay[] {
  const start = toUtcMs(from);
  const count = daysBetween(from, to) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, index) => fromUtcMs(start + index * DAY_MS));
}

/** Midnight UTC of the day, as a `Date` (for calendars and `Intl` with `timeZone: 'UTC'`). */
export function dayToDate(day: IsoDay): Date {
  return new Date(toUtcMs(day));
}

/** The UTC day of a `Date` (a calendar's selection, an API timestamp). */
export function dateToDay(date: Date): IsoDay {
  return todayUtc(date);
}
