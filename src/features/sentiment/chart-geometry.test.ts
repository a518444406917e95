import { describe, expect, it } from 'vitest';
import { eachDay } from '../../../shared/utc-day';
import { countTicks, dayFraction, dayTicks, estimatedChartWidth, plotBox, sentimentChartLayout, valueY } from './chart-geometry';

describe('countTicks', () => {
  it.each([
    [0, [0, 1]],
    [1, [0, 1]],
    [3, [0, 1, 2, 3]],
    [7, [0, 2, 4, 6, 8]],
    [188, [0, 50, 100, 150, 200]],
    [200, [0, 50, 100, 150, 200]],
    [201, [0, 100, 200, 300]],
    [4321, [0, 2000, 4000, 6000]],
    [0.4, [0, 1]],
  ])('gives whole, round ticks up to at least %d', (max, ticks) => {
    expect(countTicks(max)).toEqual(ticks);
  });

  it('never gives more than five ticks, and the top is never below the data', () => {
    for (let max = 0; max <= 5000; max += 7) {
      const ticks = countTicks(max);
      expect(ticks.length).toBeLessThanOrEqual(5);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
      expect(ticks.every(Number.isInteger)).toBe(true);
    }
  });
});

describe('dayTicks', () => {
  const label = (day: string) => `Nov ${day.slice(8)}`;

  it('labels every day when there is room', () => {
    const days = eachDay('2026-11-24', '2026-11-30');
    expect(dayTicks(days, 700, label)).toEqual(days);
  });

  it('thins the labels evenly and always keeps the last day', () => {
    const days = eachDay('2026-09-02', '2026-11-30');
    const ticks = dayTicks(days, 700, label);
    expect(ticks.at(-1)).toBe('2026-11-30');
    expect(ticks.length).toBeLessThan(days.length / 5);
    const gaps = ticks.slice(1).map((day, index) => days.indexOf(day) - days.indexOf(ticks[index]!));
    expect(new Set(gaps).size).toBe(1);
    // Six-letter labels at 7 px a letter plus a 24 px gap: 66 px each, no more than fit.
    expect(ticks.length * 66).toBeLessThanOrEqual(700 + 66);
  });

  it('gives longer labels more room', () => {
    const days = eachDay('2026-11-01', '2026-11-30');
    expect(dayTicks(days, 500, (day) => `${day.slice(8)}. November`).length).toBeLessThan(dayTicks(days, 500, label).length);
  });

  it('handles no days and one day', () => {
    expect(dayTicks([], 700, label)).toEqual([]);
    expect(dayTicks(['2026-11-30'], 700, label)).toEqual(['2026-11-30']);
  });
});

describe('plotBox, dayFraction and valueY', () => {
  it('places days edge to edge and zero on the axis', () => {
    const box = plotBox(800);
    expect(box).toEqual({ left: 44, top: 8, width: 732, height: 218 });
    expect([dayFraction(0, 7), dayFraction(3, 7), dayFraction(6, 7)]).toEqual([0, 0.5, 1]);
    expect([valueY(box, 0, 200), valueY(box, 100, 200), valueY(box, 200, 200)]).toEqual([226, 117, 8]);
  });

  it('centres a single day, and keeps a chart of zeros on the axis', () => {
    expect(dayFraction(0, 1)).toBe(0.5);
    expect(valueY(plotBox(800), 0, 0)).toBe(226);
  });
});

describe('estimatedChartWidth', () => {
  it('follows the layout: two of three columns on wide screens, the whole row below 1024 px', () => {
    // The widths Chromium lays the chart out at (e2e/demo/chart.spec.ts checks them in the page).
    expect(estimatedChartWidth(1280)).toBe(687);
    expect(estimatedChartWidth(1024)).toBe(602);
    expect(estimatedChartWidth(768)).toBe(678);
    expect(estimatedChartWidth(360)).toBe(286);
    expect(estimatedChartWidth(100)).toBe(200);
  });
});

describe('sentimentChartLayout', () => {
  const series = [
    { day: '2026-11-29', count: 40, previousDay: '2026-11-27', previousCount: 130 },
    { day: '2026-11-30', count: 60, previousDay: '2026-11-28', previousCount: null },
  ];

  it('counts the previous period towards the top only when it is drawn', () => {
    expect(sentimentChartLayout(series, false, 800).top).toBe(60);
    expect(sentimentChartLayout(series, true, 800).top).toBe(150);
  });
});
