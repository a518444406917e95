import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useRef, useState } from 'react';
import type { Scope } from '../../../shared/scope';
import { describeError } from '../../api/describe-error';
import { analyticsQueries } from '../../api/queries';
import { Card } from '../../components/card';
import { ExportCsvButton } from '../../components/export-csv-button';
import { useCsvExport } from '../../lib/use-csv-export';
import { formatCount, formatDay, formatPercent, formatRange } from '../../lib/format';
import { type DayRange, type Period } from '../../../shared/periods';
import type { IsoDay } from '../../../shared/utc-day';
import { useObservedWidth } from '../../components/use-observed-width';
import { estimatedChartWidth } from './chart-geometry';
import { PlainChart } from './plain-chart';
import { useSentimentChart } from './use-sentiment-chart';
import {
  compareDailySeries,
  compareTotals,
  fillDailySeries,
  PREVIOUS_COLUMNS,
  SENTIMENT_COLUMNS,
  sentimentCompareRequest,
  sentimentCsv,
  sentimentRequest,
  sentimentSummary,
  seriesTotal,
  type SentimentRow,
} from './sentiment-series';


interface Props {
  scope: Scope;
  period: Period;
  range: DayRange;
  today: IsoDay;
  /** Compare with the period of the same length just before. */
  compare?: boolean;
}

export function SentimentCard({ scope, period, range, today, compare = false }: Props) {
  const single = sentimentRequest(period, range, today);
  const paired = compare ? sentimentCompareRequest(range, today) : null;
  const query = useQuery(analyticsQueries.sentiment(scope, paired?.preset ?? single.preset));
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();

  const placeholder = query.isPlaceholderData;
  const series = useMemo((): SentimentRow[] | undefined => {
    if (!query.data) return undefined;
    if (!compare) return fillDailySeries(query.data, range);
    const request = sentimentCompareRequest(range, today);
    // Placeholder data comes from another request and may not reach back that far: show no previous figures until it is in.
    const unknown = placeholder ? request.previous : request.previousBeyond;
    return compareDailySeries(query.data, range, request.previous, unknown);
  }, [query.data, range, today, compare, placeholder]);
  const view = { ...query, data: series };

  const beyond = paired?.beyond ?? single.beyond;
  const csv = useCsvExport(() =>
    series
      ? {
          source: {
            name: 'sentiment',
            title: 'Sentiment over time',
            org: scope.org,
            range,
            previous: paired?.previous ?? null,
            link: window.location.href,
          },
          table: sentimentCsv(series, compare),
        }
      : null,
  );

  return (
    <Card
      title="Sentiment over time"
      subtitle={`Daily sentiment entries · ${formatRange(range)} (UTC)`}
      query={view}
      describeError={(error) => describeError(error, scope)}
      isEmpty={(data) => seriesTotal(data) === 0 && !data.some((row) => (row.previousCount ?? 0) > 0)}
      empty="No sentiment entries in this range. Pick a longer period or another org."
      skeletonClassName="h-72"
      className="lg:col-span-2"
      actions={
        <>
          <ExportCsvButton what="sentiment over time" disabled={!series || placeholder} csv={csv} />
          <button
            type="button"
            aria-expanded={showTable}
            aria-controls={tableId}
            onClick={() => setShowTable((shown) => !shown)}
            className="button-secondary"
          >
            {showTable ? 'Hide table' : 'Show table'}
          </button>
        </>
      }
    >
      {(data) => {
        const totals = compareTotals(data);
        const showPrevious = paired !== null && data.some((row) => typeof row.previousCount === 'number');
        return (
          <>
            <p className="sr-only" data-testid="sentiment-summary">
              {sentimentSummary(data, period, range, paired, undefined)}
            </p>
            <p className="mb-3 text-sm text-muted-foreground">
              <strong className="mr-1.5 text-3xl font-semibold text-foreground tabular-nums">{formatCount(totals.total)}</strong>{' '}
              entries in range
            </p>
            {paired && totals.previousTotal !== null && totals.change ? (
              <p className="mb-3 text-sm text-foreground" data-testid="sentiment-previous">
                Previous period ({formatRange(paired.previous)}):{' '}
                <strong className="font-semibold text-foreground tabular-nums">{formatCount(totals.previousTotal)}</strong>
                {' · '}
                <span className="font-medium whitespace-nowrap tabular-nums">
                  {totals.change.ratio === null
                    ? 'none before'
                    : totals.change.direction === 'same'
                      ? 'no change'
                      : `${totals.change.direction === 'up' ? '▲' : '▼'} ${formatPercent(totals.change.ratio)} ${
                          totals.change.direction === 'up' ? 'more' : 'fewer'
                        }`}
                </span>
              </p>
            ) : null}
            {beyond ? (
              <p className="mb-3 rounded-md bg-warning px-3 py-2 text-sm text-warning-foreground">
                The API keeps daily sentiment for the last 90 days only: {formatRange(beyond)} is drawn as zero.
              </p>
            ) : null}
            {paired?.previousBeyond ? (
              <p className="mb-3 rounded-md bg-warning px-3 py-2 text-sm text-warning-foreground">
                {paired.previousBeyond.from === paired.previous.from && paired.previousBeyond.to === paired.previous.to
                  ? `The API keeps daily sentiment for the last 90 days only, so the previous period (${formatRange(paired.previous)}) cannot be compared.`
                  : `The API keeps daily sentiment for the last 90 days only: ${formatRange(paired.previousBeyond)} of the previous period is missing, so no change is shown.`}
              </p>
            ) : null}
            {showPrevious ? <Legend range={range} previous={paired.previous} /> : null}
            <ChartSlot series={data} showPrevious={showPrevious} />
            {showTable ? <SentimentTable id={tableId} series={data} compare={paired !== null} /> : null}
          </>
        );
      }}
    </Card>
  );
}

