import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureCsvDownloads, readCsv } from '../../lib/csv-testing';
import { answer, hang } from '../../test/api-handlers';
import { server } from '../../test/msw-server';
import { renderWithProviders } from '../../test/render';
import { TopStudentsCard } from './top-students-card';

const scope = { org: 'demo', userId: 'admin' };
const range = { from: '2026-11-24', to: '2026-11-30' };
const PYTHON = '353949a4-2118-46f4-92d9-b848ae316861';
const STRANGER = '00000000-0000-4000-8000-000000000000';

/** The mentor search, knowing one mentor: records each lookup by unique id. */
function mentorsApi() {
  const lookups: string[] = [];
  server.use(
    http.get('*/api/ai-search/orgs/:org/users/:user/my-mentors/', ({ request }) => {
      const id = new URL(request.url).searchParams.get('unique_id');
      if (id !== null) lookups.push(id);
      const results = id === null || id === PYTHON ? [{ unique_id: PYTHON, name: 'Python Lab' }] : [];
      return HttpResponse.json({ count: results.length, results });
    }),
  );
  return lookups;
}

function renderCard(mentor: string | null = null, onMentorChange = vi.fn()) {
  renderWithProviders(<TopStudentsCard scope={scope} range={range} mentor={mentor} onMentorChange={onMentorChange} />);
  return screen.getByRole('region', { name: 'Top students' });
}

describe('TopStudentsCard', () => {
  it('shows a loading state while the mentor field stays usable', () => {
    server.use(hang('top-students-by-chat-messages'));
    const card = renderCard();
    expect(within(card).getByText('Loading…')).toBeInTheDocument();
    expect(within(card).getByRole('combobox', { name: 'Mentor' })).toBeEnabled();
  });

  it('ranks students highest first with shared ranks for ties', async () => {
    const { handler, seen } = answer('top-students-by-chat-messages', [
      { username: 'maria.garcia', chat_message_count: 40 },
      { username: 'kwame_o', chat_message_count: 25 },
      { username: 'liam.chen42', chat_message_count: 25 },
      { username: 'zoë.müller', chat_message_count: 3 },
    ]);
    server.use(handler);
    mentorsApi();
    const card = renderCard(PYTHON);
    const table = await within(card).findByRole('table');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Rank', 'Student', 'Messages']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['1', 'maria.garcia', '40'],
      ['2', 'kwame_o', '25'],
      ['2', 'liam.chen42', '25'],
      ['4', 'zoë.müller', '3'],
    ]);
    expect(seen[0]?.get('mentor_id')).toBe(PYTHON);
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
    const lookups = mentorsApi();
    const card = renderCard(PYTHON);
    expect(await within(card).findByText(/No chat messages for mentor “Python Lab” in this range/)).toBeInTheDocument();
    expect(within(card).getByText(/^By chat messages · mentor Python Lab · /)).toBeInTheDocument();
    expect(within(card).getByRole('combobox', { name: 'Mentor' })).toHaveValue('Python Lab');
    expect(lookups).toEqual([PYTHON]);
  });

  it('shows an id the org does not know as “Unknown mentor” with the id, in the field and the subtitle', async () => {
    const { handler, seen } = answer('top-students-by-chat-messages', []);
    server.use(handler);
    mentorsApi();
    const card = renderCard(STRANGER);
    const field = within(card).getByRole('combobox', { name: 'Mentor' });
    // While the name loads, the leaderboard already filters by the id.
    expect(field).toHaveValue(STRANGER);
    await waitFor(() => expect(field).toHaveValue(`Unknown mentor (${STRANGER})`));
    expect(within(card).getByText(`By chat messages · Unknown mentor (${STRANGER}) · Nov 24 – 30, 2026 (UTC)`, { normalizer: (text) => text.replace(/\s+/g, ' ') })).toBeInTheDocument();
    expect(await within(card).findByText(/this org has no mentor with this unique id/)).toBeInTheDocument();
    expect(seen[0]?.get('mentor_id')).toBe(STRANGER);
  });

  it('shows a server error with Retry', async () => {
    server.use(answer('top-students-by-chat-messages', { error: 'boom' }, { status: 500 }).handler);
    const card = renderCard();
    const alert = await within(card).findByRole('alert');
    expect(alert).toHaveTextContent('The analytics API failed (500: boom)');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('applies a pasted unique id on Enter', async () => {
    server.use(answer('top-students-by-chat-messages', []).handler);
    mentorsApi();
    const onMentorChange = vi.fn();
    const card = renderCard(null, onMentorChange);
    await userEvent.click(within(card).getByRole('combobox', { name: 'Mentor' }));
    await userEvent.paste(`  ${PYTHON} `);
    await userEvent.keyboard('{Enter}');
    expect(onMentorChange).toHaveBeenLastCalledWith(PYTHON);
    expect(onMentorChange).toHaveBeenCalledTimes(1);
  });
});

/** top-students answering by start date: this week, and the week before. */
function leaderboards(byStart: Record<string, { username: string; chat_message_count: number }[]>) {
  const seen: string[] = [];
  const handler = http.get('*/api/ai-analytics/orgs/:org/users/:user/top-students-by-chat-messages/', ({ request }) => {
    const query = new URL(request.url).searchParams;
    seen.push(`${query.get('start_date')}..${query.get('end_date')} ${query.get('mentor_id') ?? 'all'}`);
    return HttpResponse.json(byStart[query.get('start_date') ?? ''] ?? []);
  });
  return { handler, seen };
}

