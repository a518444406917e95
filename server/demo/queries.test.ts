import { describe, expect, it } from 'vitest';
import { resolvePreset } from '../../shared/periods.ts';
import { addDays, eachDay } from '../../shared/utc-day.ts';
import { buildDemoDataset, DEFAULT_DEMO_SEED, type OrgData } from './dataset.ts';
import { demoMentorId } from './mentors.ts';
import { mulberry32, randomInt } from './prng.ts';
import { costMicros, messagesByStudent, microsToDollars, sentimentByDay, topStudents } from './queries.ts';

const today = '2026-03-10';
const dataset = buildDemoDataset({ today, seed: DEFAULT_DEMO_SEED });
const orgs: OrgData[] = [...dataset.orgs.values()];

describe('costMicros', () => {
  it('adds up: two adjacent ranges cost exactly what their union costs', () => {
    const random = mulberry32(11);
    // Ranges reach before the history and into the future too, where there is no cost.
    const origin = addDays(dataset.firstDay, -20);
    for (const data of orgs) {
      for (let trial = 0; trial < 300; trial += 1) {
        const from = addDays(origin, randomInt(random, dataset.days + 40));
        const split = addDays(from, randomInt(random, 120));
        const to = addDays(split, 1 + randomInt(random, 120));
        const left = costMicros(dataset, data, { from, to: split });
        const right = costMicros(dataset, data, { from: addDays(split, 1), to });
        expect(left + right).toBe(costMicros(dataset, data, { from, to }));
      }
    }
  });

  it('equals the sum of its days, and is 0 outside the history', () => {
    for (const data of orgs) {
      const range = resolvePreset('30d', today);
      const byDay = eachDay(range.from, range.to).reduce((sum, day) => sum + costMicros(dataset, data, { from: day, to: day }), 0);
      expect(costMicros(dataset, data, range)).toBe(byDay);
      expect(byDay).toBeGreaterThan(0);
      expect(costMicros(dataset, data, { from: addDays(today, 1), to: addDays(today, 400) })).toBe(0);
      expect(costMicros(dataset, data, { from: '2000-01-01', to: addDays(dataset.firstDay, -1) })).toBe(0);
    }
  });

  it('has data 400 days back', () => {
    for (const data of orgs) {
      expect(costMicros(dataset, data, { from: addDays(today, -402), to: addDays(today, -400) })).toBeGreaterThan(0);
      expect(messagesByStudent(dataset, data, { from: addDays(today, -402), to: addDays(today, -400) }).size).toBeGreaterThan(0);
    }
  });

  it('turns micro-dollars into dollars with at most six decimals', () => {
    expect(microsToDollars(5_750_000)).toBe(5.75);
    expect(microsToDollars(1)).toBe(0.000001);
    expect(String(microsToDollars(123_456_789))).toBe('123.456789');
    expect(microsToDollars(0)).toBe(0);
  });
});

describe('messagesByStudent', () => {
  const ranges = [
    { from: today, to: today },
    resolvePreset('7d', today),
    resolvePreset('90d', today),
    { from: dataset.firstDay, to: today },
  ];

  it('never counts more for one mentor than for all mentors, and the mentors add up to all', () => {
    for (const data of orgs) {
      for (const range of ranges) {
        const all = messagesByStudent(dataset, data, range);
        const summed = new Map<string, number>();
        for (const mentorId of data.mentorIds) {
          for (const [username, count] of messagesByStudent(dataset, data, range, mentorId)) {
            expect(count).toBeLessThanOrEqual(all.get(username) ?? 0);
            summed.set(username, (summed.get(username) ?? 0) + count);
          }
        }
        expect(summed).toEqual(all);
      }
    }
  });

  it('finds nobody for a mentor the org does not offer, nor outside the history', () => {
    const northwind = dataset.orgs.get('northwind-academy');
    expect(northwind).toBeDefined();
    if (northwind === undefined) return;
    const range = resolvePreset('90d', today);
    expect(messagesByStudent(dataset, northwind, range, demoMentorId(DEFAULT_DEMO_SEED, 'essay-writing')).size).toBe(0);
    expect(messagesByStudent(dataset, northwind, range, 'no-such-mentor').size).toBe(0);
    expect(messagesByStudent(dataset, northwind, { from: addDays(today, 1), to: addDays(today, 9) }).size).toBe(0);
  });
});

describe('topStudents', () => {
  it('ranks by count, then username in code-unit order, and keeps twenty', () => {
    const counts = new Map([
      ['zoë.müller', 5],
      ['bob', 5],
      ['alice', 5],
      ['carol', 9],
      ...Array.from({ length: 30 }, (_, index) => [`student${String(index).padStart(2, '0')}`, 1] as const),
    ]);
    const ranked = topStudents(counts);
    expect(ranked).toHaveLength(20);
    expect(ranked.slice(0, 4).map((entry) => entry.username)).toEqual(['carol', 'alice', 'bob', 'zoë.müller']);
    expect(ranked[4]).toEqual({ username: 'student00', chat_message_count: 1 });
    expect(ranked.at(-1)).toEqual({ username: 'student15', chat_message_count: 1 });
  });

  it('meets ties in the data on short ranges, and ranks them by username', () => {
    let ties = 0;
    for (const data of orgs) {
      for (const day of eachDay(addDays(today, -29), today)) {
        const ranked = topStudents(messagesByStudent(dataset, data, { from: day, to: day }));
        ranked.slice(1).forEach((entry, index) => {
          const previous = ranked[index];
          if (previous === undefined) return;
          expect(entry.chat_message_count).toBeLessThanOrEqual(previous.chat_message_count);
          if (entry.chat_message_count === previous.chat_message_count) {
            ties += 1;
            expect(previous.username < entry.username).toBe(true);
          }
        });
      }
    }
    expect(ties).toBeGreaterThan(10);
  });
});

describe('sentimentByDay', () => {
  it('lists every day of the range, oldest first, with zero days in it', () => {
    for (const data of orgs) {
      const series = sentimentByDay(dataset, data, resolvePreset('90d', today));
      expect(series.map((entry) => entry.day)).toEqual(eachDay(addDays(today, -89), today));
      expect(series.some((entry) => entry.count === 0)).toBe(true);
      expect(series.filter((entry) => entry.count > 0).length).toBeGreaterThan(80);
    }
  });

  it('is zero for days outside the history', () => {
    const data = orgs[0];
    expect(data).toBeDefined();
    if (data === undefined) return;
    expect(sentimentByDay(dataset, data, { from: addDays(today, 1), to: addDays(today, 2) }).map((entry) => entry.count)).toEqual([0, 0]);
  });
});
