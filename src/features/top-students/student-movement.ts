import type { CsvTable } from '../../lib/csv';
import { formatCount } from '../../lib/format';
import { type DayRange, type Period } from '../../../shared/periods';
import { periodPhrase, previousPhrase } from '../../lib/period-words';
import type { RankedStudent } from './rank-students';

/** A student's place against the previous period's top 20; absent from it means new. */
export type Movement =
  | { kind: 'up' | 'down'; places: number; previousRank: number }
  | { kind: 'same'; previousRank: number }
  | { kind: 'new' };

export interface StudentRow extends RankedStudent {
  /** Set when comparing and the previous period is in. */
  movement?: Movement;
}

/** Compares ranks as shown (ties share a rank), so two students tied before and after have not moved. */
export function withMovement(current: readonly RankedStudent[], previous: readonly RankedStudent[]): StudentRow[] {
  const before = new Map(previous.map((student) => [student.username, student.rank]));
  return current.map((student) => {
    const previousRank = before.get(student.username);
    if (previousRank === undefined) return { ...student, movement: { kind: 'new' } };
    const places = previousRank - student.rank;
    if (places === 0) return { ...student, movement: { kind: 'same', previousRank } };
    return { ...student, movement: { kind: places > 0 ? 'up' : 'down', places: Math.abs(places), previousRank } };
  });
}

/** The marker on screen ("▲3", "▼1", "new", "=") and the same in words. */
export function movementLabel(movement: Movement): { marker: string; words: string } {
  switch (movement.kind) {
    case 'new':
      return { marker: 'new', words: 'new in the top 20' };
    case 'same':
      return { marker: '=', words: `unchanged at rank ${movement.previousRank}` };
    case 'up':
    case 'down':
      return {
        marker: `${movement.kind === 'up' ? '▲' : '▼'}${movement.places}`,
        words: `${movement.kind} ${movement.places} ${movement.places === 1 ? 'place' : 'places'} from rank ${movement.previousRank}`,
      };
  }
}

export const STUDENT_COLUMNS = ['Rank', 'Student', 'Messages'] as const;
export const MOVEMENT_COLUMNS = ['Previous rank', 'Change'] as const;

/** The leaderboard's rows as CSV: the same rows in the same order; the change in words ("up 3", "new"). */
export function topStudentsCsv(rows: readonly StudentRow[], compare: boolean): CsvTable {
  return {
    header: compare ? [...STUDENT_COLUMNS, ...MOVEMENT_COLUMNS] : STUDENT_COLUMNS,
    rows: rows.map((row) => {
      const base = [row.rank, row.username, row.messages];
      if (!compare) return base;
      const movement = row.movement;
      if (!movement) return [...base, null, null];
      if (movement.kind === 'new') return [...base, null, 'new'];
      if (movement.kind === 'same') return [...base, movement.previousRank, 'same'];
      return [...base, movement.previousRank, `${movement.kind} ${movement.places}`];
    }),
  };
}

/** The leaderboard in one sentence, for screen readers. */
export function topStudentsSummary(
  rows: readonly StudentRow[],
  view: { period: Period; range: DayRange; mentor: string | null; compare: boolean },
  locale?: string,
): string {
  const who = view.mentor ? `for mentor ${view.mentor}` : 'for all mentors';
  const when = periodPhrase(view.period, view.range, locale);
  const leaders = rows.filter((row) => row.rank === 1);
  const first = leaders[0];
  if (!first) return `No student sent chat messages ${when} ${who}.`;
  const students = `${rows.length} ${rows.length === 1 ? 'student' : 'students'} ranked by chat messages ${when} ${who}`;
  const names = leaders.length === 1 ? first.username : `${leaders.slice(0, -1).map((row) => row.username).join(', ')} and ${leaders.at(-1)?.username}`;
  const messages = `${formatCount(first.messages, locale)} ${first.messages === 1 ? 'message' : 'messages'}`;
  let sentence = `${students}; ${names} ${leaders.length === 1 ? 'leads' : 'share the lead'} with ${messages}`;
  if (view.compare && rows.every((row) => row.movement)) {
    const fresh = rows.filter((row) => row.movement?.kind === 'new').length;
    const up = rows.filter((row) => row.movement?.kind === 'up').length;
    sentence += `; against ${previousPhrase(view.range)}, ${fresh} new and ${up} moved up`;
  }
  return `${sentence}.`;
}
