import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { addDays, dayToDate } from '../../shared/utc-day.ts';
import { DEMO_ORGS } from './catalog.ts';
import { buildDemoDataset, DEFAULT_DEMO_SEED, HISTORY_DAYS, type OrgData } from './dataset.ts';
import { messagesByStudent } from './queries.ts';

const today = '2026-03-10';
const dataset = buildDemoDataset({ today, seed: DEFAULT_DEMO_SEED });

function org(id: string): OrgData {
  const data = dataset.orgs.get(id);
  if (data === undefined) throw new Error(`no org ${id}`);
  return data;
}

function conversations(data: OrgData, firstIndex: number, lastIndex: number): number {
  let total = 0;
  for (let index = firstIndex; index <= lastIndex; index += 1) total += data.sentiment[index] ?? 0;
  return total;
}

describe('buildDemoDataset', () => {
  it('builds every org in well under a second', () => {
    const started = performance.now();
    buildDemoDataset({ today: '2025-06-30', seed: 77 });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('covers more than 400 days up to and including today, for every org', () => {
    expect(dataset.days).toBe(HISTORY_DAYS);
    expect(HISTORY_DAYS).toBeGreaterThan(400);
    expect(addDays(dataset.firstDay, dataset.days - 1)).toBe(today);
    expect([...dataset.orgs.keys()]).toEqual(DEMO_ORGS.map((profile) => profile.id));
    for (const data of dataset.orgs.values()) {
      expect(data.sentiment).toHaveLength(dataset.days);
      expect(data.costMicros).toHaveLength(dataset.days);
      expect(data.rowStart).toHaveLength(dataset.days + 1);
      expect(data.usernames.length).toBeGreaterThanOrEqual(300);
      // Week by week, from the very first one, there is activity.
      for (let week = 0; week + 7 <= dataset.days; week += 7) expect(conversations(data, week, week + 6)).toBeGreaterThan(0);
    }
  });

  it('keeps its aggregates in agreement: a conversation has a message and a cost', () => {
    for (const data of dataset.orgs.values()) {
      for (let day = 0; day < dataset.days; day += 1) {
        let messages = 0;
        for (let row = data.rowStart[day] ?? 0; row < (data.rowStart[day + 1] ?? 0); row += 1) messages += data.rowMessages[row] ?? 0;
        const count = data.sentiment[day] ?? 0;
        const cost = data.costMicros[day] ?? 0;
        expect(messages).toBeGreaterThanOrEqual(count);
        expect(messages > 0).toBe(count > 0);
        expect(cost > 0).toBe(count > 0);
        expect(Number.isInteger(cost)).toBe(true);
      }
    }
  });

  it('is quieter at weekends than on weekdays', () => {
    for (const data of dataset.orgs.values()) {
      let weekend = 0;
      let weekday = 0;
      for (let day = 0; day < dataset.days - 1; day += 1) {
        const weekdayNumber = dayToDate(addDays(dataset.firstDay, day)).getUTCDay();
        if (weekdayNumber === 0 || weekdayNumber === 6) weekend += data.sentiment[day] ?? 0;
        else if (weekdayNumber <= 4) weekday += data.sentiment[day] ?? 0;
      }
      // Per day: two weekend days against four weekdays (Monday to Thursday).
      expect(weekend / 2).toBeLessThan((weekday / 4) * 0.6);
    }
  });

  it('grows over the year: the last four weeks are busier than the same weeks a year ago', () => {
    const last = dataset.days - 1;
    for (const data of dataset.orgs.values()) {
      expect(conversations(data, last - 28, last - 1)).toBeGreaterThan(1.2 * conversations(data, last - 28 - 364, last - 1 - 364));
    }
  });

  it('gives students a heavy-tailed activity: the top tenth sends over a third of the messages', () => {
    for (const data of dataset.orgs.values()) {
      const counts = [...messagesByStudent(dataset, data, { from: dataset.firstDay, to: today }).values()].sort((a, b) => b - a);
      const total = counts.reduce((sum, count) => sum + count, 0);
      const topTenth = counts.slice(0, Math.ceil(data.usernames.length / 10)).reduce((sum, count) => sum + count, 0);
      expect(topTenth / total).toBeGreaterThan(1 / 3);
      expect(counts.at(-1)).toBeLessThan((counts[0] ?? 0) / 20);
    }
  });

  it('gives mentors different popularity', () => {
    const data = org('demo');
    const range = { from: addDays(today, -89), to: today };
    const perMentor = data.mentorIds.map((mentorId) =>
      [...messagesByStudent(dataset, data, range, mentorId).values()].reduce((sum, count) => sum + count, 0),
    );
    expect(Math.max(...perMentor)).toBeGreaterThan(3 * Math.min(...perMentor));
    expect(new Set(perMentor).size).toBe(perMentor.length);
  });

  it('makes the second org far smaller: its month costs cents to a few dollars, the demo org tens or more', () => {
    const monthCost = (data: OrgData) => {
      let total = 0;
      for (let day = dataset.days - 30; day < dataset.days; day += 1) total += data.costMicros[day] ?? 0;
      return total / 1e6;
    };
    expect(monthCost(org('demo'))).toBeGreaterThan(10);
    expect(monthCost(org('demo'))).toBeLessThan(500);
    expect(monthCost(org('northwind-academy'))).toBeGreaterThan(0.01);
    expect(monthCost(org('northwind-academy'))).toBeLessThan(5);
  });

  it('has today only partly over: across seeds, today has about half a full day', () => {
    let todays = 0;
    let weekAgo = 0;
    for (let seed = 1; seed <= 20; seed += 1) {
      // A short history keeps this quick; growth over 15 days is modest.
      const short = buildDemoDataset({ today, seed, days: 15 }).orgs.get('demo');
      todays += short?.sentiment[14] ?? 0;
      weekAgo += short?.sentiment[7] ?? 0;
    }
    expect(todays).toBeGreaterThan(0);
    expect(todays).toBeLessThan(0.8 * weekAgo);
  });

  it('is deterministic for a seed and a day, and different for another seed', () => {
    const again = buildDemoDataset({ today, seed: DEFAULT_DEMO_SEED });
    const other = buildDemoDataset({ today, seed: DEFAULT_DEMO_SEED + 1 });
    for (const [id, data] of dataset.orgs) {
      expect(again.orgs.get(id)).toEqual(data);
      expect(other.orgs.get(id)?.sentiment).not.toEqual(data.sentiment);
      expect(other.orgs.get(id)?.usernames).not.toEqual(data.usernames);
    }
  });
});
