import { formatCount, formatDayShort } from '../../lib/format';
import {
  CHART_HEIGHT,
  CHART_MARGIN,
  dayFraction,
  FONT_SIZE,
  LINE_CLASSES,
  sentimentChartLayout,
  TICK_MARGIN,
  TICK_SIZE,
  valueY,
} from './chart-geometry';
import { monotonePath, type Point } from './monotone-path';
import type { SentimentRow } from './sentiment-series';

interface Props {
  series: SentimentRow[];
  /** The chart's width in CSS pixels, for the spacing of the day labels only. */
  width: number;
  showPrevious: boolean;
  /** A line under the chart, e.g. why the interactive chart is missing. */
  note?: string;
}

/**
 * The chart in plain SVG, drawn the moment the data is in. Recharts takes over on the first
 * interaction (see use-sentiment-chart) with the same layout, ticks and curve, so the swap
 * moves nothing; only the tooltip waits for it.
 *
 * Positions across are percentages and the lines sit in a viewBox stretched to the plot
 * (strokes kept at their width), so the first render is right at any width without reading
 * layout. Only the spacing of the day labels depends on the width, measured before the paint.
 */
export function PlainChart({ series, width, showPrevious, note }: Props) {
  const layout = sentimentChartLayout(series, showPrevious, width);
  const { box } = layout;
  const bottom = box.top + box.height;
  const count = series.length;
  const dayIndex = new Map(series.map((row, index) => [row.day, index]));
  // Across: day numbers; down: pixels from the plot's top.
  const inPlot = (index: number, value: number): Point => ({ x: index, y: valueY(box, value, layout.top) - box.top });
  const current = series.map((row, index) => inPlot(index, row.count));
  const previous = series.map((row, index) => (typeof row.previousCount === 'number' ? inPlot(index, row.previousCount) : null));
  const viewBox = count > 1 ? `0 0 ${count - 1} ${box.height}` : `-1 0 2 ${box.height}`;

  return (
    <>
      <div className="relative h-64 w-full" data-testid="sentiment-chart-plain">
        <svg width={box.left} height={CHART_HEIGHT} aria-hidden="true" className="absolute top-0 left-0 overflow-visible">
          <g fill="var(--chart-axis)" fontSize={FONT_SIZE}>
            {layout.valueTicks.map((value) => (
              <text key={value} x={box.left - TICK_SIZE - TICK_MARGIN} y={valueY(box, value, layout.top)} dy="0.355em" textAnchor="end">
                {formatCount(value)}
              </text>
            ))}
          </g>
        </svg>
        {/* The plot: HTML sizes it (the chart's width less the axis and the right margin), SVG fills it. */}
        <div className="h-full" style={{ marginLeft: box.left, marginRight: CHART_MARGIN.right }}>
          <svg width="100%" height={CHART_HEIGHT} aria-hidden="true" className="block overflow-visible">
            <g stroke="var(--chart-grid)">
              {[...layout.valueTicks.map((value) => valueY(box, value, layout.top)), bottom].map((y, index) => (
                <line key={index} x1="0" x2="100%" y1={y} y2={y} />
              ))}
            </g>
            <g fill="var(--chart-axis)" fontSize={FONT_SIZE}>
              {layout.dayTicks.map((day) => (
                <text
                  key={day}
                  x={`${dayFraction(dayIndex.get(day) ?? 0, count) * 100}%`}
                  y={bottom + TICK_SIZE + TICK_MARGIN}
                  dy="0.71em"
                  textAnchor="middle"
                >
                  {formatDayShort(day)}
                </text>
              ))}
            </g>
            <svg y={box.top} width="100%" height={box.height} viewBox={viewBox} preserveAspectRatio="none" overflow="visible">
              {showPrevious ? (
                <path
                  className={LINE_CLASSES.previous}
                  d={monotonePath(previous)}
                  {...stroke('var(--chart-2)')}
                  strokeDasharray="5 4"
                />
              ) : null}
            </svg>
            <g className={LINE_CLASSES.current}>
              <svg y={box.top} width="100%" height={box.height} viewBox={viewBox} preserveAspectRatio="none" overflow="visible">
                <path d={monotonePath(current)} {...stroke('var(--chart-1)')} data-chart-line="" />
              </svg>
              {/* Dots are placed in percent across, so they stay round. */}
              {count <= 31
                ? current.map((point, index) => (
                    <circle
                      key={index}
                      cx={`${dayFraction(index, count) * 100}%`}
                      cy={point.y + box.top}
                      r={2.5}
                      fill="var(--chart-1)"
                      stroke="var(--chart-1)"
                      strokeWidth={2}
                    />
                  ))
                : null}
            </g>
          </svg>
        </div>
      </div>
      {note ? <p className="mt-2 text-sm text-muted-foreground">{note}</p> : null}
    </>
  );
}

/** A 2 px line however far the viewBox is stretched. */
function stroke(color: string) {
  return { fill: 'none', stroke: color, strokeWidth: 2, vectorEffect: 'non-scaling-stroke' } as const;
}
