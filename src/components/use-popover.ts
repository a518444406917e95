import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import { useDismissOnOutsidePointer } from './use-dismiss';

/**
 * What the panel is. It sets the trigger's `aria-haspopup` (a `group` has none) and, for a
 * `menu`, the menu-button keys: ArrowDown on the trigger opens it at `initialFocus`, ArrowUp on
 * the last item. Moving between items is the menu's own (see `panelProps`).
 */
export type PopoverRole = 'dialog' | 'menu' | 'listbox' | 'group';

/**
 * Where focus goes when the panel opens: the panel itself, its first or last focusable element,
 * or the checked/selected one (a menu of radio items, a listbox), else the first.
 */
export type PopoverFocus = 'panel' | 'first' | 'last' | 'selected';

export interface PopoverOptions {
  role?: PopoverRole;
  /** Default `first`; a dialog whose content loads later (a calendar) takes `panel`. */
  initialFocus?: PopoverFocus;
  /** Called on every change; `true` is the moment to reset a draft from the applied value. */
  onOpenChange?: (open: boolean) => void;
}

export interface Popover {
  open: boolean;
  /** Opens it, focus going where asked (or to `initialFocus`). */
  show: (focus?: PopoverFocus) => void;
  /** Closes it; focus returns to the trigger unless `returnFocus` is false (the person went elsewhere). */
  close: (options?: { returnFocus?: boolean }) => void;
  /** Spread on the trigger button. */
  triggerProps: {
    ref: RefObject<HTMLButtonElement | null>;
    'aria-expanded': boolean;
    'aria-controls': string | undefined;
    'aria-haspopup': 'dialog' | 'menu' | 'listbox' | undefined;
    onClick: (event: MouseEvent<HTMLButtonElement>) => void;
    onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
  };
  /**
   * Spread on the panel, rendered only while `open`. A panel with keys of its own (a menu's
   * arrows) calls `panelProps.onKeyDown(event)` from its handler, so Escape still works.
   */
  panelProps: {
    ref: RefObject<HTMLDivElement | null>;
    id: string;
    role: PopoverRole;
    tabIndex: -1;
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
    onBlur: (event: FocusEvent<HTMLElement>) => void;
  };
}

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A button that opens a panel beside it (WAI-ARIA disclosure, dialog or menu button), without
 * the layout: the trigger says whether it is open and which panel it controls; focus moves into
 * the panel on open; Escape closes it and returns focus to the trigger, and the key never
 * reaches the page's shortcuts; a pointer pressed outside both, or focus leaving them, closes it.
 */
export function usePopover({ role = 'dialog', initialFocus = 'first', onOpenChange }: PopoverOptions = {}): Popover {
  // Where focus goes in the open panel; null while closed.
  const [focus, setFocus] = useState<PopoverFocus | null>(null);
  const open = focus !== null;
  const id = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  function show(target: PopoverFocus = initialFocus) {
    setFocus(target);
    onOpenChange?.(true);
  }

  function close({ returnFocus = true }: { returnFocus?: boolean } = {}) {
    setFocus(null);
    onOpenChange?.(false);
    if (returnFocus) trigger.current?.focus();
  }

  useEffect(() => {
    const element = panel.current;
    if (!focus || !element) return;
    const items = element.querySelectorAll<HTMLElement>(FOCUSABLE);
    const target =
      focus === 'panel'
        ? element
        : focus === 'last'
          ? items[items.length - 1]
          : focus === 'selected'
            ? (element.querySelector<HTMLElement>('[aria-checked="true"], [aria-selected="true"]') ?? items[0])
            : items[0];
    (target ?? element).focus();
  }, [focus]);

  useDismissOnOutsidePointer(open, panel, trigger, () => close({ returnFocus: false }));

  function onEscape(event: KeyboardEvent<HTMLElement>): boolean {
    if (event.key !== 'Escape') return false;
    // React handles the key at the root: stopping it here keeps it from the document's shortcuts.
    event.stopPropagation();
    event.preventDefault();
    close();
    return true;
  }

  return {
    open,
    show,
    close,
    triggerProps: {
      ref: trigger,
      'aria-expanded': open,
      'aria-controls': open ? id : undefined,
      'aria-haspopup': role === 'group' ? undefined : role,
      onClick: () => (open ? close() : show()),
      onKeyDown: (event) => {
        if (open) onEscape(event);
        else if (role === 'menu' && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
          event.preventDefault();
          show(event.key === 'ArrowDown' ? initialFocus : 'last');
        }
      },
    },
    panelProps: {
      ref: panel,
      id,
      role,
      tabIndex: -1,
      onKeyDown: (event) => void onEscape(event),
      onBlur: (event) => {
        // Focus moving to nothing (a click on the panel's padding, a re-rendered day) is not leaving.
        const next = event.relatedTarget;
        if (next instanceof Node && !panel.current?.contains(next) && !trigger.current?.contains(next)) {
          close({ returnFocus: false });
        }
      },
    },
  };
}