const thisWeek = [
  { username: 'kwame_o', chat_message_count: 50 },
  { username: 'maria.garcia', chat_message_count: 40 },
  { username: 'new.kid', chat_message_count: 30 },
  { username: 'liam.chen42', chat_message_count: 20 },
];
const weekBefore = [
  { username: 'maria.garcia', chat_message_count: 60 },
  { username: 'liam.chen42', chat_message_count: 45 },
  { username: 'x', chat_message_count: 44 },
  { username: 'kwame_o', chat_message_count: 10 },
];

describe('TopStudentsCard compared with the previous period', () => {
  let downloads: ReturnType<typeof captureCsvDownloads> | null = null;
  afterEach(() => downloads?.restore());

  it('shows each student’s movement against the previous top 20', async () => {
    const { handler, seen } = leaderboards({ '2026-11-24': thisWeek, '2026-11-17': weekBefore });
    server.use(handler);
    mentorsApi();
    renderWithProviders(<TopStudentsCard scope={scope} range={range} period="7d" mentor={PYTHON} onMentorChange={vi.fn()} compare />);
    const card = screen.getByRole('region', { name: 'Top students' });
    const table = await within(card).findByRole('table');
    await waitFor(() => expect(within(table).queryByText('loading')).not.toBeInTheDocument());
    expect(seen.sort()).toEqual([`2026-11-17..2026-11-23 ${PYTHON}`, `2026-11-24..2026-11-30 ${PYTHON}`]);
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Rank', 'Student', 'Messages', 'Change']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['1', 'kwame_o', '50', '▲3up 3 places from rank 4'],
      ['2', 'maria.garcia', '40', '▼1down 1 place from rank 1'],
      ['3', 'new.kid', '30', 'newnew in the top 20'],
      ['4', 'liam.chen42', '20', '▼2down 2 places from rank 2'],
    ]);
    expect(within(card).getByText(/^Change in rank against the top 20 of Nov 17\s–\s23, 2026 \(UTC\)\.$/)).toBeInTheDocument();
    expect(within(card).getByTestId('top-students-summary')).toHaveTextContent(
      '4 students ranked by chat messages in the last 7 days for mentor Python Lab; kwame_o leads with 50 messages; against the 7 days before, 1 new and 1 moved up.',
    );
  });

  it('has no change column and asks once when comparing is off', async () => {
    const { handler, seen } = leaderboards({ '2026-11-24': thisWeek });
    server.use(handler);
    const card = renderCard();
    const table = await within(card).findByRole('table');
    expect(within(table).getAllByRole('columnheader')).toHaveLength(3);
    expect(seen).toEqual(['2026-11-24..2026-11-30 all']);
  });

  it('exports the rows on screen, named after the org, mentor and range', async () => {
    server.use(leaderboards({ '2026-11-24': thisWeek, '2026-11-17': weekBefore }).handler);
    mentorsApi();
    downloads = captureCsvDownloads();
    renderWithProviders(<TopStudentsCard scope={scope} range={range} period="7d" mentor={PYTHON} onMentorChange={vi.fn()} compare />);
    const card = screen.getByRole('region', { name: 'Top students' });
    await within(card).findByText(/^By chat messages · mentor Python Lab · /);
    const table = await within(card).findByRole('table');
    await waitFor(() => expect(within(table).queryByText('loading')).not.toBeInTheDocument());
    await userEvent.click(within(card).getByRole('button', { name: 'Export CSV of top students' }));
    await waitFor(() => expect(downloads?.files).toHaveLength(1));
    const file = downloads!.files[0]!;
    expect(file.name).toBe('top-students_demo_Python-Lab_2026-11-24_2026-11-30.csv');
    const csv = await readCsv(file);
    expect(csv.comments.slice(1, 5)).toEqual([
      '# org: demo',
      `# mentor: Python Lab (${PYTHON})`,
      '# range: 2026-11-24..2026-11-30 (UTC)',
      '# previous period: 2026-11-17..2026-11-23 (UTC)',
    ]);
    expect(csv.header).toEqual(['Rank', 'Student', 'Messages', 'Previous rank', 'Change']);
    const shown = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').slice(0, 3).map((cell) => cell.textContent));
    expect(csv.rows.map((row) => row.slice(0, 3))).toEqual(shown);
    expect(csv.rows.map((row) => row.slice(3))).toEqual([
      ['4', 'up 3'],
      ['1', 'down 1'],
      ['', 'new'],
      ['2', 'down 2'],
    ]);
  });
});

describe('TopStudentsCard export while a new range loads', () => {
  it('is disabled while the previous view’s rows are still on screen', async () => {
    server.use(
      http.get('*/api/ai-analytics/orgs/:org/users/:user/top-students-by-chat-messages/', async ({ request }) => {
        if (new URL(request.url).searchParams.get('start_date') === '2026-11-24') return HttpResponse.json(thisWeek);
        await delay('infinite');
        return HttpResponse.json([]);
      }),
    );
    function Switcher() {
      const [shown, setShown] = useState(range);
      return (
        <>
          <button type="button" onClick={() => setShown({ from: '2026-11-01', to: '2026-11-30' })}>
            Next range
          </button>
          <TopStudentsCard scope={scope} range={shown} mentor={null} onMentorChange={vi.fn()} />
        </>
      );
    }
    renderWithProviders(<Switcher />);
    const card = screen.getByRole('region', { name: 'Top students' });
    await within(card).findByRole('table');
    const exportButton = within(card).getByRole('button', { name: 'Export CSV of top students' });
    expect(exportButton).toBeEnabled();
    await userEvent.click(screen.getByRole('button', { name: 'Next range' }));
    expect(await within(card).findByText('Updating…')).toBeInTheDocument();
    expect(within(card).getByRole('table')).toBeInTheDocument();
    expect(exportButton).toBeDisabled();
  });
});
