import type { SentimentSplit } from '../../api/schemas';
import { formatCount, formatPoints, formatRange, formatShare } from '../../lib/format';
import type { DayRange } from '../../../shared/periods';
import { hasEntries, splitSegments, type SplitSegment } from './sentiment-split';

// Segments narrower than this carry no text (it would not fit); the legend beside names them all.
const NAME_WIDTH = 0.2;
const SHARE_WIDTH = 0.1;

const FILL: Record<SplitSegment['label'], string> = {
  positive: 'var(--chart-positive)',
  neutral: 'var(--chart-neutral)',
  negative: 'var(--chart-negative)',
};

export interface PreviousSplit {
  split: SentimentSplit;
  range: DayRange;
}

interface Props {
  split: SentimentSplit;
  /** The previous period's split, when comparing. */
  previous: PreviousSplit | null;
}

/**
 * How students felt over the range: one bar in three labelled segments, a legend that names
 * each share (so no colour has to be told apart), and with a comparison the change in points.
 */
export function SentimentSplitView({ split, previous }: Props) {
  const segments = splitSegments(split, previous?.split ?? null);
  if (!segments) {
    return (
      <p className="rounded-lg bg-muted px-3 py-2 text-sm text-muted-foreground">
        No entries to split into positive, neutral and negative in this range.
      </p>
    );
  }
  const described = segments.map((segment) => `${segment.name} ${formatShare(segment.percent, 1)}`).join(', ');
  return (
    <div>
      <div role="img" aria-label={described} className="flex h-8 w-full gap-0.5 overflow-hidden rounded-md">
        {segments
          .filter((segment) => segment.width > 0)
          .map((segment) => (
            <div
              key={segment.label}
              data-label={segment.label}
              className="flex min-w-0 items-center justify-center overflow-hidden px-1 text-xs font-semibold whitespace-nowrap text-card tabular-nums"
              style={{ width: `${segment.width * 100}%`, background: FILL[segment.label] }}
            >
              {segment.width >= SHARE_WIDTH ? (
                <>
                  {/* On a phone a segment has room for its share only; the legend below names it. */}
                  {segment.width >= NAME_WIDTH ? <span className="mr-1 hidden sm:inline">{segment.name}</span> : null}
                  {formatShare(segment.percent, 1)}
                </>
              ) : null}
            </div>
          ))}
      </div>
      <ul aria-label="Share of entries by sentiment" className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1.5 text-sm sm:grid-cols-3">
        {segments.map((segment) => (
          <li key={segment.label} className="min-w-0" data-testid={`split-${segment.label}`}>
            <span className="flex items-center gap-1.5">
              <span aria-hidden="true" className="inline-block size-2.5 shrink-0 rounded-sm" style={{ background: FILL[segment.label] }} />
              <span className="text-foreground">{segment.name}</span>{' '}
              <strong className="font-semibold text-foreground tabular-nums">{formatShare(segment.percent, 1)}</strong>
              {segment.change ? (
                <>
                  {' '}
                  <span className="text-muted-foreground tabular-nums">({formatPoints(segment.change.points)})</span>
                </>
              ) : null}
            </span>{' '}
            {segment.change && segment.previousPercent !== null ? (
              <span className="block pl-4 text-xs text-muted-foreground">
                {segment.change.direction === 'same' ? (
                  <>unchanged from {formatShare(segment.previousPercent, 1)}</>
                ) : (
                  <>
                    <span aria-hidden="true">{segment.change.direction === 'up' ? '▲ ' : '▼ '}</span>
                    {segment.change.direction} from {formatShare(segment.previousPercent, 1)}
                  </>
                )}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {previous ? <PreviousLine previous={previous} /> : null}
    </div>
  );
}

function PreviousLine({ previous }: { previous: PreviousSplit }) {
  const { split, range } = previous;
  return (
    <p className="mt-2 text-xs text-muted-foreground" data-testid="split-previous">
      {hasEntries(split)
        ? `Change in percentage points against ${formatRange(range)} (${formatCount(split.total)} ${split.total === 1 ? 'entry' : 'entries'}).`
        : `No entries in the previous period (${formatRange(range)}) to compare with.`}
    </p>
  );
}
