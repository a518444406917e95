import type { DayRange } from '../../shared/periods.ts';
import { SENTIMENT_LABELS, type SentimentLabel } from '../../shared/sentiment-labels.ts';
import type { IsoDay } from '../../shared/utc-day.ts';
import type { DemoDataset, OrgData } from './dataset.ts';

const DAY_MS = 86_400_000;

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` day: plain integer arithmetic, because a query runs
 * this on every call and date-library parsing costs tens of microseconds a day.
 */
function dayNumber(day: IsoDay): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
}

function dayOfNumber(number: number): IsoDay {
  return new Date(number * DAY_MS).toISOString().slice(0, 10);
}

/** Index in the dataset (0 = its first day) of a day; negative before the history, ≥ days after it. */
function dayIndex(dataset: DemoDataset, day: IsoDay): number {
  return dayNumber(day) - dayNumber(dataset.firstDay);
}

/** Indexes of the range's days that hold data, or null when none do (future, before history). */
function dayIndexes(dataset: DemoDataset, range: DayRange): { first: number; last: number } | null {
  const first = Math.max(0, dayIndex(dataset, range.from));
  const last = Math.min(dataset.days - 1, dayIndex(dataset, range.to));
  return first <= last ? { first, last } : null;
}

/** Sentiment entries for every day of the range, oldest first, zero where nothing happened. */
export function sentimentByDay(dataset: DemoDataset, org: OrgData, range: DayRange): { day: IsoDay; count: number }[] {
  const from = dayNumber(range.from);
  const first = from - dayNumber(dataset.firstDay);
  const length = Math.max(0, dayNumber(range.to) - from + 1);
  return Array.from({ length }, (_, offset) => {
    const index = first + offset;
    const day = dataset.calendar[index];
    // Outside the history, nothing happened: only the date needs working out.
    return day === undefined ? { day: dayOfNumber(from + offset), count: 0 } : { day, count: org.sentiment[index] ?? 0 };
  });
}

export type LabelCounts = Record<SentimentLabel, number>;

/** Sentiment entries over the range by label: the range's own days, however far back, none outside the history. */
export function sentimentByLabel(dataset: DemoDataset, org: OrgData, range: DayRange): LabelCounts {
  const counts: LabelCounts = { positive: 0, neutral: 0, negative: 0 };
  const indexes = dayIndexes(dataset, range);
  if (indexes === null) return counts;
  for (const label of SENTIMENT_LABELS) {
    const perDay = org.sentimentByLabel[label];
    let total = 0;
    for (let index = indexes.first; index <= indexes.last; index += 1) total += perDay[index] ?? 0;
    counts[label] = total;
  }
  return counts;
}

/**
 * Each label's share of the entries in percent, rounded to two decimals as ibl.ai's are (so
 * they add up to 100 give or take 0.015); all zero when there are no entries.
 */
export function labelPercentages(counts: LabelCounts): LabelCounts {
  const total = counts.positive + counts.neutral + counts.negative;
  const percent = (count: number) => (total === 0 ? 0 : Math.round((count / total) * 10_000) / 100);
  return { positive: percent(counts.positive), neutral: percent(counts.neutral), negative: percent(counts.negative) };
}

/** LLM cost over the range in whole micro-dollars. */
export function costMicros(dataset: DemoDataset, org: OrgData, range: DayRange): number {
  const indexes = dayIndexes(dataset, range);
  if (indexes === null) return 0;
  let total = 0;
  for (let index = indexes.first; index <= indexes.last; index += 1) total += org.costMicros[index] ?? 0;
  return total;
}

/**
 * Running totals of each student's messages: entry `day * students + student` holds what the
 * student sent before that day (day = dataset.days for the whole history). A range's count is
 * then one subtraction per student, whatever the range's length or the number of messages.
 */
type RunningTotals = Uint32Array;

/** A mentor's index in the org's list, or every mentor. */
type MentorFilter = number | 'all';

const runningTotalsCache = new WeakMap<OrgData, Map<MentorFilter, RunningTotals>>();

function runningTotals(org: OrgData, mentor: MentorFilter): RunningTotals {
  let byMentor = runningTotalsCache.get(org);
  if (byMentor === undefined) {
    byMentor = new Map();
    runningTotalsCache.set(org, byMentor);
  }
  const cached = byMentor.get(mentor);
  if (cached !== undefined) return cached;

  const students = org.usernames.length;
  const days = org.rowStart.length - 1;
  const totals = new Uint32Array((days + 1) * students);
  for (let day = 0; day < days; day += 1) {
    const today = day * students;
    const tomorrow = today + students;
    totals.copyWithin(tomorrow, today, tomorrow);
    const end = org.rowStart[day + 1] ?? 0;
    for (let row = org.rowStart[day] ?? 0; row < end; row += 1) {
      if (mentor !== 'all' && org.rowMentor[row] !== mentor) continue;
      const slot = tomorrow + (org.rowStudent[row] ?? 0);
      totals[slot] = (totals[slot] ?? 0) + (org.rowMessages[row] ?? 0);
    }
  }
  byMentor.set(mentor, totals);
  return totals;
}

/**
 * Messages each student sent over the range, with one mentor or all of them (`mentorId`
 * undefined). Students without messages are left out; a mentor the org does not offer has none.
 */
export function messagesByStudent(dataset: DemoDataset, org: OrgData, range: DayRange, mentorId?: string): Map<string, number> {
  const counts = new Map<string, number>();
  const mentor: MentorFilter = mentorId === undefined ? 'all' : org.mentorIds.indexOf(mentorId);
  const indexes = dayIndexes(dataset, range);
  if (mentor === -1 || indexes === null) return counts;

  const totals = runningTotals(org, mentor);
  const students = org.usernames.length;
  const before = indexes.first * students;
  const through = (indexes.last + 1) * students;
  org.usernames.forEach((username, student) => {
    const messages = (totals[through + student] ?? 0) - (totals[before + student] ?? 0);
    if (messages > 0) counts.set(username, messages);
  });
  return counts;
}

export interface StudentRank {
  username: string;
  chat_message_count: number;
}

export const TOP_STUDENTS_LIMIT = 20;

/** Most messages first, then username in code-unit order: negative when `a` ranks above `b`. */
function compareRanks(a: StudentRank, b: StudentRank): number {
  return b.chat_message_count - a.chat_message_count || (a.username < b.username ? -1 : a.username > b.username ? 1 : 0);
}

/**
 * The most active students, most messages first. Equal counts go by username in code-unit
 * order (not locale order), so the same data always ranks the same way on any machine.
 * Keeps only the best `limit` while reading, instead of sorting every student.
 */
export function topStudents(counts: ReadonlyMap<string, number>, limit: number = TOP_STUDENTS_LIMIT): StudentRank[] {
  const best: StudentRank[] = [];
  for (const [username, chat_message_count] of counts) {
    const candidate = { username, chat_message_count };
    const last = best[best.length - 1];
    if (best.length >= limit && (last === undefined || compareRanks(candidate, last) >= 0)) continue;
    let index = best.length;
    while (index > 0 && compareRanks(candidate, best[index - 1] ?? candidate) < 0) index -= 1;
    best.splice(index, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best;
}

/** Dollars from micro-dollars: an exact integer divided once, so it prints with at most 6 decimals. */
export function microsToDollars(micros: number): number {
  return micros / 1e6;
}
