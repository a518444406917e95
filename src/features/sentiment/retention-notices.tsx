import { formatRange } from '../../lib/format';
import type { DayRange } from '../../../shared/periods';

interface Props {
  /** The part of the view older than the API keeps. */
  beyond: DayRange | null;
  /** The previous period, when comparing, and the part of it older than the API keeps. */
  previous: DayRange | null;
  previousBeyond: DayRange | null;
}

/** Says which days the API no longer keeps, so a zero or a missing change is not read as data. */
export function RetentionNotices({ beyond, previous, previousBeyond }: Props) {
  return (
    <>
      {beyond ? (
        <p className="notice-warning mb-3">
          The API keeps daily sentiment for the last 90 days only: {formatRange(beyond)} is drawn as zero.
        </p>
      ) : null}
      {previous && previousBeyond ? (
        <p className="notice-warning mb-3">
          {previousBeyond.from === previous.from && previousBeyond.to === previous.to
            ? `The API keeps daily sentiment for the last 90 days only, so the previous period (${formatRange(previous)}) cannot be compared.`
            : `The API keeps daily sentiment for the last 90 days only: ${formatRange(previousBeyond)} of the previous period is missing, so no change is shown.`}
        </p>
      ) : null}
    </>
  );
}
