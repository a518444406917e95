import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../test/msw-server';
import { renderWithProviders } from '../../test/render';
import { MentorFilter } from './mentor-filter';

// The list's chunk arrives only when the test lets it: the field is used before that.
const gate = vi.hoisted(() => {
  let open = () => {};
  const arrived = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { arrived, open: () => open() };
});
vi.mock('./mentor-listbox', async (importOriginal) => {
  await gate.arrived;
  return importOriginal();
});

const scope = { org: 'demo', userId: 'admin' };

describe('MentorFilter before its list has loaded', () => {
  it('takes typing at once and keeps it; the list then searches what was typed', async () => {
    const queries: string[] = [];
    server.use(
      http.get('*/api/ai-search/orgs/:org/users/:user/my-mentors/', ({ request }) => {
        const query = new URL(request.url).searchParams.get('query') ?? '';
        queries.push(query);
        const results = [{ unique_id: '42424242-4242-4242-8242-424242424242', name: 'Physics Pal', description: '' }];
        return HttpResponse.json({ count: 1, results: results.filter((mentor) => mentor.name.includes(query)) });
      }),
    );
    renderWithProviders(<MentorFilter scope={scope} mentor={null} view={{ kind: 'all' }} onChange={vi.fn()} onRetryName={vi.fn()} />);
    const field = screen.getByRole('combobox', { name: 'Mentor' });
    await userEvent.type(field, 'Phys');
    expect(field).toHaveValue('Phys');
    expect(field).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Searching mentors…');
    expect(queries).toEqual([]);

    gate.open();
    await waitFor(() => expect(within(screen.getByRole('listbox', { name: 'Mentors' })).getAllByRole('option')).toHaveLength(2));
    expect(field).toHaveValue('Phys');
    expect(field).toHaveFocus();
    expect(queries).toEqual(['Phys']);
  });
});
