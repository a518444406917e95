import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popover } from './popover';
import { usePopover } from './use-popover';

/** What the page's shortcuts see: keys that reach the document. */
function useDocumentKeys(onKey: (key: string) => void) {
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event.key);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [onKey]);
}

function Page({ onKey = () => undefined, onOpenChange }: { onKey?: (key: string) => void; onOpenChange?: (open: boolean) => void }) {
  useDocumentKeys(onKey);
  return (
    <>
      <button type="button">Elsewhere</button>
      <Popover trigger="Copy link" triggerClassName="" role="group" label="Copy a link" panelClassName="" onOpenChange={onOpenChange}>
        {(close) => (
          <>
            <button type="button" onClick={close}>
              Live
            </button>
            <button type="button">Frozen</button>
          </>
        )}
      </Popover>
    </>
  );
}

afterEach(() => vi.restoreAllMocks());

describe('Popover', () => {
  it('says whether it is open and which panel it controls, and moves focus into the panel', async () => {
    const onOpenChange = vi.fn();
    render(<Page onOpenChange={onOpenChange} />);
    const trigger = screen.getByRole('button', { name: 'Copy link' });
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(trigger).not.toHaveAttribute('aria-controls');
    expect(trigger).not.toHaveAttribute('aria-haspopup');

    await userEvent.click(trigger);
    const panel = screen.getByRole('group', { name: 'Copy a link' });
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(trigger).toHaveAttribute('aria-controls', panel.id);
    expect(screen.getByRole('button', { name: 'Live' })).toHaveFocus();
    expect(onOpenChange).toHaveBeenLastCalledWith(true);

    await userEvent.click(trigger);
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
  });

  it('closes on Escape, returns focus to the trigger and keeps the key from the page', async () => {
    const onKey = vi.fn();
    render(<Page onKey={onKey} />);
    const trigger = screen.getByRole('button', { name: 'Copy link' });
    await userEvent.click(trigger);
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Frozen' })).toHaveFocus();

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
    expect(onKey).not.toHaveBeenCalledWith('Escape');

    // Closed, Escape is the page's again (it clears the mentor filter there).
    await userEvent.keyboard('{Escape}');
    expect(onKey).toHaveBeenCalledWith('Escape');
  });

  it('closes when the pointer goes down outside it, leaving focus where the person put it', async () => {
    render(<Page />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await userEvent.click(screen.getByRole('group', { name: 'Copy a link' }));
    expect(screen.getByRole('group')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
  });

  it('closes when focus leaves it, and a choice inside returns focus to the trigger', async () => {
    render(<Page />);
    const trigger = screen.getByRole('button', { name: 'Copy link' });
    await userEvent.click(trigger);
    await userEvent.click(screen.getByRole('button', { name: 'Live' }));
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();

    await userEvent.click(trigger);
    fireEvent.blur(screen.getByRole('button', { name: 'Live' }), { relatedTarget: screen.getByRole('button', { name: 'Elsewhere' }) });
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
  });
});

function OrgMenu() {
  const menu = usePopover({ role: 'menu', initialFocus: 'selected' });
  return (
    <>
      <button type="button" {...menu.triggerProps}>
        Org
      </button>
      {menu.open ? (
        <div aria-label="Switch org" {...menu.panelProps}>
          {['North', 'South', 'West'].map((name) => (
            <button key={name} type="button" role="menuitemradio" aria-checked={name === 'South'}>
              {name}
            </button>
          ))}
        </div>
      ) : null}
    </>
  );
}

describe('usePopover as a menu button', () => {
  it('opens on the checked item with ArrowDown and on the last with ArrowUp', async () => {
    render(<OrgMenu />);
    const trigger = screen.getByRole('button', { name: 'Org' });
    expect(trigger).toHaveAttribute('aria-haspopup', 'menu');
    trigger.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menu', { name: 'Switch org' })).toBeInTheDocument();
    expect(screen.getByRole('menuitemradio', { name: 'South' })).toHaveFocus();

    await userEvent.keyboard('{Escape}');
    expect(trigger).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitemradio', { name: 'West' })).toHaveFocus();
  });
});

function CalendarDialog() {
  const dialog = usePopover({ role: 'dialog', initialFocus: 'panel' });
  return (
    <>
      <button type="button" {...dialog.triggerProps}>
        Custom…
      </button>
      {dialog.open ? (
        <div aria-label="Choose a date range" {...dialog.panelProps}>
          <button type="button">Apply</button>
        </div>
      ) : null}
    </>
  );
}

describe('usePopover as a dialog', () => {
  it('marks the trigger as opening a dialog and focuses the panel itself when asked to', async () => {
    render(<CalendarDialog />);
    const trigger = screen.getByRole('button', { name: 'Custom…' });
    expect(trigger).toHaveAttribute('aria-haspopup', 'dialog');
    await userEvent.click(trigger);
    expect(screen.getByRole('dialog', { name: 'Choose a date range' })).toHaveFocus();
    // The arrows are not a menu's here: they do not open anything.
    await userEvent.keyboard('{Escape}');
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
