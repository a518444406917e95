import { describe, expect, it } from 'vitest';
import { resolvePreset, PRESETS, rangeLength } from '../../../shared/periods';
import { addDays, eachDay } from '../../../shared/utc-day';
import {
  compareDailySeries,
  compareTotals,
  fillDailySeries,
  sentimentCompareRequest,
  sentimentCsv,
  sentimentRequest,
  sentimentSummary,
  seriesTotal,
  type SentimentRow,
} from './sentiment-series';

describe('fillDailySeries', () => {
  it('draws the days the API leaves out as zero', () => {
    const series = fillDailySeries(
      [
        { day: '2026-11-24', count: 4 },
        { day: '2026-11-27', count: 2 },
      ],
      { from: '2026-11-24', to: '2026-11-27' },
    );
    expect(series).toEqual([
      { day: '2026-11-24', count: 4 },
      { day: '2026-11-25', count: 0 },
      { day: '2026-11-26', count: 0 },
      { day: '2026-11-27', count: 2 },
    ]);
    expect(seriesTotal(series)).toBe(6);
  });

  it('keeps only the days in range, and adds up a day sent twice', () => {
    const series = fillDailySeries(
      [
        { day: '2026-10-31', count: 9 },
        { day: '2026-11-01', count: 1 },
        { day: '2026-11-01', count: 2 },
        { day: '2026-11-03', count: 5 },
      ],
      { from: '2026-11-01', to: '2026-11-02' },
    );
    expect(series).toEqual([
      { day: '2026-11-01', count: 3 },
      { day: '2026-11-02', count: 0 },
    ]);
  });

  it('gives an all-zero series for an empty answer', () => {
    expect(fillDailySeries([], { from: '2026-12-30', to: '2027-01-01' }).map((p) => p.count)).toEqual([0, 0, 0]);
  });
});

describe('sentimentRequest', () => {
  const today = '2026-11-30';
  it('asks for the preset itself', () => {
    expect(sentimentRequest('30d', { from: '2026-11-01', to: '2026-11-30' }, today)).toEqual({ preset: '30d', beyond: null });
  });
  it('asks a custom range of the smallest covering preset and names what lies beyond 90 days', () => {
    expect(sentimentRequest('custom', { from: '2026-11-20', to: '2026-11-25' }, today)).toEqual({ preset: '30d', beyond: null });
    expect(sentimentRequest('custom', { from: '2026-08-01', to: '2026-09-10' }, today)).toEqual({
      preset: '90d',
      beyond: { from: '2026-08-01', to: '2026-09-01' },
    });
  });
});

describe('sentimentCompareRequest', () => {
  const today = '2026-11-30';

  it.each([
    ['today', '7d'],
    ['yesterday', '7d'],
    ['7d', '30d'],
    ['30d', '90d'],
    ['90d', '90d'],
  ] as const)('asks %s with its previous period of %s', (preset, covering) => {
    const range = resolvePreset(preset, today);
    const request = sentimentCompareRequest(range, today);
    expect(request.preset).toBe(covering);
    expect(rangeLength(request.previous)).toBe(rangeLength(range));
    const asked = resolvePreset(request.preset, today);
    if (request.previousBeyond === null) expect(asked.from <= request.previous.from).toBe(true);
  });

  it('says the 90 days before a 90-day view are beyond the API', () => {
    expect(sentimentCompareRequest(resolvePreset('90d', today), today)).toEqual({
      preset: '90d',
      beyond: null,
      previous: { from: '2026-06-04', to: '2026-09-01' },
      previousBeyond: { from: '2026-06-04', to: '2026-09-01' },
    });
  });

  it('picks the smallest preset covering both periods of a custom range, and names what is missing', () => {
    expect(sentimentCompareRequest({ from: '2026-11-27', to: '2026-11-28' }, today)).toMatchObject({
      preset: '7d',
      previous: { from: '2026-11-25', to: '2026-11-26' },
      previousBeyond: null,
    });
    expect(sentimentCompareRequest({ from: '2026-11-15', to: '2026-11-20' }, today)).toMatchObject({ preset: '30d' });
    expect(sentimentCompareRequest({ from: '2026-11-10', to: '2026-11-20' }, today)).toMatchObject({ preset: '90d', previousBeyond: null });
    expect(sentimentCompareRequest({ from: '2026-10-01', to: '2026-11-20' }, today)).toMatchObject({
      preset: '90d',
      previous: { from: '2026-08-11', to: '2026-09-30' },
      previousBeyond: { from: '2026-08-11', to: '2026-09-01' },
    });
  });
});

