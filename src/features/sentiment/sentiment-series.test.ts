import { describe, expect, it } from 'vitest';
import { fillDailySeries, sentimentRequest, seriesTotal } from './sentiment-series';

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
