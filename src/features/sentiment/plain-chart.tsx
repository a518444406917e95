import { useRef } from 'react';
import { useElementWidth } from '../../components/use-element-width';
import { formatCount, formatDayShort } from '../../lib/format';
import {
  CHART_HEIGHT,
  FONT_SIZE,
  LINE_CLASSES,
  pointAt,
  sentimentChartLayout,
  TICK_MARGIN,
  TICK_SIZE,
  type ChartLayout,
} from './chart-geometry';
import { monotonePath } from './monotone-path';
import type { SentimentRow } from './sentiment-series';

interface Props {
  series: SentimentRow[];
  showPrevious: boolean;
  /** A line under the chart, e.g. why the interactive chart is missing. */
  note?: string;
}

/**
 * The chart in plain SVG, drawn the moment the data is in. Recharts takes over on the first
 * interaction (see use-sentiment-chart) with the same layout, ticks and curve, so the swap
 * moves nothing; only the tooltip waits for it.
 */
export function PlainChart({ series, showPrevious, note }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const width = useElementWidth(frame, 600);
  return (
    <>
      <div ref={frame} className="h-64 w-full" data-testid="sentiment-chart-plain">
        {width > 0 ? <Drawing series={series} showPrevious={showPrevious} width={width} /> : null}
      </div>
      {note ? <p className="mt-2 text-sm text-slate-600">{note}</p> : null}
    </>
  );
}

function Drawing({ series, showPrevious, width }: { series: SentimentRow[]; showPrevious: boolean; width: number }) {
  const layout = sentimentChartLayout(series, showPrevious, width);
  const { box } = layout;
  const bottom = box.top + box.height;
  const at = (index: number, value: number) => pointAt(box, index, series.length, value, layout.top);
  const current = series.map((row, index) => at(index, row.count));
  const dayIndex = new Map(series.map((row, index) => [row.day, index]));
  return (
    <svg width={width} height={CHART_HEIGHT} aria-hidden="true" className="block overflow-visible">
      <g stroke="var(--chart-grid)">
        {layout.valueTicks.map((value) => {
          const y = at(0, value).y;
          return <line key={value} x1={box.left} x2={box.left + box.width} y1={y} y2={y} />;
        })}
        <line x1={box.left} x2={box.left + box.width} y1={bottom} y2={bottom} />
      </g>
      <g fill="var(--chart-axis)" fontSize={FONT_SIZE}>
        {layout.valueTicks.map((value) => (
          <text key={value} x={box.left - TICK_SIZE - TICK_MARGIN} y={at(0, value).y} dy="0.355em" textAnchor="end">
            {formatCount(value)}
          </text>
        ))}
        {layout.dayTicks.map((day) => (
          <text key={day} x={at(dayIndex.get(day) ?? 0, 0).x} y={bottom + TICK_SIZE + TICK_MARGIN} dy="0.71em" textAnchor="middle">
            {formatDayShort(day)}
          </text>
        ))}
      </g>
      {showPrevious ? <PreviousLine series={series} layout={layout} /> : null}
      <g className={LINE_CLASSES.current}>
        <path d={monotonePath(current)} fill="none" stroke="var(--chart-line)" strokeWidth={2} data-chart-line="" />
        {series.length <= 31
          ? current.map((point, index) => (
              <circle key={index} cx={point.x} cy={point.y} r={2.5} fill="var(--chart-line)" stroke="var(--chart-line)" strokeWidth={2} />
            ))
          : null}
      </g>
    </svg>
  );
}

function PreviousLine({ series, layout }: { series: SentimentRow[]; layout: ChartLayout }) {
  const points = series.map((row, index) =>
    typeof row.previousCount === 'number' ? pointAt(layout.box, index, series.length, row.previousCount, layout.top) : null,
  );
  // Days the API does not reach break the line, as Recharts does for missing values.
  return (
    <g className={LINE_CLASSES.previous}>
      <path d={monotonePath(points)} fill="none" stroke="var(--chart-previous)" strokeWidth={2} strokeDasharray="5 4" />
    </g>
  );
}
