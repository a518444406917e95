import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { answer, hang } from '../../test/api-handlers';
import { server } from '../../test/msw-server';
import { renderWithProviders } from '../../test/render';
import { TopStudentsCard } from './top-students-card';

const scope = { org: 'demo', userId: 'admin' };
const range = { from: '2026-11-24', to: '2026-11-30' };

function renderCard(mentor: string | null = null, onMentorChange = vi.fn()) {
  renderWithProviders(<TopStudentsCard scope={scope} range={range} mentor={mentor} onMentorChange={onMentorChange} />);
  return screen.getByRole('region', { name: 'Top students' });
}

describe('TopStudentsCard', () => {
  it('shows a loading state while the mentor field stays usable', () => {
    server.use(hang('top-students-by-chat-messages'));
    const card = renderCard();
    expect(within(card).getByText('Loading…')).toBeInTheDocument();
    expect(within(card).getByRole('textbox', { name: 'Mentor' })).toBeEnabled();
  });

  it('ranks students highest first with shared ranks for ties', async () => {
    const { handler, seen } = answer('top-students-by-chat-messages', [
      { username: 'maria.garcia', chat_message_count: 40 },
      { username: 'kwame_o', chat_message_count: 25 },
      { username: 'liam.chen42', chat_message_count: 25 },
      { username: 'zoë.müller', chat_message_count: 3 },
    ]);
    server.use(handler);
    const card = renderCard('mentor-python-lab');
    const table = await within(card).findByRole('table');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Rank', 'Student', 'Messages']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['1', 'maria.garcia', '40'],
      ['2', 'kwame_o', '25'],
      ['2', 'liam.chen42', '25'],
      ['4', 'zoë.müller', '3'],
    ]);
    expect(seen[0]?.get('mentor_id')).toBe('mentor-python-lab');
    expect(seen[0]?.get('start_date')).toBe('2026-11-24');
  });

  it('renders a hostile username as text', async () => {
    server.use(
      answer('top-students-by-chat-messages', [{ username: '<img src=x onerror=alert(1)>', chat_message_count: 1 }]).handler,
    );
    const card = renderCard();
    expect(await within(card).findByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(card.querySelector('img')).toBeNull();
  });

  it('explains an empty list for a mentor', async () => {
    server.use(answer('top-students-by-chat-messages', []).handler);
    const card = renderCard('mentor-unknown');
    expect(await within(card).findByText(/No chat messages for mentor “mentor-unknown”/)).toBeInTheDocument();
  });

  it('shows a server error with Retry', async () => {
    server.use(answer('top-students-by-chat-messages', { error: 'boom' }, { status: 500 }).handler);
    const card = renderCard();
    const alert = await within(card).findByRole('alert');
    expect(alert).toHaveTextContent('The analytics API failed (500: boom)');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('applies a mentor id on Enter and clears it with Escape', async () => {
    server.use(answer('top-students-by-chat-messages', []).handler);
    const onMentorChange = vi.fn();
    const card = renderCard(null, onMentorChange);
    const field = within(card).getByRole('textbox', { name: 'Mentor' });
    await userEvent.type(field, '  mentor-essay-writing {Enter}');
    expect(onMentorChange).toHaveBeenLastCalledWith('mentor-essay-writing');
    expect(onMentorChange).toHaveBeenCalledTimes(1);
  });
});
