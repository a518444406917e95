import { describe, expect, it, vi } from 'vitest';
import { rankStudents } from './rank-students';

const row = (username: string, chat_message_count: number) => ({ username, chat_message_count });

describe('rankStudents', () => {
  it('ranks highest first, ties sharing a rank', () => {
    const ranked = rankStudents([row('c', 5), row('a', 9), row('b', 5), row('d', 1)]);
    expect(ranked.map((s) => [s.rank, s.username, s.messages])).toEqual([
      [1, 'a', 9],
      [2, 'b', 5],
      [2, 'c', 5],
      [4, 'd', 1],
    ]);
  });

  it('orders tied names alphabetically, case aside, and never by collation tables', () => {
    const collator = vi.spyOn(Intl, 'Collator');
    const compare = vi.spyOn(String.prototype, 'localeCompare');
    const ranked = rankStudents([row('bob', 3), row('Zoe', 3), row('adam', 3), row('Bob', 3)]);
    expect(ranked.map((s) => s.username)).toEqual(['adam', 'Bob', 'bob', 'Zoe']);
    expect(collator).not.toHaveBeenCalled();
    expect(compare).not.toHaveBeenCalled();
  });

  it('sizes bars against the top count', () => {
    expect(rankStudents([row('a', 8), row('b', 2)]).map((s) => s.share)).toEqual([1, 0.25]);
    expect(rankStudents([row('a', 0)])[0]?.share).toBe(0);
  });

  it('keeps at most 20 rows from a longer list', () => {
    const rows = Array.from({ length: 50 }, (_, index) => row(`s${index}`, index));
    const ranked = rankStudents(rows);
    expect(ranked).toHaveLength(20);
    expect(ranked[0]).toMatchObject({ rank: 1, username: 's49', messages: 49 });
    expect(ranked[19]).toMatchObject({ rank: 20, messages: 30 });
  });

  it('gives nothing for an empty list', () => {
    expect(rankStudents([])).toEqual([]);
  });
});
