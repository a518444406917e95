import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useId, useMemo, useState } from 'react';
import type { Scope } from '../../api/client';
import { describeError } from '../../api/describe-error';
import { analyticsQueries } from '../../api/queries';
import { Card } from '../../components/card';
import { formatCount, formatDay, formatRange } from '../../lib/format';
import type { DayRange, Period } from '../../lib/periods';
import type { IsoDay } from '../../lib/utc-day';
import { fillDailySeries, sentimentRequest, seriesTotal, type DailyCount } from './sentiment-series';

const SentimentChart = lazy(() => import('./sentiment-chart'));

interface Props {
  scope: Scope;
  period: Period;
  range: DayRange;
  today: IsoDay;
}

export function SentimentCard({ scope, period, range, today }: Props) {
  const request = sentimentRequest(period, range, today);
  const query = useQuery(analyticsQueries.sentiment(scope, request.preset));
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();

  const series = useMemo(() => (query.data ? fillDailySeries(query.data, range) : undefined), [query.data, range]);
  const view = { ...query, data: series };

  return (
    <Card
      title="Sentiment over time"
      subtitle={`Daily sentiment entries · ${formatRange(range)} (UTC)`}
      query={view}
      describeError={(error) => describeError(error, scope)}
      isEmpty={(data) => seriesTotal(data) === 0}
      empty="No sentiment entries in this range. Pick a longer period or another org."
      skeletonClassName="h-72"
      className="lg:col-span-2"
      actions={
        <button
          type="button"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((shown) => !shown)}
          className="button-secondary"
        >
          {showTable ? 'Hide table' : 'Show table'}
        </button>
      }
    >
      {(data) => (
        <>
          <p className="mb-3 text-sm text-slate-600">
            <strong className="mr-1.5 text-3xl font-semibold text-slate-900 tabular-nums">{formatCount(seriesTotal(data))}</strong>{' '}
            entries in range
          </p>
          {request.beyond ? (
            <p className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
              The API keeps daily sentiment for the last 90 days only: {formatRange(request.beyond)} is drawn as zero.
            </p>
          ) : null}
          <Suspense fallback={<div className="h-64 animate-pulse rounded-lg bg-slate-100" />}>
            <SentimentChart series={data} />
          </Suspense>
          {showTable ? <SentimentTable id={tableId} series={data} /> : null}
        </>
      )}
    </Card>
  );
}

function SentimentTable({ id, series }: { id: string; series: DailyCount[] }) {
  return (
    <div id={id} className="mt-4 max-h-80 overflow-auto rounded-lg border border-slate-200">
      <table className="w-full text-sm">
        <caption className="sr-only">Daily sentiment entries</caption>
        <thead className="sticky top-0 bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Date</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Sentiment entries</th>
          </tr>
        </thead>
        <tbody>
          {series.map((point) => (
            <tr key={point.day} className="border-t border-slate-100">
              <td className="px-3 py-1.5">{formatDay(point.day)}</td>
              <td className="px-3 py-1.5 text-right tabular-nums">{formatCount(point.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
