import { useEffect, useId, useRef, useState } from 'react';
import { useDismissOnOutsidePointer } from '../components/use-dismiss';
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
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState<Copied>(null);
  const panelId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const fixed = period === 'custom';

  useEffect(() => {
    if (open) panel.current?.querySelector('button')?.focus();
  }, [open]);
  useDismissOnOutsidePointer(open, panel, trigger, () => setOpen(false));

  async function copy(kind: 'live' | 'frozen') {
    const text = kind === 'live' ? window.location.href : linkForDates(window.location.href, range);
    try {
      await navigator.clipboard.writeText(text);
      setCopied(kind);
    } catch {
      setCopied('failed');
    }
    setOpen(false);
    trigger.current?.focus();
    window.setTimeout(() => setCopied(null), 3000);
  }

  const who = mentor ? ` · ${mentor}` : '';
  const dates = `${formatRange(range)} (UTC)${who}`;
  return (
    <div className="relative flex items-center gap-2">
      <span role="status" className="text-sm text-muted-foreground">
        {copied === 'live' ? 'Live link copied' : copied === 'frozen' ? 'Frozen link copied' : copied === 'failed' ? 'Copy failed: copy the address bar instead' : ''}
      </span>
      <button
        ref={trigger}
        type="button"
        className="button-secondary"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        Copy link
      </button>
      {open ? (
        <div
          ref={panel}
          id={panelId}
          role="group"
          aria-label="Copy a link to this view"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              setOpen(false);
              trigger.current?.focus();
            }
          }}
          className="absolute top-full right-0 z-30 mt-2 flex w-80 max-w-[calc(100vw-2rem)] flex-col gap-1 rounded-xl border border-border bg-popover p-2 text-popover-foreground shadow-xl"
        >
          {fixed ? null : (
            <button type="button" className="menu-item" onClick={() => void copy('live')}>
              <span className="font-medium text-foreground">Copy live link</span>
              <span className="text-xs text-muted-foreground">
                “{PRESET_LABELS[period]}”{who}: moves with the calendar, so it shows newer numbers tomorrow.
              </span>
            </button>
          )}
          <button type="button" className="menu-item" onClick={() => void copy('frozen')}>
            <span className="font-medium text-foreground">Copy frozen link</span>
            <span className="text-xs text-muted-foreground">{dates}: the same dates and numbers for anyone, any day.</span>
          </button>
        </div>
      ) : null}
    </div>
  );
}
