import { lazy, Suspense, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { formatRange } from '../lib/format';
import { oldestSelectableDay, PRESETS, resolvePreset, type DayRange, type Period } from '../../shared/periods';
import { PRESET_LABELS } from '../lib/period-words';
import type { IsoDay } from '../../shared/utc-day';
import { useDismissOnOutsidePointer } from './use-dismiss';

const RangeCalendar = lazy(() => import('./range-calendar'));

export interface PeriodChoice {
  period: Period;
  range: DayRange;
}

interface Props {
  /** The trigger's content; it gets `aria-expanded`. */
  label: ReactNode;
  triggerClassName: string;
  current: PeriodChoice;
  today: IsoDay;
  /** Offer the presets too (the picker inside a card), not only the calendar. */
  withPresets?: boolean;
  onChange: (choice: PeriodChoice) => void;
}

/** A button that opens presets and a two-month UTC calendar; Apply sets a custom range. */
export function RangePopover({ label, triggerClassName, current, today, withPresets, onChange }: Props) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const triggerRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const [draft, setDraft] = useState<Partial<DayRange>>(current.range);

  useEffect(() => {
    if (open) panelRef.current?.focus();
  }, [open]);
  useDismissOnOutsidePointer(open, panelRef, triggerRef, () => setOpen(false));

  function close() {
    setOpen(false);
    triggerRef.current?.focus();
  }

  function choose(choice: PeriodChoice) {
    onChange(choice);
    close();
  }

  const complete = draft.from !== undefined && draft.to !== undefined;

  return (
    <div className="relative">
      <button
        ref={triggerRef}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-haspopup="dialog"
        className={triggerClassName}
        onClick={() => {
          setDraft(current.range);
          setOpen((wasOpen) => !wasOpen);
        }}
      >
        {label}
      </button>
      {open ? (
        <div
          ref={panelRef}
          id={panelId}
          role="dialog"
          aria-label="Choose a date range"
          tabIndex={-1}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              close();
            }
          }}
          className="absolute right-0 z-20 mt-2 flex w-max max-w-[calc(100vw-2rem)] flex-col gap-3 rounded-xl border border-border bg-popover p-4 text-popover-foreground shadow-xl outline-none sm:flex-row"
        >
          {withPresets ? (
            <ul className="flex flex-row flex-wrap gap-1 sm:w-36 sm:flex-col" aria-label="Presets">
              {PRESETS.map((preset) => (
                <li key={preset}>
                  <button
                    type="button"
                    aria-pressed={current.period === preset}
                    className="w-full rounded-md px-2 py-1.5 text-left text-sm hover:bg-muted aria-pressed:bg-accent aria-pressed:font-semibold aria-pressed:text-accent-foreground"
                    onClick={() => choose({ period: preset, range: resolvePreset(preset, today) })}
                  >
                    {PRESET_LABELS[preset]}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <div className="flex flex-col gap-3">
            <Suspense fallback={<div className="h-72 w-72 animate-pulse rounded-lg bg-muted" aria-label="Loading calendar" />}>
              <RangeCalendar
                selected={draft}
                today={today}
                oldest={oldestSelectableDay(today)}
                onSelect={setDraft}
              />
            </Suspense>
            <div className="flex flex-wrap items-center justify-between gap-2 border-t border-border pt-3">
              <p className="text-sm text-muted-foreground" aria-live="polite">
                {complete && draft.from && draft.to
                  ? `${formatRange({ from: draft.from, to: draft.to })} (UTC)`
                  : 'Pick the first and the last day.'}
              </p>
              <div className="flex gap-2">
                <button type="button" className="button-secondary" onClick={close}>
                  Cancel
                </button>
                <button
                  type="button"
                  className="button-primary"
                  disabled={!complete}
                  onClick={() => {
                    if (draft.from && draft.to) choose({ period: 'custom', range: { from: draft.from, to: draft.to } });
                  }}
                >
                  Apply
                </button>
              </div>
            </div>
          </div>
        </div>
      ) : null}
    </div>
  );
}
