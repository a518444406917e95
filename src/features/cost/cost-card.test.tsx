import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
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
