import { describe, expect, it } from 'vitest';
import { resolvePreset } from '../../../shared/periods';
import {
  budgetProgress,
  costCsv,
  costFigures,
  costSummary,
  displayFigure,
  monthProjection,
  monthToDateChoice,
  parseBudgetInput,
} from './cost-figures';

describe('monthProjection', () => {
  it('projects the month so far to the month’s last day at the same average per day', () => {
    expect(monthProjection(180, { from: '2026-11-01', to: '2026-11-18' }, '2026-11-18')).toEqual({
      elapsedDays: 18,
      daysInMonth: 30,
      monthEnd: '2026-11-30',
      projected: 300,
    });
  });

  it('handles the 1st, the last day, February and a leap year', () => {
    expect(monthProjection(2, { from: '2027-01-01', to: '2027-01-01' }, '2027-01-01')).toMatchObject({ projected: 62, monthEnd: '2027-01-31' });
    expect(monthProjection(31, { from: '2026-12-01', to: '2026-12-31' }, '2026-12-31')).toMatchObject({ projected: 31 });
    expect(monthProjection(10, { from: '2026-02-01', to: '2026-02-10' }, '2026-02-10')).toMatchObject({ projected: 28, monthEnd: '2026-02-28' });
    expect(monthProjection(10, { from: '2024-02-01', to: '2024-02-10' }, '2024-02-10')).toMatchObject({ projected: 29, monthEnd: '2024-02-29' });
  });

  it('gives nothing for any other range', () => {
    expect(monthProjection(10, resolvePreset('7d', '2026-11-18'), '2026-11-18')).toBeNull();
    expect(monthProjection(10, { from: '2026-10-01', to: '2026-10-31' }, '2026-11-18')).toBeNull();
    expect(monthProjection(10, { from: '2026-11-01', to: '2026-11-17' }, '2026-11-18')).toBeNull();
  });
});

describe('budgetProgress', () => {
  it('gives the shares and how far the projection overshoots', () => {
    expect(budgetProgress(150, 250, 200)).toEqual({ budget: 200, usedShare: 0.75, projectedShare: 1.25, projectedOverBy: 50, overBy: null });
    expect(budgetProgress(50, 100, 200)).toMatchObject({ projectedOverBy: null, overBy: null, usedShare: 0.25 });
    expect(budgetProgress(250, 400, 200)).toMatchObject({ projectedOverBy: 200, overBy: 50 });
  });
});

describe('monthToDateChoice', () => {
  it('is a custom range, or the preset that happens to be the month so far', () => {
    expect(monthToDateChoice('2026-11-18')).toEqual({ period: 'custom', range: { from: '2026-11-01', to: '2026-11-18' } });
    expect(monthToDateChoice('2026-11-01')).toEqual({ period: 'today', range: { from: '2026-11-01', to: '2026-11-01' } });
    expect(monthToDateChoice('2026-11-07')).toEqual({ period: '7d', range: { from: '2026-11-01', to: '2026-11-07' } });
    expect(monthToDateChoice('2026-11-30')).toEqual({ period: '30d', range: { from: '2026-11-01', to: '2026-11-30' } });
  });
});

describe('parseBudgetInput', () => {
  it('reads dollars as people type them', () => {
    expect(parseBudgetInput('250')).toEqual({ ok: true, budget: 250 });
    expect(parseBudgetInput(' $99.50 ')).toEqual({ ok: true, budget: 99.5 });
    expect(parseBudgetInput('1,000')).toEqual({ ok: true, budget: 1000 });
    expect(parseBudgetInput('')).toEqual({ ok: true, budget: null });
  });

  it('refuses what the URL would refuse', () => {
    for (const text of ['0', '-5', '12.345', 'abc', '1e3', '10000001', '1,00']) {
      expect(parseBudgetInput(text)).toMatchObject({ ok: false });
    }
    expect(parseBudgetInput('x')).toEqual({ ok: false, error: 'Enter an amount in dollars above 0 and up to $10,000,000, e.g. 250 or 99.50.' });
  });
});

