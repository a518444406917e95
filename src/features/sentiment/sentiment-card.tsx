import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import type { Scope } from '../../../shared/scope';
import { describeError } from '../../api/describe-error';
import { analyticsQueries } from '../../api/queries';
import { Card } from '../../components/card';
import { ExportCsvButton } from '../../components/export-csv-button';
import { useCsvExport } from '../../lib/use-csv-export';
import { formatRange } from '../../lib/format';
import { previousRange, type DayRange, type Period } from '../../../shared/periods';
import type { IsoDay } from '../../../shared/utc-day';
import { ChartLegend } from './chart-legend';
import { ChartSlot } from './chart-slot';
import { RetentionNotices } from './retention-notices';
import { SentimentSplitPart } from './sentiment-split-part';
import { SentimentSplitTable } from './sentiment-split-table';
import { splitCsv, splitSentence } from './sentiment-split';
import { SentimentTable } from './sentiment-table';
import { SentimentTotals } from './sentiment-totals';
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
  // Kept by the range's days, not its object: a change elsewhere in the URL (the mentor) leaves the
  // series as it is, and the chart is not redrawn for it (chart-slot).
  const { from, to } = range;
  const series = useMemo((): SentimentRow[] | undefined => {
    if (!query.data) return undefined;
    const days = { from, to };
    if (!compare) return fillDailySeries(query.data, days);
    const request = sentimentCompareRequest(days, today);
    // Placeholder data comes from another request and may not reach back that far: show no previous figures until it is in.
    const unknown = placeholder ? request.previous : request.previousBeyond;
    return compareDailySeries(query.data, days, request.previous, unknown);
  }, [query.data, from, to, today, compare, placeholder]);
  const view = { ...query, data: series };

  // The split takes dates, so it covers exactly the range (and the period before it), whatever the line can give.
  const previous = paired?.previous ?? previousRange(range);
  const splitQuery = useQuery(analyticsQueries.userSentiment(scope, range));
  const previousSplitQuery = useQuery({ ...analyticsQueries.userSentiment(scope, previous), enabled: compare });
  const split = splitQuery.data && !splitQuery.isPlaceholderData ? splitQuery.data : null;
  const previousSplit = compare && previousSplitQuery.data && !previousSplitQuery.isPlaceholderData ? previousSplitQuery.data : null;

  const beyond = paired?.beyond ?? single.beyond;
  const csv = useCsvExport(
    { scope, range },
    { name: 'sentiment', title: 'Sentiment over time', previous: paired?.previous ?? null },
    () => (series ? [sentimentCsv(series, compare), ...(split ? [splitCsv(split, previousSplit)] : [])] : null),
  );

  return (
    <Card
      title="Sentiment over time"
      subtitle={`Daily sentiment entries · ${formatRange(range)} (UTC)`}
      query={view}
      describeError={(error) => describeError(error, scope)}
      isEmpty={(data) => seriesTotal(data) === 0 && !data.some((row) => (row.previousCount ?? 0) > 0)}
      empty={
        beyond && beyond.from === range.from && beyond.to === range.to
          ? `The API keeps daily sentiment for the last 90 days only, so there is no daily line for ${formatRange(range)}; the split above covers these dates.`
          : 'No sentiment entries in this range. Pick a longer period or another org.'
      }
      skeletonClassName="h-72"
      className="lg:col-span-2"
      part={
        <SentimentSplitPart
          query={splitQuery}
          previous={compare ? { range: previous, query: previousSplitQuery } : null}
          describeError={(error) => describeError(error, scope)}
        />
      }
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
              {split ? ` ${splitSentence(split, previousSplit ? { split: previousSplit, range: previous } : null)}` : null}
            </p>
            <SentimentTotals totals={totals} previous={paired?.previous ?? null} />
            <RetentionNotices beyond={beyond} previous={paired?.previous ?? null} previousBeyond={paired?.previousBeyond ?? null} />
            {showPrevious ? <ChartLegend range={range} previous={paired.previous} /> : null}
            <ChartSlot series={data} showPrevious={showPrevious} />
            {showTable ? (
              <div id={tableId}>
                {split ? <SentimentSplitTable split={split} previous={compare ? previousSplit : null} /> : null}
                <SentimentTable id={`${tableId}-days`} series={data} compare={paired !== null} />
              </div>
            ) : null}
          </>
        );
      }}
    </Card>
  );
}
