import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OrgBadge } from './org-menu';

const orgs = [
  { id: 'demo', name: 'Demo University' },
  { id: 'northwind-academy', name: 'Northwind Academy' },
  { id: 'dover', name: 'Dover College' },
];

function setup(current = 'demo') {
  const onChange = vi.fn<(org: string) => void>();
  render(
    <>
      <OrgBadge orgs={orgs} current={current} onChange={onChange} />
      <button type="button">After</button>
    </>,
  );
  return { onChange, button: screen.getByRole('button', { name: `Org: ${orgs.find((org) => org.id === current)?.name}` }) };
}

describe('OrgBadge', () => {
  it('is a plain badge with the org’s name when the dashboard shows one org', () => {
    render(<OrgBadge orgs={[orgs[0]!]} current="demo" onChange={() => {}} />);
    expect(screen.getByText('Demo University')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('is a menu button listing the orgs by name, the current one checked', async () => {
    const { button } = setup();
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const menu = screen.getByRole('menu', { name: 'Switch org' });
    expect(button).toHaveAttribute('aria-controls', menu.id);
    const items = screen.getAllByRole('menuitemradio');
    expect(items.map((item) => item.textContent)).toEqual(['✓Demo University', 'Northwind Academy', 'Dover College']);
    expect(screen.getByRole('menuitemradio', { name: /Demo University/ })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('menuitemradio', { name: /Northwind/ })).toHaveAttribute('aria-checked', 'false');
    expect(screen.getByRole('menuitemradio', { name: /Demo University/ })).toHaveFocus();
  });

  it('moves with the arrows, Home, End and a typed letter, and chooses with Enter', async () => {
    const { button, onChange } = setup();
    button.focus();
    await userEvent.keyboard('{ArrowDown}');
    const item = (name: RegExp) => screen.getByRole('menuitemradio', { name });
    expect(item(/Demo/)).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(item(/Northwind/)).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(item(/Dover/)).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(item(/Demo/)).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(item(/Dover/)).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(item(/Demo/)).toHaveFocus();
    await userEvent.keyboard('n');
    expect(item(/Northwind/)).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledExactlyOnceWith('northwind-academy');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('opens on the last item with ArrowUp and chooses with Space', async () => {
    const { button, onChange } = setup();
    button.focus();
    await userEvent.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitemradio', { name: /Dover/ })).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(onChange).toHaveBeenCalledExactlyOnceWith('dover');
  });

  it('closes with Escape, returning focus to the button, without choosing', async () => {
    const { button, onChange } = setup();
    await userEvent.click(button);
    await userEvent.keyboard('{ArrowDown}{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('does not report choosing the org already shown', async () => {
    const { button, onChange } = setup('northwind-academy');
    await userEvent.click(button);
    await userEvent.click(screen.getByRole('menuitemradio', { name: /Northwind/ }));
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('closes when the pointer goes down elsewhere, or Tab moves on', async () => {
    const { button } = setup();
    await userEvent.click(button);
    await userEvent.click(screen.getByRole('button', { name: 'After' }));
    expect(screen.queryByRole('menu')).toBeNull();
    await userEvent.click(button);
    await userEvent.tab();
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('keeps the menu’s keys from the page’s shortcuts', async () => {
    const onPageKey = vi.fn<(prevented: boolean) => void>();
    const listener = (event: KeyboardEvent) => onPageKey(event.defaultPrevented);
    document.addEventListener('keydown', listener);
    const { button } = setup();
    await userEvent.click(button);
    await userEvent.keyboard('{ArrowDown}{Escape}');
    document.removeEventListener('keydown', listener);
    expect(onPageKey.mock.calls.every(([prevented]) => prevented)).toBe(true);
  });
});
