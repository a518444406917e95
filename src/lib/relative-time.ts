import { cachedFormatter } from './intl-cache';

/** "just now", "3 min ago", "2 hr ago": how old the numbers on screen are. */
export function formatAge(ageMs: number, locale?: string): string {
  const minutes = Math.floor(Math.max(0, ageMs) / 60_000);
  const format = cachedFormatter('age', locale, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' }));
  if (minutes < 1) return format.format(0, 'second');
  if (minutes < 60) return format.format(-minutes, 'minute');
  return format.format(-Math.floor(minutes / 60), 'hour');
}

/** A clock time in the viewer's own zone, e.g. "10:42 AM": when the viewer last got data. */
export function formatClock(time: number, locale?: string, timeZone?: string): string {
  const format = cachedFormatter(`clock ${timeZone ?? ''}`, locale, () => new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }));
  return format.format(time);
}
