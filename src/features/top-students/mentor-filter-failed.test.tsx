import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { MentorFilter } from './mentor-filter';

// The list's chunk cannot be loaded (a deploy replaced it, the network dropped).
vi.mock('./mentor-listbox', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

const scope = { org: 'demo', userId: 'admin' };
const PAL = '42424242-4242-4242-8242-424242424242';

describe('MentorFilter when its list cannot be loaded', () => {
  it('says so, and a pasted unique id still filters with Enter', async () => {
    const onChange = vi.fn();
    renderWithProviders(<MentorFilter scope={scope} mentor={null} view={{ kind: 'all' }} onChange={onChange} onRetryName={vi.fn()} />);
    const field = screen.getByRole('combobox', { name: 'Mentor' });
    await userEvent.click(field);
    expect(await screen.findByText(/The mentor list could not be loaded/)).toBeInTheDocument();
    await userEvent.type(field, `${PAL}{Enter}`);
    expect(onChange).toHaveBeenCalledWith(PAL);
  });
});
