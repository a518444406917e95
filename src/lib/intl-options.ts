// The Intl options behind each of the dashboard's formats: format.ts builds its formatters from
// them, and the tests that hold the written-out en-US formats (en-us-format.ts) to Intl build
// theirs from the same ones.

export const MONEY = { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 } satisfies Intl.NumberFormatOptions;

/** Amounts under a cent keep two significant digits. */
export const MONEY_SMALL = { style: 'currency', currency: 'USD', minimumSignificantDigits: 2, maximumSignificantDigits: 2 } satisfies Intl.NumberFormatOptions;

export const COUNT = { maximumFractionDigits: 0 } satisfies Intl.NumberFormatOptions;

export function percentOptions(maximumFractionDigits: number): Intl.NumberFormatOptions {
  return { style: 'percent', maximumFractionDigits };
}

/** Days are UTC days everywhere (utc-day.ts). */
export const DAY = { timeZone: 'UTC', dateStyle: 'medium' } satisfies Intl.DateTimeFormatOptions;

export const DAY_SHORT = { timeZone: 'UTC', month: 'short', day: 'numeric' } satisfies Intl.DateTimeFormatOptions;

/** A clock time, in the viewer's own zone unless one is given. */
export function clockOptions(timeZone?: string): Intl.DateTimeFormatOptions {
  return { timeStyle: 'short', timeZone };
}

export const AGO = { numeric: 'auto', style: 'short' } satisfies Intl.RelativeTimeFormatOptions;
