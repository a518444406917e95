import type { DayRange } from '../../shared/periods';
import { dayToDate, type IsoDay } from '../../shared/utc-day';

// Every figure and date on screen is written here, with Intl, in the viewer's locale (`locale`
// is left undefined in the app; tests pin it). Days are UTC days (shared/utc-day.ts).

// One formatter per kind and locale, built on first use: building one costs far more than
// using it, and a first load would otherwise build dozens.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/**
 * The locale figures are written in when the caller names none: the runtime's default in the
 * browser; on the server, the viewer's (Accept-Language) while it renders their first view.
 */
let viewerLocale: string | undefined;

/**
 * Runs `render` with `locale` as the default locale. Only for a synchronous render (the server's
 * renderToString), so no other request's render can run in between.
 */
export function inLocale<T>(locale: string | undefined, render: () => T): T {
  const previous = viewerLocale;
  viewerLocale = locale;
  try {
    return render();
  } finally {
    viewerLocale = previous;
  }
}

function cached<T>(formatters: Map<string, T>, kind: string, requested: string | undefined, build: (locale: string | undefined) => T): T {
  const locale = requested ?? viewerLocale;
  const key = `${kind}|${locale ?? ''}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = build(locale);
    formatters.set(key, formatter);
  }
  return formatter;
}

function numberFormat(kind: string, locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(numberFormats, kind, locale, (resolved) => new Intl.NumberFormat(resolved, options));
}

function dateFormat(kind: string, locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(dateFormats, kind, locale, (resolved) => new Intl.DateTimeFormat(resolved, options));
}

/**
 * US dollars with two decimals; amounts under a cent keep two significant digits
 * ($0.0042, not $0.00), because small tenants would otherwise see a cost of nothing.
 */
export function formatMoney(amount: number, locale?: string): string {
  const magnitude = Math.abs(amount);
  const small = magnitude > 0 && magnitude < 0.01;
  const digits = small
    ? { minimumSignificantDigits: 2, maximumSignificantDigits: 2 }
    : { minimumFractionDigits: 2, maximumFractionDigits: 2 };
  return numberFormat(small ? 'money-small' : 'money', locale, { style: 'currency', currency: 'USD', ...digits }).format(amount);
}

export function formatCount(value: number, locale?: string): string {
  return numberFormat('count', locale, { maximumFractionDigits: 0 }).format(value);
}

/** An unsigned share as a percentage in the locale's style ("18%", "18 %"); one decimal under 10 %. */
export function formatPercent(ratio: number, locale?: string): string {
  const magnitude = Math.abs(ratio);
  const digits = magnitude > 0 && magnitude < 0.1 ? 1 : 0;
  return numberFormat(`percent-${digits}`, locale, { style: 'percent', maximumFractionDigits: digits }).format(magnitude);
}

/** A share given in percent (61.5 for 61.5 %), with exactly `digits` decimals: "61.5%". */
export function formatShare(percent: number, digits: number, locale?: string): string {
  return numberFormat(`share-${digits}`, locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(percent / 100);
}

/** A change in percentage points with its sign and one decimal: "+3.2 pts", "-1.6 pts", "0.0 pts". */
export function formatPoints(points: number, locale?: string): string {
  const number = numberFormat('points', locale, { signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return `${number.format(points + 0)} pts`;
}

/** A plain number with one decimal: "3.2". */
export function formatOneDecimal(value: number, locale?: string): string {
  return numberFormat('one-decimal', locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value + 0);
}

function mediumDay(locale: string | undefined): Intl.DateTimeFormat {
  return dateFormat('day-medium', locale, { timeZone: 'UTC', dateStyle: 'medium' });
}

/** A UTC day as a short date, e.g. "Nov 30, 2026". */
export function formatDay(day: IsoDay, locale?: string): string {
  return mediumDay(locale).format(dayToDate(day));
}

/** A UTC day for a chart axis, e.g. "Nov 30". */
export function formatDayShort(day: IsoDay, locale?: string): string {
  return dateFormat('day-short', locale, { timeZone: 'UTC', month: 'short', day: 'numeric' }).format(dayToDate(day));
}

/** An inclusive range in words, e.g. "Nov 24 – 30, 2026"; a single day once. */
export function formatRange(range: DayRange, locale?: string): string {
  const format = mediumDay(locale);
  if (range.from === range.to) return format.format(dayToDate(range.from));
  // Node's ICU puts thin spaces around the dash where Chromium puts plain ones: one text for
  // both, so a page the server rendered hydrates without a mismatch.
  return format.formatRange(dayToDate(range.from), dayToDate(range.to)).replace(/\u2009/g, ' ');
}

/** A clock time in the viewer's own zone (or `timeZone`), e.g. "10:42 AM": when the viewer last got data. */
export function formatClock(time: number, locale?: string, timeZone?: string): string {
  return dateFormat(`clock-${timeZone ?? ''}`, locale, { timeStyle: 'short', timeZone }).format(time);
}

/** "now", "3 min. ago", "2 hr. ago": how old the numbers on screen are. */
export function formatAge(ageMs: number, locale?: string): string {
  const format = cached(relativeFormats, 'age', locale, (resolved) => new Intl.RelativeTimeFormat(resolved, { numeric: 'auto', style: 'short' }));
  const minutes = Math.floor(Math.max(0, ageMs) / 60_000);
  if (minutes < 1) return format.format(0, 'second');
  if (minutes < 60) return format.format(-minutes, 'minute');
  return format.format(-Math.floor(minutes / 60), 'hour');
}
