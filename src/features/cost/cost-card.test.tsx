import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureCsvDownloads, readCsv } from '../../lib/csv-testing';
import { answer, hang } from '../../test/api-handlers';
import { server } from '../../test/msw-server';
import { renderWithProviders } from '../../test/render';
import { CostCard } from './cost-card';

const scope = { org: 'demo', userId: 'admin' };
const week = { period: '7d' as const, range: { from: '2026-11-24', to: '2026-11-30' } };

function renderCard(onPeriodChange = vi.fn()) {
  renderWithProviders(<CostCard scope={scope} current={week} today="2026-11-30" onPeriodChange={onPeriodChange} />);
  return screen.getByRole('region', { name: 'LLM cost' });
}

describe('CostCard', () => {
  it('shows a loading state', () => {
    server.use(hang('tenant-cost'));
    const card = renderCard();
    expect(card).toHaveAttribute('aria-busy', 'true');
    expect(within(card).getByText('Loading…')).toBeInTheDocument();
  });

  it('shows the total in dollars, the range in words and the average per day', async () => {
    const { handler, seen } = answer('tenant-cost', { total_cost: 5.75 });
    server.use(handler);
    const card = renderCard();
    expect(await within(card).findByText('$5.75')).toBeInTheDocument();
    expect(within(card).getByText(/Nov 24 – 30, 2026 \(UTC\) · 7 days/)).toBeInTheDocument();
    expect(within(card).getByText('Average per day').nextSibling).toHaveTextContent('$0.82');
    expect(seen[0]?.get('start_date')).toBe('2026-11-24');
    expect(seen[0]?.get('end_date')).toBe('2026-11-30');
  });

  it('keeps the significant digits of a tiny cost, and accepts an integer', async () => {
    server.use(answer('tenant-cost', { total_cost: 0.0042 }).handler);
    const card = renderCard();
    expect(await within(card).findByText('$0.0042')).toBeInTheDocument();
  });

  it('shows zero as $0.00, not as an empty card', async () => {
    server.use(answer('tenant-cost', { total_cost: 0 }).handler);
    const card = renderCard();
    // The total and the average per day.
    expect(await within(card).findAllByText('$0.00')).toHaveLength(2);
  });

  it('names a field error from the API, with Retry', async () => {
    server.use(answer('tenant-cost', { start_date: ['This field is required.'] }, { status: 400 }).handler);
    const card = renderCard();
    const alert = await within(card).findByRole('alert');
    expect(alert).toHaveTextContent('The analytics API refused the filters: start_date: This field is required.');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled();
  });

  it('refuses a cost that is not a number', async () => {
    server.use(answer('tenant-cost', { total_cost: 'NaN' }).handler);
    const card = renderCard();
    expect(await within(card).findByRole('alert')).toHaveTextContent('total_cost: expected number');
  });

  it('opens a picker with presets from the card', async () => {
    server.use(answer('tenant-cost', { total_cost: 1 }).handler);
    const onPeriodChange = vi.fn();
    const card = renderCard(onPeriodChange);
    await userEvent.click(within(card).getByRole('button', { name: 'Change dates' }));
    const dialog = within(card).getByRole('dialog', { name: 'Choose a date range' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Last 30 days' }));
    expect(onPeriodChange).toHaveBeenCalledWith({ period: '30d', range: { from: '2026-11-01', to: '2026-11-30' } });
    expect(within(card).queryByRole('dialog')).not.toBeInTheDocument();
  });
});

/** tenant-cost answering by start date, so the view and its previous period get different totals. */
function costs(byStart: Record<string, number>) {
  const seen: string[] = [];
  const handler = http.get('*/api/ai-analytics/orgs/:org/users/:user/tenant-cost/', ({ request }) => {
    const query = new URL(request.url).searchParams;
    seen.push(`${query.get('start_date')}..${query.get('end_date')}`);
    return HttpResponse.json({ total_cost: byStart[query.get('start_date') ?? ''] ?? 0 });
  });
  return { handler, seen };
}

function figure(card: HTMLElement, label: string) {
  return within(card).getByText(label, { selector: 'dt' }).nextElementSibling;
}

describe('CostCard compared with the previous period', () => {
  it('fetches the previous range of the same length and shows a fall in green', async () => {
    const { handler, seen } = costs({ '2026-11-24': 5.75, '2026-11-17': 6.53 });
    server.use(handler);
    renderWithProviders(<CostCard scope={scope} current={week} today="2026-11-30" onPeriodChange={vi.fn()} compare />);
    const card = screen.getByRole('region', { name: 'LLM cost' });
    await waitFor(() => expect(figure(card, 'Previous period total')).toHaveTextContent('$6.53'));
    expect(seen.sort()).toEqual(['2026-11-17..2026-11-23', '2026-11-24..2026-11-30']);
    expect(within(card).getByText(/^Compared with Nov 17\s–\s23, 2026 \(UTC\)$/)).toBeInTheDocument();
    expect(figure(card, 'Change')).toHaveTextContent('▼ $0.78');
    expect(figure(card, 'Change')).toHaveClass('text-success');
    expect(figure(card, 'Change (%)')).toHaveTextContent('▼ 12%');
    expect(within(card).getByTestId('cost-summary')).toHaveTextContent(
      'LLM cost was $5.75 in the last 7 days ($0.82 a day), 12% less than the 7 days before ($6.53).',
    );
  });

  it('shows a rise in red', async () => {
    server.use(costs({ '2026-11-24': 8, '2026-11-17': 4 }).handler);
    renderWithProviders(<CostCard scope={scope} current={week} today="2026-11-30" onPeriodChange={vi.fn()} compare />);
    const card = screen.getByRole('region', { name: 'LLM cost' });
    await waitFor(() => expect(figure(card, 'Change')).toHaveTextContent('▲ $4.00'));
    expect(figure(card, 'Change')).toHaveClass('text-destructive');
    expect(figure(card, 'Change (%)')).toHaveTextContent('▲ 100%');
  });

  it('asks nothing more when comparing is off', async () => {
    const { handler, seen } = costs({ '2026-11-24': 5 });
    server.use(handler);
    const card = renderCard();
    await within(card).findByText('$5.00');
    expect(seen).toEqual(['2026-11-24..2026-11-30']);
    expect(within(card).queryByText('Previous period total')).not.toBeInTheDocument();
  });
});

describe('CostCard budget and projection', () => {
  const monthSoFar = { period: 'custom' as const, range: { from: '2026-11-01', to: '2026-11-18' } };

  function renderMonth(budget: number | null, onBudgetChange = vi.fn(), onPeriodChange = vi.fn()) {
    renderWithProviders(
      <CostCard scope={scope} current={monthSoFar} today="2026-11-18" onPeriodChange={onPeriodChange} budget={budget} onBudgetChange={onBudgetChange} />,
    );
    return screen.getByRole('region', { name: 'LLM cost' });
  }

  it('projects the month so far to its end and warns when that exceeds the budget', async () => {
    server.use(answer('tenant-cost', { total_cost: 180 }).handler);
    const card = renderMonth(240);
    expect(await within(card).findByText('$180.00')).toBeInTheDocument();
    expect(figure(card, 'Projected month end')).toHaveTextContent('$300.00');
    expect(figure(card, 'Monthly budget')).toHaveTextContent('$240.00');
    expect(figure(card, 'Budget used')).toHaveTextContent('75%');
    expect(within(card).getByTestId('budget-bar')).toBeInTheDocument();
    expect(within(card).getByText(/^Warning:/).parentElement).toHaveTextContent(
      'Warning: at this rate the month ends at $300.00 on Nov 30, 2026, $60.00 over the $240.00 budget.',
    );
    expect(within(card).getByText(/at the average per day of the 18 days so far/)).toBeInTheDocument();
  });

  it('says when the projection stays within the budget, and when the budget is already spent', async () => {
    server.use(answer('tenant-cost', { total_cost: 180 }).handler);
    const card = renderMonth(1000);
    expect(await within(card).findByText('Within budget at this rate.')).toBeInTheDocument();
    expect(within(card).queryByText(/^Warning:/)).not.toBeInTheDocument();
  });

  it('says when the budget is spent already', async () => {
    server.use(answer('tenant-cost', { total_cost: 180 }).handler);
    const card = renderMonth(150);
    expect(await within(card).findByText(/^Over budget:/)).toBeInTheDocument();
    expect(within(card).getByText(/^Over budget:/).parentElement).toHaveTextContent('$30.00 more than the $150.00 monthly budget already.');
  });

  it('offers the month so far from any other range', async () => {
    server.use(answer('tenant-cost', { total_cost: 5 }).handler);
    const onPeriodChange = vi.fn();
    renderWithProviders(
      <CostCard scope={scope} current={week} today="2026-11-18" onPeriodChange={onPeriodChange} budget={240} onBudgetChange={vi.fn()} />,
    );
    const card = screen.getByRole('region', { name: 'LLM cost' });
    expect(await within(card).findByText(/Shown for the current month so far: a month-end projection and the \$240\.00 budget\./)).toBeInTheDocument();
    expect(within(card).queryByText('Projected month end')).not.toBeInTheDocument();
    await userEvent.click(within(card).getByRole('button', { name: 'This month so far' }));
    expect(onPeriodChange).toHaveBeenCalledWith({ period: 'custom', range: { from: '2026-11-01', to: '2026-11-18' } });
  });

  it('sets the budget on Enter, refuses a typo and removes it', async () => {
    server.use(answer('tenant-cost', { total_cost: 5 }).handler);
    const onBudgetChange = vi.fn();
    const card = renderMonth(null, onBudgetChange);
    const field = await within(card).findByRole('textbox', { name: 'Monthly budget ($)' });
    await userEvent.type(field, '12.345{Enter}');
    expect(onBudgetChange).not.toHaveBeenCalled();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/Enter an amount in dollars above 0/);
    await userEvent.clear(field);
    await userEvent.type(field, '$1,250{Enter}');
    expect(onBudgetChange).toHaveBeenLastCalledWith(1250);
    expect(field).toHaveAttribute('aria-invalid', 'false');
  });

  it('shows the budget from the URL and removes it', async () => {
    server.use(answer('tenant-cost', { total_cost: 5 }).handler);
    const onBudgetChange = vi.fn();
    const card = renderMonth(250, onBudgetChange);
    expect(await within(card).findByRole('textbox', { name: 'Monthly budget ($)' })).toHaveValue('250');
    await userEvent.click(within(card).getByRole('button', { name: 'Remove' }));
    expect(onBudgetChange).toHaveBeenLastCalledWith(null);
  });
});

describe('CostCard export', () => {
  let downloads: ReturnType<typeof captureCsvDownloads> | null = null;
  afterEach(() => downloads?.restore());

  it('exports one row per figure on screen, with the org and range on top', async () => {
    server.use(costs({ '2026-11-24': 5.75, '2026-11-17': 6.53 }).handler);
    downloads = captureCsvDownloads();
    renderWithProviders(<CostCard scope={scope} current={week} today="2026-11-30" onPeriodChange={vi.fn()} compare />);
    const card = screen.getByRole('region', { name: 'LLM cost' });
    await waitFor(() => expect(figure(card, 'Previous period total')).toHaveTextContent('$6.53'));
    await userEvent.click(within(card).getByRole('button', { name: /^Export CSV/ }));
    await waitFor(() => expect(downloads?.files).toHaveLength(1));
    const file = downloads!.files[0]!;
    expect(file.name).toBe('llm-cost_demo_2026-11-24_2026-11-30.csv');
    const csv = await readCsv(file);
    expect(csv.comments.slice(1, 5)).toEqual([
      '# org: demo',
      '# mentor: all (this card is not filtered by mentor)',
      '# range: 2026-11-24..2026-11-30 (UTC)',
      '# previous period: 2026-11-17..2026-11-23 (UTC)',
    ]);
    expect(csv.header).toEqual(['Measure', 'Value', 'Unit']);
    const labels = within(card).getAllByRole('term').map((term) => term.textContent);
    expect(csv.rows.map((row) => row[0])).toEqual(labels);
    expect(csv.rows).toEqual([
      ['Total cost', '5.75', 'USD'],
      ['Average per day', '0.821429', 'USD'],
      ['Previous period total', '6.53', 'USD'],
      ['Change', '-0.78', 'USD'],
      ['Change (%)', '-11.94', '%'],
    ]);
  });
});
