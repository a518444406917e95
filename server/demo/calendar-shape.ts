import { dayToDate, type IsoDay } from '../../shared/utc-day.ts';
import { cumulativeSums, pickCumulative, randomInt, type Random } from './prng.ts';

// Sunday first, as `getUTCDay` counts. Students study early in the week and rest at weekends.
const WEEKDAY_FACTORS = [0.42, 1.05, 1.1, 1.05, 0.98, 0.78, 0.36] as const;

// January first. Terms run through spring and autumn; summer and the holidays are quieter.
const MONTH_FACTORS = [0.92, 1.0, 1.05, 1.05, 1.12, 0.85, 0.68, 0.74, 1.04, 1.1, 1.1, 0.88] as const;

/** How busy a day of the week is, relative to an ordinary weekday. */
export function weekdayFactor(day: IsoDay): number {
  return WEEKDAY_FACTORS[dayToDate(day).getUTCDay()] ?? 1;
}

/** How busy a day of the year is: the academic calendar, with a deep dip over the holidays. */
export function seasonFactor(day: IsoDay): number {
  const date = dayToDate(day);
  const month = date.getUTCMonth();
  const dayOfMonth = date.getUTCDate();
  if ((month === 11 && dayOfMonth >= 22) || (month === 0 && dayOfMonth <= 2)) return 0.3;
  return MONTH_FACTORS[month] ?? 1;
}

/**
 * Days with no activity at all on the platform: New Year's Day, Christmas Day, and the monthly
 * maintenance window on each month's first Sunday (the tenant is read-only for the day). They
 * give every 90-day window real empty days, which the API leaves out of sentiment-count, so the
 * dashboard's gap filling is exercised with the default org too.
 */
export function isPlatformQuietDay(day: IsoDay): boolean {
  const date = dayToDate(day);
  const month = date.getUTCMonth();
  const dayOfMonth = date.getUTCDate();
  if (month === 0 && dayOfMonth === 1) return true;
  if (month === 11 && dayOfMonth === 25) return true;
  return date.getUTCDay() === 0 && dayOfMonth <= 7;
}

// Hour of day in UTC: the demo tenants' students are mostly in the Americas and Europe.
const HOURLY_WEIGHTS = [
  3, 2, 1.5, 1, 1, 1, 1.5, 2.5, 4, 5, 6, 6.5, 7, 7.5, 8, 8.5, 8.5, 8, 7.5, 7, 6.5, 6, 5, 4,
] as const;

/**
 * "Now" on the last day of the data: today is shown as of 15:00 UTC. A fixed time rather than
 * the clock, so the same seed and the same day always give the same numbers.
 */
export const TODAY_CUTOFF_MINUTE = 15 * 60;

const HOURLY_CUMULATIVE = cumulativeSums(HOURLY_WEIGHTS);

/** When in the day (minutes after UTC midnight) a conversation starts. */
export function drawMinuteOfDay(random: Random): number {
  return pickCumulative(random, HOURLY_CUMULATIVE) * 60 + randomInt(random, 60);
}
