import { useState } from 'react';
import { DayPicker, type DateRange } from 'react-day-picker';
import 'react-day-picker/style.css';
import { formatRange } from '../lib/format';
import { monthStart, oldestSelectableDay, type DayRange } from '../../shared/periods';
import { addDays, dateToDay, dayToDate, type IsoDay } from '../../shared/utc-day';
import type { PeriodChoice } from './range-popover';

interface Props {
  current: PeriodChoice;
  today: IsoDay;
  onChoose: (choice: PeriodChoice) => void;
  onCancel: () => void;
}

/**
 * The range popover's calendar, loaded only when a person opens it: two months in UTC days,
 * like the rest of the page, and Apply. It mounts on each opening, so the draft starts from
 * the applied range.
 */
export default function RangeCalendar({ current, today, onChoose, onCancel }: Props) {
  const [draft, setDraft] = useState<Partial<DayRange>>(current.range);
  const selected: DateRange | undefined = draft.from
    ? { from: dayToDate(draft.from), to: draft.to ? dayToDate(draft.to) : undefined }
    : undefined;
  const { from, to } = draft;
  return (
    <div className="flex flex-col gap-3">
        <DayPicker
          mode="range"
          timeZone="UTC"
          numberOfMonths={2}
          // The two months shown end with the month of the range's last day (today's, for a preset).
          defaultMonth={dayToDate(monthStart(addDays(monthStart(current.range.to), -1)))}
          startMonth={dayToDate(oldestSelectableDay(today))}
          endMonth={dayToDate(today)}
          disabled={[{ after: dayToDate(today) }, { before: dayToDate(oldestSelectableDay(today)) }]}
          selected={selected}
          onSelect={(range) =>
            setDraft({
              from: range?.from ? dateToDay(range.from) : undefined,
              to: range?.to ? dateToDay(range.to) : undefined,
            })
          }
          className="range-calendar"
        />
        <div className="flex flex-wrap items-center justify-between gap-2 border-t border-border pt-3">
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {from && to ? `${formatRange({ from, to })} (UTC)` : 'Pick the first and the last day.'}
          </p>
          <div className="flex gap-2">
            <button type="button" className="button-secondary" onClick={onCancel}>
              Cancel
            </button>
            <button
              type="button"
              className="button-primary"
              disabled={!from || !to}
              onClick={() => {
                if (from && to) onChoose({ period: 'custom', range: { from, to } });
              }}
            >
              Apply
            </button>
          </div>
        </div>
    </div>
  );
}
