import { formatRange } from '../lib/format';
import { PRESETS, resolvePreset } from '../../shared/periods';
import { PRESET_LABELS } from '../lib/period-words';
import { PRESET_KEYS, ariaKey } from '../lib/shortcut-keys';
import type { IsoDay } from '../../shared/utc-day';
import { RangePopover, type PeriodChoice } from './range-popover';

interface Props {
  current: PeriodChoice;
  today: IsoDay;
  onChange: (choice: PeriodChoice) => void;
  /** A preset is about to be chosen (hover, focus): a chance to fetch its data early. */
  onPreview?: (choice: PeriodChoice) => void;
}

/** The dashboard-wide period: one button per preset, a calendar for a custom range, the resolved dates beside them. */
export function PeriodPicker({ current, today, onChange, onPreview }: Props) {
  return (
    <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <legend className="sr-only">Period</legend>
      <div className="flex flex-wrap gap-1 rounded-lg bg-muted p-1">
        {PRESETS.map((preset) => (
          <button
            key={preset}
            type="button"
            aria-pressed={current.period === preset}
            aria-keyshortcuts={ariaKey(PRESET_KEYS[preset])}
            onClick={() => onChange({ period: preset, range: resolvePreset(preset, today) })}
            onPointerEnter={() => onPreview?.({ period: preset, range: resolvePreset(preset, today) })}
            onFocus={() => onPreview?.({ period: preset, range: resolvePreset(preset, today) })}
            className="segment"
          >
            {PRESET_LABELS[preset]}
          </button>
        ))}
        <RangePopover
          label="Custom…"
          triggerClassName={`segment ${current.period === 'custom' ? 'segment-active' : ''}`}
          current={current}
          today={today}
          onChange={onChange}
        />
      </div>
      <p className="text-sm text-foreground">
        <span className="sr-only">Showing </span>
        <span className="font-medium" data-testid="resolved-range">
          {formatRange(current.range)}
        </span>{' '}
        <span className="text-muted-foreground">(UTC)</span>
      </p>
    </fieldset>
  );
}
