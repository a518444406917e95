import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useDismissOnOutsidePointer } from '../components/use-dismiss';
import type { AuthInfo } from '../state/app-config';
import { menuFocusIndex } from './menu-keys';

type Org = AuthInfo['orgs'][number];

interface Props {
  orgs: readonly Org[];
  /** The org shown now. */
  current: string;
  onChange: (org: string) => void;
}

/**
 * The org in the header: a plain badge when the dashboard shows one org, a menu button
 * (WAI-ARIA menu pattern, one radio item per org) when it may show several.
 */
export function OrgBadge({ orgs, current, onChange }: Props) {
  const name = orgs.find((org) => org.id === current)?.name ?? current;
  if (orgs.length < 2) {
    return (
      <span className="rounded-full bg-secondary px-2.5 py-0.5 text-sm text-secondary-foreground">
        <span className="sr-only">Org: </span>
        {name}
      </span>
    );
  }
  return <OrgMenu orgs={orgs} current={current} currentName={name} onChange={onChange} />;
}

function OrgMenu({ orgs, current, currentName, onChange }: Props & { currentName: string }) {
  // null: closed; else the index of the item that has focus.
  const [focused, setFocused] = useState<number | null>(null);
  const open = focused !== null;
  const menuId = useId();
  const buttonId = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const currentIndex = Math.max(
    0,
    orgs.findIndex((org) => org.id === current),
  );

  useEffect(() => {
    if (focused !== null) items.current[focused]?.focus();
  }, [focused]);
  useDismissOnOutsidePointer(open, menu, trigger, () => setFocused(null));

  function close(returnFocus: boolean) {
    setFocused(null);
    if (returnFocus) trigger.current?.focus();
  }

  function choose(org: string) {
    close(true);
    if (org !== current) onChange(org);
  }

  // Enter and Space click the button, which opens the menu on the checked item.
  function onTriggerKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setFocused(currentIndex);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setFocused(orgs.length - 1);
    }
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (focused === null || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
      return;
    }
    if (event.key === 'Tab') {
      // Focus moves on to the next control, as from the button; the menu closes behind it.
      setFocused(null);
      return;
    }
    const next = menuFocusIndex(
      event.key,
      focused,
      orgs.map((org) => org.name),
    );
    if (next === null) return;
    // Handled here, so the page's own shortcuts (arrows shift the period) do not also run.
    event.preventDefault();
    setFocused(next);
  }

  return (
    <div className="relative">
      <button
        ref={trigger}
        id={buttonId}
        type="button"
        className="inline-flex items-center gap-1 rounded-full bg-secondary px-2.5 py-0.5 text-sm text-secondary-foreground hover:bg-accent hover:text-accent-foreground focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : setFocused(currentIndex))}
        onKeyDown={onTriggerKeyDown}
      >
        <span className="sr-only">Org:</span> {currentName}
        <span aria-hidden="true" className="text-xs">
          ▾
        </span>
      </button>
      {open ? (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label="Switch org"
          onKeyDown={onMenuKeyDown}
          className="absolute top-full left-0 z-30 mt-2 flex w-64 max-w-[calc(100vw-2rem)] flex-col gap-1 rounded-xl border border-border bg-popover p-2 text-popover-foreground shadow-xl"
        >
          {orgs.map((org, index) => (
            <button
              key={org.id}
              ref={(element) => {
                items.current[index] = element;
              }}
              type="button"
              role="menuitemradio"
              aria-checked={org.id === current}
              tabIndex={index === focused ? 0 : -1}
              className="menu-item"
              onClick={() => choose(org.id)}
            >
              <span className="flex items-center gap-2 font-medium text-foreground">
                <span aria-hidden="true" className="w-3">
                  {org.id === current ? '✓' : ''}
                </span>
                {org.name}
              </span>
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
