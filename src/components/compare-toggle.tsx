import { formatRange } from '../lib/format';
import { previousRange, type DayRange } from '../../shared/periods';
import { ariaKey, COMPARE_KEY } from '../lib/shortcut-keys';

interface Props {
  /** Whether the dashboard compares with the previous period (`compare=previous` in the URL). */
  compare: boolean;
  /** The view's range; the previous period of the same length is named beside the switch when on. */
  range: DayRange;
  onChange: (compare: boolean) => void;
}

/** A labelled on/off button for the filter bar; the `x` shortcut calls the same update. */
export function CompareToggle({ compare, range, onChange }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        aria-pressed={compare}
        aria-keyshortcuts={ariaKey(COMPARE_KEY)}
        onClick={() => onChange(!compare)}
        className="group inline-flex items-center gap-2 rounded-md px-2 py-1.5 text-sm font-medium text-foreground hover:bg-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
      >
        <span
          aria-hidden="true"
          className="relative inline-flex h-5 w-9 shrink-0 items-center rounded-full bg-muted-foreground transition-colors group-aria-pressed:bg-primary"
        >
          <span className="absolute left-0.5 h-4 w-4 rounded-full bg-card shadow transition-transform group-aria-pressed:translate-x-4" />
        </span>
        Compare with previous period
      </button>
      {compare ? (
        <span className="text-sm text-muted-foreground">
          <span className="sr-only">Previous period: </span>
          {formatRange(previousRange(range))} (UTC)
        </span>
      ) : null}
    </div>
  );
}