describe('compareDailySeries', () => {
  const points = eachDay('2026-11-17', '2026-11-30').map((day, index) => ({ day, count: index + 1 }));

  it('splits one answer into the view and the period before, day by day', () => {
    const rows = compareDailySeries(points, { from: '2026-11-24', to: '2026-11-30' }, { from: '2026-11-17', to: '2026-11-23' }, null);
    expect(rows).toHaveLength(7);
    expect(rows[0]).toEqual({ day: '2026-11-24', count: 8, previousDay: '2026-11-17', previousCount: 1 });
    expect(rows[6]).toEqual({ day: '2026-11-30', count: 14, previousDay: '2026-11-23', previousCount: 7 });
    expect(compareTotals(rows)).toEqual({ total: 77, previousTotal: 28, change: { difference: 49, ratio: 1.75, direction: 'up' } });
  });

  it('leaves the days the API does not reach empty, and gives no total for them', () => {
    const rows = compareDailySeries(points, { from: '2026-11-20', to: '2026-11-22' }, { from: '2026-11-17', to: '2026-11-19' }, {
      from: '2026-11-17',
      to: '2026-11-18',
    });
    expect(rows.map((row) => row.previousCount)).toEqual([null, null, 3]);
    expect(compareTotals(rows)).toEqual({ total: 15, previousTotal: null, change: null });
  });

  it('keeps a missing previous day as zero, not as a gap', () => {
    const rows = compareDailySeries([{ day: '2026-11-30', count: 2 }], { from: '2026-11-30', to: '2026-11-30' }, { from: '2026-11-29', to: '2026-11-29' }, null);
    expect(rows).toEqual([{ day: '2026-11-30', count: 2, previousDay: '2026-11-29', previousCount: 0 }]);
    expect(compareTotals(rows).change).toEqual({ difference: 2, ratio: null, direction: 'up' });
  });

  it('aligns every preset with a previous period of the same length', () => {
    const today = '2026-11-30';
    const all = eachDay(addDays(today, -179), today).map((day) => ({ day, count: 1 }));
    for (const preset of PRESETS) {
      const range = resolvePreset(preset, today);
      const request = sentimentCompareRequest(range, today);
      const rows = compareDailySeries(all, range, request.previous, null);
      expect(rows).toHaveLength(rangeLength(range));
      expect(rows.every((row) => row.previousDay !== undefined && addDays(row.previousDay, rangeLength(range)) === row.day)).toBe(true);
    }
  });
});

describe('sentimentSummary', () => {
  const week = { from: '2026-11-24', to: '2026-11-30' };
  const rows = (current: number, previous: number | null): SentimentRow[] => [
    { day: '2026-11-24', count: current, previousDay: '2026-11-17', previousCount: previous },
  ];

  it('says how many entries in the period', () => {
    expect(sentimentSummary([{ day: '2026-11-24', count: 840 }], '7d', week, null, 'en-US')).toBe(
      '840 sentiment entries in the last 7 days.',
    );
    expect(sentimentSummary([{ day: '2026-11-30', count: 1 }], 'today', { from: '2026-11-30', to: '2026-11-30' }, null, 'en-US')).toBe(
      '1 sentiment entry today.',
    );
  });

  it('adds the change against the period before', () => {
    const compare = { previousBeyond: null };
    expect(sentimentSummary(rows(840, 712), '7d', week, compare, 'en-US')).toBe(
      '840 sentiment entries in the last 7 days, 18% more than the 7 days before.',
    );
    expect(sentimentSummary(rows(600, 800), '7d', week, compare, 'en-US')).toBe(
      '600 sentiment entries in the last 7 days, 25% fewer than the 7 days before.',
    );
    expect(sentimentSummary(rows(5, 5), '7d', week, compare, 'en-US')).toBe(
      '5 sentiment entries in the last 7 days, as many as the 7 days before.',
    );
    expect(sentimentSummary(rows(5, 0), '7d', week, compare, 'en-US')).toBe(
      '5 sentiment entries in the last 7 days, and none the 7 days before.',
    );
  });

  it('says plainly when the previous period is beyond the API', () => {
    const range = { from: '2026-09-02', to: '2026-11-30' };
    expect(
      sentimentSummary(rows(840, null), '90d', range, { previousBeyond: { from: '2026-06-04', to: '2026-09-01' } }, 'en-US'),
    ).toMatch(/^840 sentiment entries in the last 90 days; no comparison, because Jun 4\s–\sSep 1, 2026 of the 90 days before is older than the 90 days the API keeps\.$/);
  });
});

describe('sentimentCsv', () => {
  const rows: SentimentRow[] = [
    { day: '2026-11-29', count: 3, previousDay: '2026-11-27', previousCount: null },
    { day: '2026-11-30', count: 4, previousDay: '2026-11-28', previousCount: 2 },
  ];

  it('has the table’s columns and one row per day', () => {
    expect(sentimentCsv(rows, false)).toEqual({
      header: ['Date', 'Sentiment entries'],
      rows: [
        ['2026-11-29', 3],
        ['2026-11-30', 4],
      ],
    });
    expect(sentimentCsv(rows, true)).toEqual({
      header: ['Date', 'Sentiment entries', 'Previous period date', 'Previous period entries'],
      rows: [
        ['2026-11-29', 3, '2026-11-27', null],
        ['2026-11-30', 4, '2026-11-28', 2],
      ],
    });
  });
});
