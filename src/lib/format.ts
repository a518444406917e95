import { dayToDate, type IsoDay } from './utc-day';
import type { DayRange } from './periods';
import { enUsCount, enUsDay, enUsDayRange, enUsDayShort, enUsMoney, enUsMoneySignificant } from './en-us-format';
import { cachedFormatter } from './intl-cache';
import { COUNT, DAY, DAY_SHORT, MONEY, MONEY_SMALL } from './intl-options';

// Every number and date on screen goes through here, so locale and time zone rules live in one place.
// `locale` is left undefined in the app (the browser's locale); tests pin it.

/**
 * 'en-US' is written out (en-us-format.ts) rather than asked of Intl, whose first use in a page
 * costs 15–25 ms; any other locale goes to Intl. Undefined means the browser's language.
 */
export function isEnUs(locale: string | undefined): boolean {
  return (locale ?? browserLanguage()) === 'en-US';
}

/** The browser's language; none where there is no browser (the server shares these modules). */
function browserLanguage(): string | undefined {
  const host: unknown = Reflect.get(globalThis, 'navigator');
  return typeof host === 'object' && host !== null && 'language' in host && typeof host.language === 'string' ? host.language : undefined;
}

/**
 * US dollars with two decimals; amounts under a cent keep two significant digits
 * ($0.0042, not $0.00), because small tenants would otherwise see a cost of nothing.
 */
export function formatMoney(amount: number, locale?: string): string {
  const magnitude = Math.abs(amount);
  const small = magnitude > 0 && magnitude < 0.01;
  const fast = isEnUs(locale) ? (small ? enUsMoneySignificant(amount) : enUsMoney(amount)) : null;
  if (fast !== null) return fast;
  const format = cachedFormatter(small ? 'money-small' : 'money', locale, () => new Intl.NumberFormat(locale, small ? MONEY_SMALL : MONEY));
  return format.format(amount);
}

export function formatCount(value: number, locale?: string): string {
  const fast = isEnUs(locale) ? enUsCount(value) : null;
  if (fast !== null) return fast;
  return cachedFormatter('count', locale, () => new Intl.NumberFormat(locale, COUNT)).format(value);
}

function mediumDay(locale: string | undefined): Intl.DateTimeFormat {
  return cachedFormatter('day-medium', locale, () => new Intl.DateTimeFormat(locale, DAY));
}

/** A UTC day as a short date, e.g. "Nov 30, 2026". */
export function formatDay(day: IsoDay, locale?: string): string {
  if (isEnUs(locale)) return enUsDay(dayToDate(day));
  return mediumDay(locale).format(dayToDate(day));
}

/** A UTC day for a chart axis, e.g. "Nov 30". */
export function formatDayShort(day: IsoDay, locale?: string): string {
  if (isEnUs(locale)) return enUsDayShort(dayToDate(day));
  const format = cachedFormatter('day-short', locale, () => new Intl.DateTimeFormat(locale, DAY_SHORT));
  return format.format(dayToDate(day));
}

/** An inclusive range in words, e.g. "Nov 24 – 30, 2026"; a single day once. */
export function formatRange(range: DayRange, locale?: string): string {
  if (isEnUs(locale)) return enUsDayRange(dayToDate(range.from), dayToDate(range.to));
  const format = mediumDay(locale);
  if (range.from === range.to) return format.format(dayToDate(range.from));
  return format.formatRange(dayToDate(range.from), dayToDate(range.to));
}
