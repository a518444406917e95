import type { SentimentSplit } from '../../api/schemas';
import { NotAvailable } from '../../components/not-available';
import { TableFrame } from '../../components/table-frame';
import { formatCount, formatPoints, formatShare } from '../../lib/format';
import { hasEntries, LABEL_NAMES, shareChange } from './sentiment-split';
import { SENTIMENT_LABELS } from '../../../shared/sentiment-labels';

interface Props {
  split: SentimentSplit;
  /** The previous period's split, when comparing. */
  previous: SentimentSplit | null;
}

/** The split's table twin: each label's share, the entries it was computed from, and the previous period beside. */
export function SentimentSplitTable({ split, previous }: Props) {
  const compare = previous !== null;
  const before = previous && hasEntries(previous) ? previous : null;
  const current = hasEntries(split);
  return (
    <TableFrame
      caption="Share of sentiment entries by label, all mentors"
      head={
        <>
          <th scope="col" className="px-3 py-2 font-medium">
            Sentiment
          </th>
          <th scope="col" className="px-3 py-2 text-right font-medium">
            Share
          </th>
          {compare ? (
            <>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Previous period
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Change
              </th>
            </>
          ) : null}
        </>
      }
    >
      {SENTIMENT_LABELS.map((label) => (
        <tr key={label} className="border-t border-border">
          <th scope="row" className="px-3 py-1.5 text-left font-normal">
            {LABEL_NAMES[label]}
          </th>
          <td className="px-3 py-1.5 text-right tabular-nums">{current ? formatShare(split.shares[label], 1) : <NotAvailable />}</td>
          {compare ? (
            <>
              <td className="px-3 py-1.5 text-right text-muted-foreground tabular-nums">
                {before ? formatShare(before.shares[label], 1) : <NotAvailable />}
              </td>
              <td className="px-3 py-1.5 text-right text-muted-foreground tabular-nums">
                {before && current ? formatPoints(shareChange(split.shares[label], before.shares[label]).points) : <NotAvailable />}
              </td>
            </>
          ) : null}
        </tr>
      ))}
      <tr className="border-t border-border">
        <th scope="row" className="px-3 py-1.5 text-left font-normal">
          Entries
        </th>
        <td className="px-3 py-1.5 text-right tabular-nums">{formatCount(split.total)}</td>
        {compare ? (
          <>
            <td className="px-3 py-1.5 text-right text-muted-foreground tabular-nums">{formatCount(previous.total)}</td>
            <td className="px-3 py-1.5" />
          </>
        ) : null}
      </tr>
    </TableFrame>
  );
}