function Legend({ range, previous }: { range: DayRange; previous: DayRange }) {
  return (
    <ul className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground" aria-label="Chart lines">
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className="inline-block h-0.5 w-5 rounded bg-chart-1" />
        {formatRange(range)}
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className="inline-block w-5 border-t-2 border-dashed border-chart-2" />
        Previous period, {formatRange(previous)}
      </li>
    </ul>
  );
}

function SentimentTable({ id, series, compare }: { id: string; series: SentimentRow[]; compare: boolean }) {
  const columns = compare ? [...SENTIMENT_COLUMNS, ...PREVIOUS_COLUMNS] : SENTIMENT_COLUMNS;
  return (
    <div id={id} className="mt-4 max-h-80 overflow-auto rounded-lg border border-border">
      <table className="w-full text-sm">
        <caption className="sr-only">Daily sentiment entries</caption>
        <thead className="sticky top-0 bg-muted text-left text-muted-foreground">
          <tr>
            {columns.map((column, index) => (
              <th key={column} scope="col" className={`px-3 py-2 font-medium ${index % 2 === 1 ? 'text-right' : ''}`}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {series.map((point) => (
            <tr key={point.day} className="border-t border-border">
              <td className="px-3 py-1.5">{formatDay(point.day)}</td>
              <td className="px-3 py-1.5 text-right tabular-nums">{formatCount(point.count)}</td>
              {compare ? (
                <>
                  <td className="px-3 py-1.5 text-muted-foreground">{point.previousDay ? formatDay(point.previousDay) : ''}</td>
                  <td className="px-3 py-1.5 text-right text-muted-foreground tabular-nums">
                    {typeof point.previousCount === 'number' ? (
                      formatCount(point.previousCount)
                    ) : (
                      <>
                        <span aria-hidden="true">—</span>
                        <span className="sr-only">not available</span>
                      </>
                    )}
                  </td>
                </>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Where the chart goes: the plain SVG chart until Recharts is in, then Recharts. The slot
 * measures the width for both (after layout, before paint), so the swap draws once, at the
 * right width; until the first report the window's width gives an estimate.
 */
function ChartSlot({ series, showPrevious }: { series: SentimentRow[]; showPrevious: boolean }) {
  const chart = useSentimentChart();
  const frame = useRef<HTMLDivElement>(null);
  const width = useObservedWidth(frame) ?? estimatedChartWidth(window.innerWidth);
  return (
    <div ref={frame}>
      {chart.status === 'ready' ? (
        <chart.Chart series={series} width={width} showPrevious={showPrevious} />
      ) : (
        <PlainChart
          series={series}
          width={width}
          showPrevious={showPrevious}
          note={
            chart.status === 'failed'
              ? 'The interactive chart (with day-by-day tooltips) could not be loaded: reload the page to try again. “Show table” lists the same numbers.'
              : undefined
          }
        />
      )}
    </div>
  );
}
