import type { KeyboardEvent } from 'react';
import { usePopover } from '../components/use-popover';
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
  // The page's one popover: Escape, the pointer outside or focus leaving close it and focus
  // returns to the button; ArrowDown and ArrowUp on the button open it. Moving between the
  // items is the menu's own.
  const popover = usePopover({ role: 'menu', initialFocus: 'selected' });
  const { ref: panel } = popover.panelProps;

  function choose(org: string) {
    popover.close();
    if (org !== current) onChange(org);
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    popover.panelProps.onKeyDown(event);
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const items = [...(panel.current?.querySelectorAll<HTMLElement>('[role="menuitemradio"]') ?? [])];
    const focused = items.findIndex((item) => item === document.activeElement);
    const next = menuFocusIndex(
      event.key,
      Math.max(0, focused),
      orgs.map((org) => org.name),
    );
    if (next === null) return;
    // Handled here, so the page's own shortcuts (arrows shift the period) do not also run.
    event.preventDefault();
    items[next]?.focus();
  }

  return (
    <div className="relative">
      <button
        type="button"
        className="inline-flex items-center gap-1 rounded-full bg-secondary px-2.5 py-0.5 text-sm text-secondary-foreground hover:bg-accent hover:text-accent-foreground focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
        {...popover.triggerProps}
      >
        <span className="sr-only">Org:</span> {currentName}
        <span aria-hidden="true" className="text-xs">
          ▾
        </span>
      </button>
      {popover.open ? (
        <div
          {...popover.panelProps}
          aria-label="Switch org"
          onKeyDown={onMenuKeyDown}
          className="absolute top-full left-0 z-30 mt-2 flex w-64 max-w-[calc(100vw-2rem)] flex-col gap-1 rounded-xl border border-border bg-popover p-2 text-popover-foreground shadow-xl outline-none"
        >
          {orgs.map((org) => (
            <button
              key={org.id}
              type="button"
              role="menuitemradio"
              aria-checked={org.id === current}
              tabIndex={-1}
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