describe('costFigures', () => {
  const week = { from: '2026-11-24', to: '2026-11-30' };

  it('shows the total and the average per day', () => {
    const figures = costFigures({ total: 7, range: week, today: '2026-11-30', previousTotal: null, budget: 100 });
    expect(figures.map((figure) => [figure.label, figure.value])).toEqual([
      ['Total cost', 7],
      ['Average per day', 1],
    ]);
  });

  it('adds the previous total and the change, with the direction', () => {
    const figures = costFigures({ total: 6, range: week, today: '2026-11-30', previousTotal: 8, budget: null });
    expect(figures.slice(2)).toEqual([
      { id: 'previous', label: 'Previous period total', value: 8, unit: 'USD' },
      { id: 'change', label: 'Change', value: -2, unit: 'USD', direction: 'down' },
      { id: 'change-percent', label: 'Change (%)', value: -25, unit: '%', direction: 'down' },
    ]);
    expect(figures.slice(2).map((figure) => displayFigure(figure, 'en-US'))).toEqual(['$8.00', '▼ $2.00', '▼ 25%']);
    // Nothing spent before: no percentage.
    expect(costFigures({ total: 6, range: week, today: '2026-11-30', previousTotal: 0, budget: null }).map((f) => f.id)).toEqual([
      'total',
      'average',
      'previous',
      'change',
    ]);
  });

  it('adds the projection for the month so far, and the budget with it', () => {
    const month = { from: '2026-11-01', to: '2026-11-18' };
    const figures = costFigures({ total: 180, range: month, today: '2026-11-18', previousTotal: null, budget: 240 });
    expect(figures.slice(2).map((figure) => [figure.label, figure.value, displayFigure(figure, 'en-US')])).toEqual([
      ['Projected month end', 300, '$300.00'],
      ['Monthly budget', 240, '$240.00'],
      ['Budget used', 75, '75%'],
    ]);
  });

  it('becomes CSV rows, one per figure, at full precision', () => {
    const figures = costFigures({ total: 1, range: { from: '2026-11-28', to: '2026-11-30' }, today: '2026-11-30', previousTotal: 3, budget: null });
    expect(costCsv(figures)).toEqual({
      header: ['Measure', 'Value', 'Unit'],
      rows: [
        ['Total cost', 1, 'USD'],
        ['Average per day', 0.333333, 'USD'],
        ['Previous period total', 3, 'USD'],
        ['Change', -2, 'USD'],
        ['Change (%)', -66.67, '%'],
      ],
    });
  });
});

describe('costSummary', () => {
  const week = { from: '2026-11-24', to: '2026-11-30' };
  const base = { range: week, today: '2026-11-30', budget: null, period: '7d' as const };

  it('says the cost, the average and the change in one sentence', () => {
    expect(costSummary({ ...base, total: 5.75, previousTotal: null, compare: false }, 'en-US')).toBe(
      'LLM cost was $5.75 in the last 7 days ($0.82 a day).',
    );
    expect(costSummary({ ...base, total: 5.75, previousTotal: 6.53, compare: true }, 'en-US')).toBe(
      'LLM cost was $5.75 in the last 7 days ($0.82 a day), 12% less than the 7 days before ($6.53).',
    );
    expect(costSummary({ ...base, total: 2, previousTotal: 0, compare: true }, 'en-US')).toBe(
      'LLM cost was $2.00 in the last 7 days ($0.29 a day), against nothing the 7 days before ($0.00).',
    );
  });

  it('adds the projection and the budget for the month so far', () => {
    const month = { range: { from: '2026-11-01', to: '2026-11-18' }, today: '2026-11-18', period: 'custom' as const };
    expect(costSummary({ ...month, total: 180, previousTotal: null, budget: 240, compare: false }, 'en-US')).toMatch(
      /^LLM cost was \$180\.00 in Nov 1\s–\s18, 2026 \(\$10\.00 a day\); at this rate the month ends at \$300\.00, \$60\.00 over the \$240\.00 budget\.$/,
    );
    expect(costSummary({ ...month, total: 180, previousTotal: null, budget: 400, compare: false }, 'en-US')).toContain(
      'the month ends at $300.00, within the $400.00 budget.',
    );
  });
});
