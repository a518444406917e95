import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useAppliedField, type Parsed } from './use-applied-field';

/** A whole number of items, or none; anything else is refused. */
function parseCount(text: string): Parsed<number | null> {
  if (text.trim() === '') return { ok: true, value: null };
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? { ok: true, value } : { ok: false, error: 'Enter a whole number.' };
}

function CountField({ value, onApply }: { value: number | null; onApply: (value: number | null) => void }) {
  const field = useAppliedField({ value, format: (count) => (count === null ? '' : String(count)), parse: parseCount, onApply });
  return (
    <form onSubmit={field.submit}>
      <label>
        Count
        <input value={field.draft} onChange={(event) => field.setDraft(event.target.value)} aria-invalid={field.error !== null} />
      </label>
      <button type="submit">Set</button>
      <button type="button" onClick={() => field.apply(null)}>
        Clear
      </button>
      <p>{field.error}</p>
    </form>
  );
}

describe('useAppliedField', () => {
  it('applies on Enter or the button only, once per change', async () => {
    const onApply = vi.fn();
    render(<CountField value={5} onApply={onApply} />);
    const input = screen.getByRole('textbox', { name: 'Count' });
    expect(input).toHaveValue('5');

    await userEvent.clear(input);
    await userEvent.type(input, '12');
    expect(onApply).not.toHaveBeenCalled();
    await userEvent.keyboard('{Enter}');
    expect(onApply).toHaveBeenCalledExactlyOnceWith(12);

    onApply.mockClear();
    await userEvent.clear(input);
    await userEvent.type(input, '5');
    await userEvent.click(screen.getByRole('button', { name: 'Set' }));
    expect(onApply).not.toHaveBeenCalled();
  });

  it('refuses text it cannot read, says why, and keeps the applied value', async () => {
    const onApply = vi.fn();
    render(<CountField value={5} onApply={onApply} />);
    const input = screen.getByRole('textbox', { name: 'Count' });
    await userEvent.clear(input);
    await userEvent.type(input, '1.5{Enter}');
    expect(onApply).not.toHaveBeenCalled();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Enter a whole number.')).toBeInTheDocument();

    await userEvent.clear(input);
    await userEvent.type(input, '2{Enter}');
    expect(onApply).toHaveBeenLastCalledWith(2);
    expect(input).toHaveAttribute('aria-invalid', 'false');
  });

  it('shows the new applied value when it changes under the field (Back, a shared link), dropping the draft and the error', async () => {
    const { rerender } = render(<CountField value={5} onApply={vi.fn()} />);
    const input = screen.getByRole('textbox', { name: 'Count' });
    await userEvent.clear(input);
    await userEvent.type(input, 'oops{Enter}');
    expect(input).toHaveAttribute('aria-invalid', 'true');

    rerender(<CountField value={9} onApply={vi.fn()} />);
    expect(input).toHaveValue('9');
    expect(input).toHaveAttribute('aria-invalid', 'false');

    // A re-render with the same value keeps what the person is typing.
    await userEvent.clear(input);
    await userEvent.type(input, '3');
    rerender(<CountField value={9} onApply={vi.fn()} />);
    expect(input).toHaveValue('3');

    // Back and Forward again: the old draft does not come back.
    rerender(<CountField value={5} onApply={vi.fn()} />);
    rerender(<CountField value={9} onApply={vi.fn()} />);
    expect(input).toHaveValue('9');
  });

  it('applies a value directly, the field then showing it', async () => {
    const onApply = vi.fn();
    function Page() {
      const [value, setValue] = useState<number | null>(5);
      const apply = (next: number | null) => {
        onApply(next);
        setValue(next);
      };
      return <CountField value={value} onApply={apply} />;
    }
    render(<Page />);
    const input = screen.getByRole('textbox', { name: 'Count' });
    await userEvent.type(input, '0');
    expect(input).toHaveValue('50');
    await userEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(onApply).toHaveBeenCalledExactlyOnceWith(null);
    expect(input).toHaveValue('');
  });
});
