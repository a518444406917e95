import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../test/msw-server';
import { renderWithProviders } from '../../test/render';
import type { MentorView } from './mentor-label';
import { MentorFilter } from './mentor-filter';

const scope = { org: 'demo', userId: 'admin' };
const PAL = '42424242-4242-4242-8242-424242424242';
const PAL_TOO = '7e57ab1e-0000-4000-8000-00000000beef';
const TUTOR = 'c0ffee00-1111-4222-8333-444455556666';
const MENTORS = [
  { unique_id: PAL, name: 'Physics Pal', description: 'Mechanics and waves.' },
  { unique_id: PAL_TOO, name: 'Physics Pal', description: 'The evening section.' },
  { unique_id: TUTOR, name: 'Physiology Tutor', description: 'How the body works.' },
];

/** Answers the mentor search like ibl.ai (substring of the name), recording each query. */
function mentorSearch() {
  const queries: string[] = [];
  server.use(
    http.get('*/api/ai-search/orgs/:org/users/:user/my-mentors/', ({ request }) => {
      const query = new URL(request.url).searchParams.get('query') ?? '';
      queries.push(query);
      const results = MENTORS.filter((mentor) => mentor.name.toLowerCase().includes(query.toLowerCase()));
      return HttpResponse.json({ count: results.length, results });
    }),
  );
  return queries;
}

function renderField(mentor: string | null = null, view: MentorView = mentor ? { kind: 'loading', id: mentor } : { kind: 'all' }) {
  const onChange = vi.fn();
  const onRetryName = vi.fn();
  const result = renderWithProviders(
    <MentorFilter scope={scope} mentor={mentor} view={view} onChange={onChange} onRetryName={onRetryName} />,
  );
  return { ...result, onChange, onRetryName, field: screen.getByRole('combobox', { name: 'Mentor' }) };
}

const listbox = () => screen.getByRole('listbox', { name: 'Mentors', hidden: true });
const optionNames = () => within(listbox()).queryAllByRole('option').map((option) => option.textContent);

