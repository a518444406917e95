import { DayPicker, type DateRange } from 'react-day-picker';
import 'react-day-picker/style.css';
import type { DayRange } from '../../shared/periods';
import { addDays, dateToDay, dayToDate, type IsoDay } from '../../shared/utc-day';

interface Props {
  selected: Partial<DayRange>;
  today: IsoDay;
  oldest: IsoDay;
  onSelect: (range: Partial<DayRange>) => void;
}

/** Loaded only when a person opens a date picker. Works in UTC days, like the rest of the page. */
export default function RangeCalendar({ selected, today, oldest, onSelect }: Props) {
  const value: DateRange | undefined = selected.from
    ? { from: dayToDate(selected.from), to: selected.to ? dayToDate(selected.to) : undefined }
    : undefined;
  return (
    <DayPicker
      mode="range"
      timeZone="UTC"
      numberOfMonths={2}
      defaultMonth={dayToDate(addDays(selected.to ?? today, -31))}
      startMonth={dayToDate(oldest)}
      endMonth={dayToDate(today)}
      disabled={[{ after: dayToDate(today) }, { before: dayToDate(oldest) }]}
      selected={value}
      onSelect={(range) =>
        onSelect({
          from: range?.from ? dateToDay(range.from) : undefined,
          to: range?.to ? dateToDay(range.to) : undefined,
        })
      }
      className="range-calendar"
    />
  );
}
