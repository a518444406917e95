import type { DayRange } from '../../src/lib/periods.ts';
import { addDays, daysBetween, type IsoDay } from '../../src/lib/utc-day.ts';
import type { DemoDataset, OrgData } from './dataset.ts';

/** Indexes of the range's days that hold data, or null when none do (future, before history). */
function dayIndexes(dataset: DemoDataset, range: DayRange): { first: number; last: number } | null {
  const first = Math.max(0, daysBetween(dataset.firstDay, range.from));
  const last = Math.min(dataset.days - 1, daysBetween(dataset.firstDay, range.to));
  return first <= last ? { first, last } : null;
}

/** Sentiment entries for every day of the range, oldest first, zero where nothing happened. */
export function sentimentByDay(dataset: DemoDataset, org: OrgData, range: DayRange): { day: IsoDay; count: number }[] {
  const first = daysBetween(dataset.firstDay, range.from);
  const length = Math.max(0, daysBetween(range.from, range.to) + 1);
  return Array.from({ length }, (_, offset) => {
    const index = first + offset;
    const day = dataset.calendar[index];
    // Outside the history, nothing happened: only the date needs working out.
    return day === undefined ? { day: addDays(range.from, offset), count: 0 } : { day, count: org.sentiment[index] ?? 0 };
  });
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
 * Messages each student sent over the range, with one mentor or all of them (`mentorId`
 * undefined). Students without messages are left out; a mentor the org does not offer has none.
 */
export function messagesByStudent(dataset: DemoDataset, org: OrgData, range: DayRange, mentorId?: string): Map<string, number> {
  const counts = new Map<string, number>();
  const mentor = mentorId === undefined ? undefined : org.mentorIds.indexOf(mentorId);
  const indexes = dayIndexes(dataset, range);
  if (mentor === -1 || indexes === null) return counts;

  const perStudent = new Uint32Array(org.usernames.length);
  const end = org.rowStart[indexes.last + 1] ?? 0;
  for (let row = org.rowStart[indexes.first] ?? 0; row < end; row += 1) {
    if (mentor !== undefined && org.rowMentor[row] !== mentor) continue;
    const student = org.rowStudent[row] ?? 0;
    perStudent[student] = (perStudent[student] ?? 0) + (org.rowMessages[row] ?? 0);
  }
  perStudent.forEach((messages, student) => {
    const username = org.usernames[student];
    if (messages > 0 && username !== undefined) counts.set(username, messages);
  });
  return counts;
}

export interface StudentRank {
  username: string;
  chat_message_count: number;
}

export const TOP_STUDENTS_LIMIT = 20;

/**
 * The most active students, most messages first. Equal counts go by username in code-unit
 * order (not locale order), so the same data always ranks the same way on any machine.
 */
export function topStudents(counts: ReadonlyMap<string, number>, limit: number = TOP_STUDENTS_LIMIT): StudentRank[] {
  return [...counts]
    .map(([username, chat_message_count]) => ({ username, chat_message_count }))
    .sort((a, b) => b.chat_message_count - a.chat_message_count || (a.username < b.username ? -1 : a.username > b.username ? 1 : 0))
    .slice(0, limit);
}

/** Dollars from micro-dollars: an exact integer divided once, so it prints with at most 6 decimals. */
export function microsToDollars(micros: number): number {
  return micros / 1e6;
}
