import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
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

// Both axes' labels, placed as the plain chart places them (chart-geometry).
const AXIS_TICKS = {
  tick: { fill: 'var(--chart-axis)', fontSize: FONT_SIZE },
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
          tickFormatter={(day: string) => formatDayShort(day)}
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
          tickFormatter={(value: number) => formatCount(value)}
        />
        <Tooltip content={SentimentTooltip} cursor={{ stroke: 'var(--chart-grid)' }} />
        {showPrevious ? (
          <Line
            type="monotone"
            dataKey="previousCount"
            className={LINE_CLASSES.previous}
            name="Previous period"
            stroke="var(--chart-2)"
            strokeWidth={2}
            strokeDasharray="5 4"
            dot={false}
            activeDot={{ r: 3, fill: 'var(--chart-2)' }}
            isAnimationActive={false}
          />
        ) : null}
        <Line
          type="monotone"
          dataKey="count"
          className={LINE_CLASSES.current}
          name="Sentiment entries"
          stroke="var(--chart-1)"
          strokeWidth={2}
          dot={dots ? { r: 2.5, fill: 'var(--chart-1)' } : false}
          activeDot={{ r: 4 }}
          isAnimationActive={false}
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
