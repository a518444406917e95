import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { formatCount, formatDay, formatDayShort } from '../../lib/format';
import type { SentimentRow } from './sentiment-series';

interface Props {
  series: SentimentRow[];
  /** Draw the previous period as a faded line, aligned day by day with this one. */
  showPrevious?: boolean;
}

/** Loaded on its own (Recharts is most of the bundle) so the other cards never wait on it. */
export default function SentimentChart({ series, showPrevious = false }: Props) {
  const dots = series.length <= 31;
  return (
    <div className="h-64 w-full" data-testid="sentiment-chart">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 256 }}>
        <LineChart data={series} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
          <XAxis
            dataKey="day"
            tickFormatter={(day: string) => formatDayShort(day)}
            tick={{ fill: 'var(--chart-axis)', fontSize: 12 }}
            tickLine={false}
            axisLine={{ stroke: 'var(--chart-grid)' }}
            minTickGap={24}
          />
          <YAxis
            allowDecimals={false}
            width={44}
            tick={{ fill: 'var(--chart-axis)', fontSize: 12 }}
            tickLine={false}
            axisLine={false}
            tickFormatter={(value: number) => formatCount(value)}
          />
          <Tooltip content={SentimentTooltip} cursor={{ stroke: 'var(--chart-grid)' }} />
          {showPrevious ? (
            <Line
              type="monotone"
              dataKey="previousCount"
              name="Previous period"
              stroke="var(--chart-previous)"
              strokeWidth={2}
              strokeDasharray="5 4"
              dot={false}
              activeDot={{ r: 3, fill: 'var(--chart-previous)' }}
              isAnimationActive={false}
            />
          ) : null}
          <Line
            type="monotone"
            dataKey="count"
            name="Sentiment entries"
            stroke="var(--chart-line)"
            strokeWidth={2}
            dot={dots ? { r: 2.5, fill: 'var(--chart-line)' } : false}
            activeDot={{ r: 4 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

function SentimentTooltip({ active, payload }: TooltipContentProps) {
  const point: SentimentRow | undefined = payload?.[0]?.payload;
  if (!active || !point) return null;
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm shadow-md">
      <div className="font-medium text-slate-900">{formatDay(point.day)}</div>
      <div className="text-slate-600 tabular-nums">{formatCount(point.count)} entries</div>
      {point.previousDay ? (
        <div className="mt-1 border-t border-slate-100 pt-1 text-slate-600 tabular-nums">
          {formatDay(point.previousDay)}:{' '}
          {typeof point.previousCount === 'number' ? `${formatCount(point.previousCount)} entries` : 'not available'}
        </div>
      ) : null}
    </div>
  );
}