describe('MentorFilter', () => {
  it('is a closed combobox that controls its listbox, opening on focus with the org’s first mentors from one request', async () => {
    const queries = mentorSearch();
    const { field } = renderField();
    expect(field).toHaveAttribute('aria-expanded', 'false');
    expect(field).toHaveAttribute('aria-controls', listbox().id);
    expect(field).toHaveAttribute('aria-autocomplete', 'list');
    expect(field).not.toHaveAttribute('aria-activedescendant');
    expect(queries).toEqual([]);

    await userEvent.click(field);
    expect(field).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(optionNames()).toHaveLength(4));
    expect(optionNames()[0]).toBe('All mentors (current filter)');
    // Two of the same name, told apart by the start of their ids.
    expect(optionNames().slice(1, 3)).toEqual([
      'Physics Pal42424242…Mechanics and waves.',
      'Physics Pal7e57ab1e…The evening section.',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('3 mentors');
    expect(queries).toEqual(['']);
  });

  it('moves through the options with the arrow keys, wrapping, and chooses with Enter', async () => {
    mentorSearch();
    const { field, onChange, queryClient } = renderField();
    await userEvent.click(field);
    await waitFor(() => expect(optionNames()).toHaveLength(4));
    const options = within(listbox()).getAllByRole('option');

    await userEvent.keyboard('{ArrowDown}');
    expect(field).toHaveAttribute('aria-activedescendant', options[0]?.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(field).toHaveAttribute('aria-activedescendant', options[2]?.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'false');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(field).toHaveAttribute('aria-activedescendant', options[0]?.id);
    await userEvent.keyboard('{ArrowUp}');
    expect(field).toHaveAttribute('aria-activedescendant', options[3]?.id);
    await userEvent.keyboard('{ArrowUp}{Enter}');

    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith(PAL_TOO);
    expect(field).toHaveAttribute('aria-expanded', 'false');
    expect(field).not.toHaveAttribute('aria-activedescendant');
    expect(field).toHaveFocus();
    // Its name is known from the list: no lookup will be needed.
    expect(queryClient.getQueryData(['analytics', 'demo', 'admin', 'my-mentors', { uniqueId: PAL_TOO }])).toMatchObject({ name: 'Physics Pal' });
  });

  it('searches what is typed once the typing pauses, and a click chooses', async () => {
    const queries = mentorSearch();
    const { field, onChange } = renderField();
    await userEvent.click(field);
    await waitFor(() => expect(optionNames()).toHaveLength(4));
    await userEvent.type(field, 'physio');
    await waitFor(() => expect(optionNames()).toEqual(['All mentors (current filter)', 'Physiology Tutorc0ffee00…How the body works.']));
    expect(queries).toEqual(['', 'physio']);
    await userEvent.click(screen.getByRole('option', { name: /Physiology Tutor/ }));
    expect(onChange).toHaveBeenCalledWith(TUTOR);
    expect(field).toHaveAttribute('aria-expanded', 'false');
  });

  it('says when nothing matches, and applies a pasted unique id with Enter without searching for it', async () => {
    const queries = mentorSearch();
    const { field, onChange } = renderField();
    await userEvent.click(field);
    await userEvent.type(field, 'zzz');
    expect(await screen.findByText(/No mentor’s name or description holds “zzz”/)).toBeInTheDocument();
    await userEvent.clear(field);
    await userEvent.click(field);
    await userEvent.paste(` ${PAL.toUpperCase()} `);
    expect(screen.getByRole('status')).toHaveTextContent('Press Enter to filter by this unique id.');
    await userEvent.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledWith(PAL.toUpperCase());
    expect(queries.some((query) => query.includes('4242'))).toBe(false);
  });

  it('closes an open list with Escape, and with the list closed clears the filter with it', async () => {
    mentorSearch();
    const { field, onChange } = renderField(PAL, { kind: 'known', id: PAL, name: 'Physics Pal' });
    expect(field).toHaveValue('Physics Pal');
    await userEvent.click(field);
    expect(field).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Escape}');
    expect(field).toHaveAttribute('aria-expanded', 'false');
    expect(onChange).not.toHaveBeenCalled();
    await userEvent.keyboard('{Escape}');
    expect(onChange).toHaveBeenCalledWith(null);
  });

  it('offers “All mentors” first, which clears the filter', async () => {
    mentorSearch();
    const { field, onChange } = renderField(PAL, { kind: 'known', id: PAL, name: 'Physics Pal' });
    await userEvent.click(field);
    await waitFor(() => expect(optionNames()).toHaveLength(4));
    expect(optionNames()[1]).toContain('(current filter)');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenCalledWith(null);
  });

  it('shows an id the org does not know as “Unknown mentor” with the id', () => {
    const { field } = renderField(PAL, { kind: 'unknown', id: PAL });
    expect(field).toHaveValue(`Unknown mentor (${PAL})`);
    expect(field).toHaveAccessibleDescription(`This org has no mentor with the unique id ${PAL}.`);
  });

  it('says a failed search failed, in the field, with a Retry that searches again', async () => {
    let fail = true;
    server.use(
      http.get('*/api/ai-search/orgs/:org/users/:user/my-mentors/', () =>
        fail ? HttpResponse.json({ detail: 'Search is down.' }, { status: 503 }) : HttpResponse.json({ count: 1, results: [MENTORS[0]] }),
      ),
    );
    const { field } = renderField();
    await userEvent.click(field);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Mentor search failed: the API answered 503: Search is down.. The leaderboard still works.');
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(optionNames()).toHaveLength(2));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(field).toHaveFocus();
  });

  it('offers Retry for a name whose lookup failed, and keeps the id', async () => {
    const { field, onRetryName } = renderField(PAL, { kind: 'failed', id: PAL });
    expect(field).toHaveValue(PAL);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetryName).toHaveBeenCalledTimes(1);
  });
});
