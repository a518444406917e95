import { formatDayShort } from '../../lib/format';
import type { IsoDay } from '../../../shared/utc-day';
import type { SentimentRow } from './sentiment-series';

/*
 * The chart's layout, shared by the plain SVG drawn first and by Recharts after it: the
 * same ticks, margins and scales, so the swap moves no pixel. Recharts is told the ticks
 * rather than left to choose them, because its choice depends on text it measures.
 */

export const CHART_HEIGHT = 256;
// The right margin holds half of the last day's label, which sits centred on the plot's edge.
export const CHART_MARGIN = { top: 8, right: 24, bottom: 0, left: 0 } as const;
export const Y_AXIS_WIDTH = 44;
/** Recharts' default height for a horizontal axis. */
export const X_AXIS_HEIGHT = 30;
/** Recharts' defaults: the (hidden) tick line's length and the gap before its label. */
export const TICK_SIZE = 6;
export const TICK_MARGIN = 2;
export const FONT_SIZE = 12;

/** Both charts mark their lines alike (the view, and the period before), so tests need not know which is drawn. */
export const LINE_CLASSES = { current: 'chart-line chart-line-current', previous: 'chart-line chart-line-previous' } as const;

/** Room a day label needs per character at 12 px, plus the gap kept between two labels. */
const CHAR_WIDTH = 7;
const LABEL_GAP = 24;
const MAX_Y_TICKS = 5;

export interface PlotBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

export function plotBox(chartWidth: number): PlotBox {
  const left = CHART_MARGIN.left + Y_AXIS_WIDTH;
  const top = CHART_MARGIN.top;
  return {
    left,
    top,
    width: Math.max(0, chartWidth - left - CHART_MARGIN.right),
    height: CHART_HEIGHT - top - CHART_MARGIN.bottom - X_AXIS_HEIGHT,
  };
}

/**
 * Whole-number ticks from 0 to a round top at or above `max`: at most five, in steps of
 * 1, 2 or 5 times a power of ten. A chart of zeros still gets an axis (0 and 1).
 */
export function countTicks(max: number): number[] {
  const top = Math.max(1, Math.ceil(max));
  const rough = top / (MAX_Y_TICKS - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? 10 * power);
  const ticks: number[] = [];
  for (let value = 0; value < top + step; value += step) ticks.push(value);
  return ticks;
}

/**
 * The days that get a label: as many as fit without touching, evenly spaced and always
 * including the last day (the one people look for). `label` formats a day as the axis does.
 */
export function dayTicks(days: readonly IsoDay[], plotWidth: number, label: (day: IsoDay) => string): IsoDay[] {
  if (days.length === 0) return [];
  const longest = days.reduce((width, day) => Math.max(width, label(day).length), 0);
  const slot = longest * CHAR_WIDTH + LABEL_GAP;
  const spacing = days.length > 1 ? plotWidth / (days.length - 1) : plotWidth;
  const step = Math.max(1, Math.ceil(slot / Math.max(spacing, 1)));
  const last = days.length - 1;
  return days.filter((_, index) => (last - index) % step === 0);
}

/** How far along the plot day `index` of `count` sits, 0 to 1: days edge to edge, a single day centred. */
export function dayFraction(index: number, count: number): number {
  return count > 1 ? index / (count - 1) : 0.5;
}

/** A value's height in the plot, in pixels from its top: 0 on the axis at the bottom. */
export function valueY(box: PlotBox, value: number, top: number): number {
  return box.top + box.height - (top > 0 ? (value / top) * box.height : 0);
}

/**
 * The chart's width before it has been laid out, from the window's: only the day labels' spacing
 * depends on it. It is the laid-out width at every window width (e2e/demo/chart.spec.ts), so
 * the measurement after layout confirms it and the chart is drawn once; a wrong guess costs one
 * more render before the first paint.
 */
/** The window width a page rendered on the server is laid out for (a common laptop's). */
export const SERVER_VIEWPORT_WIDTH = 1280;

export function estimatedChartWidth(viewportWidth: number): number {
  // The page's max-w-6xl, less its px-4 (sm:px-6) padding.
  const content = Math.min(viewportWidth, 1152) - (viewportWidth >= 640 ? 48 : 32);
  // Two of three columns (gap-5) from 1024 px, the whole row below; less the card's p-5 and border.
  const card = viewportWidth >= 1024 ? ((content - 40) * 2) / 3 + 20 : content;
  return Math.max(200, Math.round(card - 42));
}

export interface ChartLayout {
  box: PlotBox;
  /** The value at the top of the plot: the last of `valueTicks`. */
  top: number;
  valueTicks: number[];
  dayTicks: IsoDay[];
}

export function chartLayout(days: readonly IsoDay[], max: number, chartWidth: number, label: (day: IsoDay) => string): ChartLayout {
  const box = plotBox(chartWidth);
  const valueTicks = countTicks(max);
  return { box, top: valueTicks[valueTicks.length - 1] ?? 1, valueTicks, dayTicks: dayTicks(days, box.width, label) };
}

/** The sentiment chart's layout at a width: the previous period's line counts towards the top only when drawn. */
export function sentimentChartLayout(series: readonly SentimentRow[], showPrevious: boolean, chartWidth: number): ChartLayout {
  let max = 0;
  for (const row of series) {
    max = Math.max(max, row.count, showPrevious && typeof row.previousCount === 'number' ? row.previousCount : 0);
  }
  return chartLayout(
    series.map((row) => row.day),
    max,
    chartWidth,
    (day) => formatDayShort(day),
  );
}
