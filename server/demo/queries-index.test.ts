import { describe, expect, it } from 'vitest';
import { addDays, eachDay } from '../../shared/utc-day.ts';
import { buildDemoDataset, DEFAULT_DEMO_SEED, type DemoDataset, type OrgData } from './dataset.ts';
import { mulberry32, randomInt } from './prng.ts';
import { messagesByStudent, sentimentByDay } from './queries.ts';

// The queries answer from running totals and integer day offsets; these tests hold them to the
// plain definitions: a scan of the rows, a walk over the calendar.
const today = '2028-02-29';
const dataset = buildDemoDataset({ today, seed: DEFAULT_DEMO_SEED });

function scanRows(data: DemoDataset, org: OrgData, from: string, to: string, mentorId?: string): Map<string, number> {
  const counts = new Map<string, number>();
  data.calendar.forEach((day, index) => {
    if (day < from || day > to) return;
    for (let row = org.rowStart[index] ?? 0; row < (org.rowStart[index + 1] ?? 0); row += 1) {
      if (mentorId !== undefined && org.mentorIds[org.rowMentor[row] ?? -1] !== mentorId) continue;
      const username = org.usernames[org.rowStudent[row] ?? -1] ?? '';
      counts.set(username, (counts.get(username) ?? 0) + (org.rowMessages[row] ?? 0));
    }
  });
  return counts;
}

describe('demo queries on the day index', () => {
  it('count each student’s messages exactly as a scan of the rows does, for any range and mentor', () => {
    const random = mulberry32(7);
    const origin = addDays(dataset.firstDay, -15);
    for (const org of dataset.orgs.values()) {
      for (let trial = 0; trial < 60; trial += 1) {
        const from = addDays(origin, randomInt(random, dataset.days + 30));
        const to = addDays(from, randomInt(random, 200));
        const mentorId = trial % 3 === 0 ? undefined : org.mentorIds[randomInt(random, org.mentorIds.length)];
        expect(messagesByStudent(dataset, org, { from, to }, mentorId)).toEqual(scanRows(dataset, org, from, to, mentorId));
      }
    }
  });

  it('name every day of a range around the history, across a leap day and a year end', () => {
    const org = dataset.orgs.get('demo');
    if (org === undefined) throw new Error('no demo org');
    const ranges = [
      { from: addDays(today, -3), to: addDays(today, 370) },
      { from: addDays(dataset.firstDay, -400), to: addDays(dataset.firstDay, 2) },
    ];
    for (const range of ranges) {
      expect(sentimentByDay(dataset, org, range).map((entry) => entry.day)).toEqual(eachDay(range.from, range.to));
    }
  });
});
