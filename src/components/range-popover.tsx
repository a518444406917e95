import { lazy, Suspense, type ReactNode } from 'react';
import { PRESET_LABELS } from '../lib/period-words';
import { PRESETS, resolvePreset, type DayRange, type Period } from '../../shared/periods';
import type { IsoDay } from '../../shared/utc-day';
import { Popover } from './popover';

// The calendar (react-day-picker) loads with the first opening, not with the page.
const RangeCalendar = lazy(() => import('./range-calendar'));

export interface PeriodChoice {
  period: Period;
  range: DayRange;
}

interface Props {
  /** The trigger's content. */
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
  return (
    <Popover
      trigger={label}
      triggerClassName={triggerClassName}
      role="dialog"
      label="Choose a date range"
      // The content loads after the panel opens: focus waits on the panel, not on its first button.
      initialFocus="panel"
      panelClassName="right-0 flex w-max max-w-[calc(100vw-2rem)] flex-col gap-3 p-4 sm:flex-row"
    >
      {(close) => {
        const choose = (choice: PeriodChoice) => {
          onChange(choice);
          close();
        };
        return (
          <>
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
            <Suspense fallback={<div className="h-72 w-72 animate-pulse rounded-lg bg-muted" aria-label="Loading calendar" />}>
              <RangeCalendar current={current} today={today} onChoose={choose} onCancel={close} />
            </Suspense>
          </>
        );
      }}
    </Popover>
  );
}
