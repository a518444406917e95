import type { UseQueryResult } from '@tanstack/react-query';
import type { SentimentSplit } from '../../api/schemas';
import { CardPart } from '../../components/card';
import { InlineError } from '../../components/inline-error';
import { formatCount, formatRange } from '../../lib/format';
import type { DayRange } from '../../../shared/periods';
import { SentimentSplitView } from './sentiment-split-view';

interface Props {
  query: UseQueryResult<SentimentSplit>;
  /** With a comparison: the previous period and its query. */
  previous: { range: DayRange; query: UseQueryResult<SentimentSplit> } | null;
  describeError: (error: unknown) => string;
}

/**
 * The split of the range by label, in its own part of the sentiment card: its loading, error
 * with Retry and empty states are its own, so a failure of this one call leaves the line be.
 */
export function SentimentSplitPart({ query, previous, describeError }: Props) {
  // Placeholder data belongs to another range: no previous split until the right one is in.
  const previousSplit = previous?.query.data && !previous.query.isPlaceholderData ? previous.query.data : null;
  const previousFailed = previous !== null && previous.query.isError && !previous.query.isFetching;
  return (
    <CardPart
      title={
        <>
          How students felt <span className="font-normal text-muted-foreground">· all mentors</span>
        </>
      }
      aside={query.data ? `${formatCount(query.data.total)} ${query.data.total === 1 ? 'entry' : 'entries'}` : null}
      query={query}
      describeError={describeError}
      skeletonClassName="h-16"
    >
      {(split) => (
        <>
          <SentimentSplitView split={split} previous={previous && previousSplit ? { split: previousSplit, range: previous.range } : null} />
          {previous && previousFailed ? (
            <InlineError className="mt-2" retryLabel="Retry previous period" onRetry={() => void previous.query.refetch()}>
              The change against {formatRange(previous.range)} is not shown: {describeError(previous.query.error)}
            </InlineError>
          ) : null}
        </>
      )}
    </CardPart>
  );
}
