import type { StudentRow } from '../../api/schemas';

export const MAX_STUDENTS = 20;

export interface RankedStudent {
  rank: number;
  username: string;
  messages: number;
  /** Share of the top count, 0..1, for the bar. */
  share: number;
}

// Ties in name order, case aside. Not localeCompare: a page's first Intl collator costs
// 10–20 ms (V8 builds its locale tables), paid in the first render; names are ids, mostly ASCII.
function byName(a: string, b: string): number {
  const [lowerA, lowerB] = [a.toLowerCase(), b.toLowerCase()];
  if (lowerA !== lowerB) return lowerA < lowerB ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Highest first, at most 20; equal counts share a rank and the next rank skips
 * (1, 2, 2, 4), so a tie is never shown as one student ahead of another.
 */
export function rankStudents(rows: readonly StudentRow[]): RankedStudent[] {
  const sorted = [...rows]
    .sort((a, b) => b.chat_message_count - a.chat_message_count || byName(a.username, b.username))
    .slice(0, MAX_STUDENTS);
  const top = sorted[0]?.chat_message_count ?? 0;
  let rank = 0;
  return sorted.map((row, index) => {
    if (index === 0 || row.chat_message_count !== sorted[index - 1]?.chat_message_count) rank = index + 1;
    return {
      rank,
      username: row.username,
      messages: row.chat_message_count,
      share: top > 0 ? row.chat_message_count / top : 0,
    };
  });
}
