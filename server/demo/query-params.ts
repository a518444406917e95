import { isPreset, type DayRange, type Preset } from '../../shared/periods.ts';
import { addDays, parseIsoDay, type IsoDay } from '../../shared/utc-day.ts';

/** A Django REST Framework validation error body: messages per field. */
export type FieldErrors = Record<string, string[]>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

// DRF's own wording, so the dashboard's error display meets the same text as with the real API.
export const REQUIRED_MESSAGE = 'This field is required.';
export const DATE_FORMAT_MESSAGE = 'Date has wrong format. Use one of these formats instead: YYYY-MM-DD.';
export const RANGE_ORDER_MESSAGE = 'start_date must be on or before end_date.';
export const DEFAULT_PERIOD: Preset = '7d';

/** Days in the default range of top-students when no dates are given: the last 30 days. */
export const DEFAULT_RANGE_DAYS = 30;

/** A query value as Django reads it: of repeated parameters, the last one wins. */
function lastValue(query: URLSearchParams, name: string): string | null {
  return query.getAll(name).at(-1) ?? null;
}

export function parsePeriod(query: URLSearchParams): Parsed<Preset> {
  const period = lastValue(query, 'period');
  if (period === null) return { ok: true, value: DEFAULT_PERIOD };
  if (isPreset(period)) return { ok: true, value: period };
  return { ok: false, errors: { period: [`"${period}" is not a valid choice.`] } };
}

type DateField = 'start_date' | 'end_date';

type DateRead<T> = { day: T } | { error: string };

function parseDate(text: string): DateRead<IsoDay> {
  const day = parseIsoDay(text);
  return day === null ? { error: DATE_FORMAT_MESSAGE } : { day };
}

function readRequiredDate(query: URLSearchParams, field: DateField): DateRead<IsoDay> {
  const text = lastValue(query, field);
  return text === null ? { error: REQUIRED_MESSAGE } : parseDate(text);
}

/** DRF hands an optional field's empty value over as "not given". */
function readOptionalDate(query: URLSearchParams, field: DateField): DateRead<IsoDay | null> {
  const text = lastValue(query, field);
  return text === null || text === '' ? { day: null } : parseDate(text);
}

/** Both fields are read before failing, so every field's error is reported at once, as DRF does. */
function bothDates<S, E>(start: DateRead<S>, end: DateRead<E>): Parsed<{ start: S; end: E }> {
  if ('day' in start && 'day' in end) return { ok: true, value: { start: start.day, end: end.day } };
  const errors: FieldErrors = {};
  if ('error' in start) errors.start_date = [start.error];
  if ('error' in end) errors.end_date = [end.error];
  return { ok: false, errors };
}

function orderedRange(from: IsoDay, to: IsoDay): Parsed<DayRange> {
  if (from > to) return { ok: false, errors: { non_field_errors: [RANGE_ORDER_MESSAGE] } };
  return { ok: true, value: { from, to } };
}

/** tenant-cost: `start_date` and `end_date`, both required, both inclusive. */
export function parseRequiredRange(query: URLSearchParams): Parsed<DayRange> {
  const dates = bothDates(readRequiredDate(query, 'start_date'), readRequiredDate(query, 'end_date'));
  return dates.ok ? orderedRange(dates.value.start, dates.value.end) : dates;
}

/**
 * top-students: both dates optional. The real API does not document its default, so we pick
 * the dashboard's own default period: a missing end is today, a missing start is 29 days
 * before the end (30 days inclusive).
 */
export function parseOptionalRange(query: URLSearchParams, today: IsoDay): Parsed<DayRange> {
  const dates = bothDates(readOptionalDate(query, 'start_date'), readOptionalDate(query, 'end_date'));
  if (!dates.ok) return dates;
  const end = dates.value.end ?? today;
  const start = dates.value.start ?? addDays(end, -(DEFAULT_RANGE_DAYS - 1));
  return orderedRange(start, end);
}

/** An optional text parameter; empty counts as absent, as DRF treats optional fields. */
export function optionalText(query: URLSearchParams, name: string): string | undefined {
  const text = lastValue(query, name);
  return text === null || text === '' ? undefined : text;
}
