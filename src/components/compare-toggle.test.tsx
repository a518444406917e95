import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CompareToggle } from './compare-toggle';

const week = { from: '2026-11-24', to: '2026-11-30' };

describe('CompareToggle', () => {
  it('is a labelled button that says whether it is on', async () => {
    const onChange = vi.fn();
    const { rerender } = render(<CompareToggle compare={false} range={week} onChange={onChange} />);
    const button = screen.getByRole('button', { name: 'Compare with previous period' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(button).toHaveAttribute('aria-keyshortcuts', 'X');
    expect(screen.queryByText(/Previous period:/)).not.toBeInTheDocument();
    await userEvent.click(button);
    expect(onChange).toHaveBeenLastCalledWith(true);

    rerender(<CompareToggle compare range={week} onChange={onChange} />);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText(/Previous period:/).parentElement).toHaveTextContent(/Nov 17\s–\s23, 2026 \(UTC\)/);
    await userEvent.click(button);
    expect(onChange).toHaveBeenLastCalledWith(false);
  });
});
