import {
  CartesianGrid,
  Curve,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
  type BaseTickContentProps,
  type LineDrawShapeProps,
  type TooltipContentProps,
} from 'recharts';
import { formatCount, formatDay, formatDayShort } from '../../lib/format';
import { CHART_HEIGHT, CHART_MARGIN, FONT_SIZE, LINE_CLASSES, sentimentChartLayout, TICK_MARGIN, TICK_SIZE, Y_AXIS_WIDTH, X_AXIS_HEIGHT } from './chart-geometry';
import type { SentimentRow } from './sentiment-series';

interface Props {
  series: SentimentRow[];
  /** The chart's width in CSS pixels, measured by the slot both charts share. */
  width: number;
  /** Draw the previous period as a faded line, aligned day by day with this one. */
  showPrevious?: boolean;
}

/**
 * An axis label drawn as the plain chart draws it. Recharts' own label measures each word it is
 * given a width for, reading layout in the middle of a render: on every new range, before the
 * chart could show it.
 */
function tickLabel(format: (value: unknown) => string, dy: string) {
  return function TickLabel({ x, y, textAnchor, payload }: BaseTickContentProps) {
    return (
      <text x={x} y={y} dy={dy} textAnchor={textAnchor} fill="var(--chart-axis)" fontSize={FONT_SIZE}>
        {format(payload.value)}
      </text>
    );
  };
}

const DAY_LABEL = tickLabel((day) => formatDayShort(String(day)), '0.71em');
const COUNT_LABEL = tickLabel((value) => formatCount(Number(value)), '0.355em');

/**
 * The line, drawn by Recharts' own Curve but without the path's ref: given it, Line reads the
 * path's length on every render, for a drawing animation this chart never runs, and so lays the
 * page out in the middle of the render.
 */
function StaticLine(props: LineDrawShapeProps) {
  const { pathRef, animationElapsedTime, isAnimating, isEntrance, visibleLength, connectNulls, ...curve } = props;
  return <Curve {...curve} connectNulls={connectNulls ?? false} />;
}

// Both lines: the plain chart's curve and stroke, drawn at once.
const LINE = { type: 'monotone', strokeWidth: 2, isAnimationActive: false, shape: StaticLine } as const;
const PREVIOUS_LINE = {
  dataKey: 'previousCount',
  className: LINE_CLASSES.previous,
  name: 'Previous period',
  stroke: 'var(--chart-2)',
  strokeDasharray: '5 4',
  dot: false,
  activeDot: { r: 3, fill: 'var(--chart-2)' },
} as const;

// Both axes' labels, placed as the plain chart places them (chart-geometry).
const AXIS_TICKS = {
  tickLine: false,
  tickSize: TICK_SIZE,
  tickMargin: TICK_MARGIN,
} as const;

/**
 * Loaded on its own, on the first interaction (use-sentiment-chart). It takes over from the
 * plain SVG chart with the same layout (chart-geometry), adding the tooltip.
 */
export default function SentimentChart({ series, width, showPrevious = false }: Props) {
  const dots = series.length <= 31;
  const layout = sentimentChartLayout(series, showPrevious, width);
  return (
    <div className="h-64 w-full" data-testid="sentiment-chart">
      <LineChart width={width} height={CHART_HEIGHT} data={series} margin={CHART_MARGIN}>
        <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
        <XAxis
          dataKey="day"
          ticks={layout.dayTicks}
          interval={0}
          height={X_AXIS_HEIGHT}
          tick={DAY_LABEL}
          {...AXIS_TICKS}
          axisLine={{ stroke: 'var(--chart-grid)' }}
        />
        <YAxis
          ticks={layout.valueTicks}
          domain={[0, layout.top]}
          interval={0}
          width={Y_AXIS_WIDTH}
          {...AXIS_TICKS}
          axisLine={false}
          tick={COUNT_LABEL}
        />
        <Tooltip content={SentimentTooltip} cursor={{ stroke: 'var(--chart-grid)' }} />
        {showPrevious ? <Line {...LINE} {...PREVIOUS_LINE} /> : null}
        <Line
          {...LINE}
          dataKey="count"
          className={LINE_CLASSES.current}
          name="Sentiment entries"
          stroke="var(--chart-1)"
          dot={dots ? { r: 2.5, fill: 'var(--chart-1)' } : false}
          activeDot={{ r: 4 }}
        />
      </LineChart>
    </div>
  );
}

function SentimentTooltip({ active, payload }: TooltipContentProps) {
  const point: SentimentRow | undefined = payload?.[0]?.payload;
  if (!active || !point) return null;
  return (
    <div className="rounded-md border border-border bg-popover px-3 py-2 text-sm text-popover-foreground shadow-md">
      <div className="font-medium text-foreground">{formatDay(point.day)}</div>
      <div className="text-muted-foreground tabular-nums">{formatCount(point.count)} entries</div>
      {point.previousDay ? (
        <div className="mt-1 border-t border-border pt-1 text-muted-foreground tabular-nums">
          {formatDay(point.previousDay)}:{' '}
          {typeof point.previousCount === 'number' ? `${formatCount(point.previousCount)} entries` : 'not available'}
        </div>
      ) : null}
    </div>
  );
}
