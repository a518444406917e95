import { describe, expect, it } from 'vitest';
import { rankStudents } from './rank-students';
import { movementLabel, topStudentsCsv, topStudentsSummary, withMovement } from './student-movement';

const row = (username: string, chat_message_count: number) => ({ username, chat_message_count });

describe('withMovement', () => {
  const previous = rankStudents([row('a', 50), row('b', 40), row('c', 30), row('d', 30), row('e', 10)]);

  it('marks places gained and lost, and students new in the top 20', () => {
    const current = rankStudents([row('c', 90), row('a', 80), row('x', 70), row('d', 10), row('e', 10)]);
    expect(withMovement(current, previous).map((student) => [student.username, student.rank, student.movement])).toEqual([
      ['c', 1, { kind: 'up', places: 2, previousRank: 3 }],
      ['a', 2, { kind: 'down', places: 1, previousRank: 1 }],
      ['x', 3, { kind: 'new' }],
      ['d', 4, { kind: 'down', places: 1, previousRank: 3 }],
      ['e', 4, { kind: 'up', places: 1, previousRank: 5 }],
    ]);
  });

  it('compares shared ranks, so a tie that stays a tie has not moved', () => {
    const current = rankStudents([row('a', 5), row('b', 4), row('d', 3), row('c', 3)]);
    expect(withMovement(current, previous).map((student) => student.movement)).toEqual([
      { kind: 'same', previousRank: 1 },
      { kind: 'same', previousRank: 2 },
      { kind: 'same', previousRank: 3 },
      { kind: 'same', previousRank: 3 },
    ]);
  });

  it('treats everyone as new when the previous period had nobody', () => {
    expect(withMovement(rankStudents([row('a', 1)]), []).map((student) => student.movement)).toEqual([{ kind: 'new' }]);
  });
});

describe('movementLabel', () => {
  it('has a marker and words for each movement', () => {
    expect(movementLabel({ kind: 'up', places: 3, previousRank: 7 })).toEqual({ marker: '▲3', words: 'up 3 places from rank 7' });
    expect(movementLabel({ kind: 'down', places: 1, previousRank: 2 })).toEqual({ marker: '▼1', words: 'down 1 place from rank 2' });
    expect(movementLabel({ kind: 'same', previousRank: 4 })).toEqual({ marker: '=', words: 'unchanged at rank 4' });
    expect(movementLabel({ kind: 'new' })).toEqual({ marker: 'new', words: 'new in the top 20' });
  });
});

describe('topStudentsCsv', () => {
  const rows = withMovement(rankStudents([row('a', 9), row('b', 5), row('=cmd', 5)]), rankStudents([row('b', 3), row('a', 2)]));

  it('has the table’s rows and columns', () => {
    expect(topStudentsCsv(rows, false)).toEqual({
      header: ['Rank', 'Student', 'Messages'],
      rows: [
        [1, 'a', 9],
        [2, '=cmd', 5],
        [2, 'b', 5],
      ],
    });
    expect(topStudentsCsv(rows, true).header).toEqual(['Rank', 'Student', 'Messages', 'Previous rank', 'Change']);
    expect(topStudentsCsv(rows, true).rows).toEqual([
      [1, 'a', 9, 2, 'up 1'],
      [2, '=cmd', 5, null, 'new'],
      [2, 'b', 5, 1, 'down 1'],
    ]);
  });

  it('leaves the change empty while the previous period loads', () => {
    expect(topStudentsCsv(rankStudents([row('a', 1)]), true).rows).toEqual([[1, 'a', 1, null, null]]);
  });
});

describe('topStudentsSummary', () => {
  const range = { from: '2026-11-24', to: '2026-11-30' };
  const view = { period: '7d' as const, range, mentor: null, compare: false };

  it('names the count, the scope and the leader', () => {
    expect(topStudentsSummary(rankStudents([row('maria', 40), row('kim', 20)]), view, 'en-US')).toBe(
      '2 students ranked by chat messages in the last 7 days for all mentors; maria leads with 40 messages.',
    );
    expect(
      topStudentsSummary(rankStudents([row('maria', 1), row('kim', 1)]), { ...view, mentor: 'Python Lab' }, 'en-US'),
    ).toBe('2 students ranked by chat messages in the last 7 days for mentor Python Lab; kim and maria share the lead with 1 message.');
    expect(topStudentsSummary([], view, 'en-US')).toBe('No student sent chat messages in the last 7 days for all mentors.');
  });

  it('adds the movement against the previous period', () => {
    const rows = withMovement(rankStudents([row('a', 9), row('b', 5), row('c', 4)]), rankStudents([row('b', 3), row('a', 2)]));
    expect(topStudentsSummary(rows, { ...view, compare: true }, 'en-US')).toBe(
      '3 students ranked by chat messages in the last 7 days for all mentors; a leads with 9 messages; against the 7 days before, 1 new and 1 moved up.',
    );
  });
});
