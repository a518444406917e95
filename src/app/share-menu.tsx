import { useState } from 'react';
import { Popover } from '../components/popover';
import { linkForDates } from '../lib/links';
import { formatRange } from '../lib/format';
import { type DayRange, type Period } from '../../shared/periods';
import { PRESET_LABELS } from '../lib/period-words';

interface Props {
  period: Period;
  range: DayRange;
  /** The mentor the view is filtered by, by name (null: all mentors). */
  mentor?: string | null;
}

type Copied = 'live' | 'frozen' | 'failed' | null;

/**
 * Two links for two needs: a live one ("last 7 days", moves with the calendar) and a frozen
 * one (the resolved dates, the same numbers for anyone, any day).
 */
export function ShareMenu({ period, range, mentor = null }: Props) {
  const [copied, setCopied] = useState<Copied>(null);
  const fixed = period === 'custom';

  async function copy(kind: 'live' | 'frozen', close: () => void) {
    const text = kind === 'live' ? window.location.href : linkForDates(window.location.href, range);
    try {
      await navigator.clipboard.writeText(text);
      setCopied(kind);
    } catch {
      setCopied('failed');
    }
    close();
    window.setTimeout(() => setCopied(null), 3000);
  }

  const who = mentor ? ` · ${mentor}` : '';
  const dates = `${formatRange(range)} (UTC)${who}`;
  return (
    <Popover
      trigger="Copy link"
      triggerClassName="button-secondary"
      role="group"
      label="Copy a link to this view"
      className="flex items-center gap-2"
      panelClassName="right-0 flex w-80 max-w-[calc(100vw-2rem)] flex-col gap-1 p-2"
      before={
        <span role="status" className="text-sm text-muted-foreground">
          {copied === 'live' ? 'Live link copied' : copied === 'frozen' ? 'Frozen link copied' : copied === 'failed' ? 'Copy failed: copy the address bar instead' : ''}
        </span>
      }
    >
      {(close) => (
        <>
          {fixed ? null : (
            <button type="button" className="menu-item" onClick={() => void copy('live', close)}>
              <span className="font-medium text-foreground">Copy live link</span>
              <span className="text-xs text-muted-foreground">
                “{PRESET_LABELS[period]}”{who}: moves with the calendar, so it shows newer numbers tomorrow.
              </span>
            </button>
          )}
          <button type="button" className="menu-item" onClick={() => void copy('frozen', close)}>
            <span className="font-medium text-foreground">Copy frozen link</span>
            <span className="text-xs text-muted-foreground">{dates}: the same dates and numbers for anyone, any day.</span>
          </button>
        </>
      )}
    </Popover>
  );
}
