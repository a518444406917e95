/**
 * What Intl writes for 'en-US' with the options in intl-options.ts, written out.
 *
 * Why: a page's first Intl call makes V8 build its locale tables, which cost 15–25 ms on the
 * bench machine, and the dashboard's first render would pay that before it could show a single
 * figure. Every function here returns exactly what Chromium's Intl returns: en-us-format.test.ts
 * compares them with Node's Intl over thousands of values (spaces aside), and
 * e2e/demo/formats.spec.ts with Chromium's, character for character. format.ts sends every other
 * locale to Intl, and the number functions leave values written in exponent form, or not finite,
 * to Intl too (they return null).
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Plain spaces around the range dash and before AM/PM, as Chromium writes them: its ICU is patched
// back to them for web compatibility, where Node's ICU writes a thin and a narrow no-break space.
const RANGE_DASH = ' – ';
const BEFORE_DAY_PERIOD = ' ';

/** A non-negative decimal: 0.`digits` × 10^`point`, `digits` without leading zeros ('' for zero). */
interface Decimal {
  digits: string;
  point: number;
}

/** The shortest decimal that reads back as `magnitude`, which is what ICU rounds from; null for exponent forms. */
function decimalOf(magnitude: number): Decimal | null {
  const text = String(magnitude);
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  const [whole = '', fraction = ''] = text.split('.');
  const all = whole + fraction;
  const lead = all.search(/[1-9]/);
  if (lead === -1) return { digits: '', point: 0 };
  return { digits: all.slice(lead).replace(/0+$/, ''), point: whole.length - lead };
}

/** Keeps the first `keep` digits, rounding half away from zero (Intl's default, halfExpand). */
function roundTo(decimal: Decimal, keep: number): Decimal {
  if (keep >= decimal.digits.length) return decimal;
  if (keep < 0) return { digits: '', point: 0 };
  const kept = decimal.digits.slice(0, keep).split('');
  if (decimal.digits.charAt(keep) < '5') return trimmed(kept.join(''), decimal.point);
  let index = kept.length - 1;
  while (index >= 0 && kept[index] === '9') {
    kept[index] = '0';
    index -= 1;
  }
  if (index < 0) return trimmed(`1${kept.join('')}`, decimal.point + 1);
  kept[index] = String(Number(kept[index]) + 1);
  return trimmed(kept.join(''), decimal.point);
}

function trimmed(digits: string, point: number): Decimal {
  const clean = digits.replace(/0+$/, '');
  return clean === '' ? { digits: '', point: 0 } : { digits: clean, point };
}

/** Integer digits grouped in threes, and fraction digits padded to `minFraction`. */
function written(decimal: Decimal, minFraction: number): string {
  const { digits, point } = decimal;
  const integer = point <= 0 ? '0' : digits.slice(0, point).padEnd(point, '0');
  const fraction = (point >= 0 ? digits.slice(point) : '0'.repeat(-point) + digits).padEnd(minFraction, '0');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === '' ? grouped : `${grouped}.${fraction}`;
}

/** Intl shows the sign of every negative number, -0 included. */
function sign(value: number): string {
  return value < 0 || Object.is(value, -0) ? '-' : '';
}

function fixed(value: number, minFraction: number, maxFraction: number): string | null {
  // Whole numbers (counts, axis ticks) are most of what the dashboard writes: no rounding to do.
  if (Number.isSafeInteger(value)) {
    const digits = String(Math.abs(value));
    return written({ digits, point: digits.length }, minFraction);
  }
  const decimal = decimalOf(Math.abs(value));
  if (decimal === null) return null;
  return written(roundTo(decimal, decimal.point + maxFraction), minFraction);
}

/** USD with two decimals: style currency, minimum and maximum fraction digits 2. */
export function enUsMoney(value: number): string | null {
  const digits = fixed(value, 2, 2);
  return digits === null ? null : `${sign(value)}$${digits}`;
}

/** USD with exactly two significant digits: minimum and maximum significant digits 2. */
export function enUsMoneySignificant(value: number): string | null {
  const decimal = decimalOf(Math.abs(value));
  if (decimal === null || decimal.digits === '') return null;
  const rounded = roundTo(decimal, 2);
  const minFraction = Math.max(0, 2 - rounded.point);
  return `${sign(value)}$${written(rounded, minFraction)}`;
}

/** A whole number with grouping: maximum fraction digits 0. */
export function enUsCount(value: number): string | null {
  const digits = fixed(value, 0, 0);
  return digits === null ? null : `${sign(value)}${digits}`;
}

/** A non-negative share as a percentage with up to `maxFraction` decimals: style percent. */
export function enUsPercent(ratio: number, maxFraction: number): string | null {
  const decimal = decimalOf(Math.abs(ratio));
  if (decimal === null) return null;
  // ICU scales by 100 in decimal, so 0.145 is 14.5, not 14.499999999999998.
  const scaled = decimal.digits === '' ? decimal : { digits: decimal.digits, point: decimal.point + 2 };
  return `${sign(ratio)}${written(roundTo(scaled, scaled.point + maxFraction), 0)}%`;
}

/** dateStyle 'medium' in UTC, e.g. "Nov 30, 2026". */
export function enUsDay(date: Date): string {
  return `${enUsDayShort(date)}, ${date.getUTCFullYear()}`;
}

/** Month 'short' and day 'numeric' in UTC, e.g. "Nov 30". */
export function enUsDayShort(date: Date): string {
  return `${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCDate()}`;
}

/** formatRange with dateStyle 'medium' in UTC, e.g. "Nov 24 – 30, 2026". */
export function enUsDayRange(from: Date, to: Date): string {
  if (from.getUTCFullYear() !== to.getUTCFullYear()) return `${enUsDay(from)}${RANGE_DASH}${enUsDay(to)}`;
  if (from.getUTCMonth() !== to.getUTCMonth()) return `${enUsDayShort(from)}${RANGE_DASH}${enUsDay(to)}`;
  if (from.getUTCDate() !== to.getUTCDate()) return `${enUsDayShort(from)}${RANGE_DASH}${to.getUTCDate()}, ${to.getUTCFullYear()}`;
  return enUsDay(from);
}

/** timeStyle 'short' in the viewer's own time zone, e.g. "10:42 AM". */
export function enUsClock(time: number): string {
  const date = new Date(time);
  const hours = date.getHours();
  const minutes = String(date.getMinutes()).padStart(2, '0');
  return `${hours % 12 || 12}:${minutes}${BEFORE_DAY_PERIOD}${hours < 12 ? 'AM' : 'PM'}`;
}

/** RelativeTimeFormat numeric 'auto', style 'short', for `amount` minutes or hours ago (0 seconds: "now"). */
export function enUsAgo(amount: number, unit: 'second' | 'minute' | 'hour'): string | null {
  if (unit === 'second') return amount === 0 ? 'now' : null;
  if (amount < 1 || !Number.isInteger(amount)) return null;
  return `${enUsCount(amount) ?? String(amount)} ${unit === 'minute' ? 'min.' : 'hr.'} ago`;
}
