import { formatCount, formatPercent, formatRange } from '../../lib/format';
import type { DayRange } from '../../../shared/periods';
import type { SentimentComparison } from './sentiment-series';

interface Props {
  totals: SentimentComparison;
  /** The previous period, when comparing. */
  previous: DayRange | null;
}

/** The entries in range, large, and the previous period's total with the change when comparing. */
export function SentimentTotals({ totals, previous }: Props) {
  return (
    <>
      <p className="mb-3 text-sm text-muted-foreground">
        <strong className="mr-1.5 text-3xl font-semibold text-foreground tabular-nums">{formatCount(totals.total)}</strong>{' '}
        entries in range
      </p>
      {previous && totals.previousTotal !== null && totals.change ? (
        <p className="mb-3 text-sm text-foreground" data-testid="sentiment-previous">
          Previous period ({formatRange(previous)}):{' '}
          <strong className="font-semibold tabular-nums">{formatCount(totals.previousTotal)}</strong>
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
    </>
  );
}
