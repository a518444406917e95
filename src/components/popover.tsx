import type { ReactNode } from 'react';
import { usePopover, type PopoverFocus, type PopoverRole } from './use-popover';

interface Props {
  /** The trigger's content (its accessible name unless `triggerLabel` is given). */
  trigger: ReactNode;
  /** An accessible name for a trigger whose content is not one (an avatar, an icon). */
  triggerLabel?: string;
  triggerClassName: string;
  /** `dialog` (the default), `menu`, `listbox` or a plain `group` of buttons; see use-popover. */
  role?: PopoverRole;
  /** The panel's accessible name, e.g. "Choose a date range". */
  label: string;
  /** Position, size and look of the panel; it sits below the trigger (`absolute top-full`) by default. */
  panelClassName: string;
  initialFocus?: PopoverFocus;
  onOpenChange?: (open: boolean) => void;
  /** Beside the trigger, inside the positioned wrapper (a status line). */
  before?: ReactNode;
  className?: string;
  /** The panel's content; `close()` shuts it and returns focus to the trigger. */
  children: (close: () => void) => ReactNode;
}

const PANEL_CLASS = 'absolute top-full z-30 mt-2 rounded-xl border border-border bg-popover text-popover-foreground shadow-xl outline-none';

/**
 * A trigger button and the panel it opens, with the behaviour of use-popover: the one popover
 * of the page (the share menu, the range picker). Menus and listboxes bring their own arrow keys.
 */
export function Popover({ trigger, triggerLabel, triggerClassName, role, label, panelClassName, initialFocus, onOpenChange, before, className, children }: Props) {
  const popover = usePopover({ role, initialFocus, onOpenChange });
  return (
    <div className={`relative ${className ?? ''}`}>
      {before}
      <button type="button" className={triggerClassName} aria-label={triggerLabel} {...popover.triggerProps}>
        {trigger}
      </button>
      {popover.open ? (
        <div aria-label={label} className={`${PANEL_CLASS} ${panelClassName}`} {...popover.panelProps}>
          {children(() => popover.close())}
        </div>
      ) : null}
    </div>
  );
}
