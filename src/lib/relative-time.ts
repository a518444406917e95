import { enUsAgo, enUsClock } from './en-us-format';
import { isEnUs } from './format';
import { cachedFormatter } from './intl-cache';
import { AGO, clockOptions } from './intl-options';

function ago(amount: number, unit: 'second' | 'minute' | 'hour', locale: string | undefined): string {
  const fast = isEnUs(locale) ? enUsAgo(amount, unit) : null;
  if (fast !== null) return fast;
  return cachedFormatter('age', locale, () => new Intl.RelativeTimeFormat(locale, AGO)).format(amount === 0 ? 0 : -amount, unit);
}

/** "just now", "3 min ago", "2 hr ago": how old the numbers on screen are. */
export function formatAge(ageMs: number, locale?: string): string {
  const minutes = Math.floor(Math.max(0, ageMs) / 60_000);
  if (minutes < 1) return ago(0, 'second', locale);
  if (minutes < 60) return ago(minutes, 'minute', locale);
  return ago(Math.floor(minutes / 60), 'hour', locale);
}

/** A clock time in the viewer's own zone, e.g. "10:42 AM": when the viewer last got data. */
export function formatClock(time: number, locale?: string, timeZone?: string): string {
  if (timeZone === undefined && isEnUs(locale)) return enUsClock(time);
  const format = cachedFormatter(`clock ${timeZone ?? ''}`, locale, () => new Intl.DateTimeFormat(locale, clockOptions(timeZone)));
  return format.format(time);
}
