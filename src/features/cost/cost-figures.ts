import type { CsvTable } from '../../lib/csv';
import { formatMoney, formatPercent } from '../../lib/format';
import { daysInMonth, isMonthToDate, monthToDate, periodChange, PRESETS, resolvePreset, type DayRange, type Period, type PeriodChange } from '../../../shared/periods';
import { periodPhrase, previousPhrase } from '../../lib/period-words';
import { addDays, daysBetween, type IsoDay } from '../../../shared/utc-day';
import { MAX_BUDGET, parseBudgetAmount } from '../../../shared/budget';

export interface MonthProjection {
  /** Days of the month so far, today included. */
  elapsedDays: number;
  daysInMonth: number;
  monthEnd: IsoDay;
  /** The month's cost at the average per day so far. */
  projected: number;
}

/**
 * Only for the current month so far (the 1st of today's UTC month to today): the cost at the
 * same average per day until the month's last day. Today counts as a whole day although it is
 * not over, so early in a day the projection is on the low side.
 */
export function monthProjection(total: number, range: DayRange, today: IsoDay): MonthProjection | null {
  if (!isMonthToDate(range, today)) return null;
  const elapsedDays = daysBetween(range.from, today) + 1;
  const length = daysInMonth(today);
  return {
    elapsedDays,
    daysInMonth: length,
    monthEnd: addDays(range.from, length - 1),
    projected: (total / elapsedDays) * length,
  };
}

export interface BudgetProgress {
  budget: number;
  /** Spent so far as a share of the budget (1 = all of it; may exceed 1). */
  usedShare: number;
  /** The projection as a share of the budget. */
  projectedShare: number;
  /** How far the projection goes past the budget, or null when it stays within. */
  projectedOverBy: number | null;
  /** How far the month so far is past the budget already, or null. */
  overBy: number | null;
}

export function budgetProgress(spent: number, projected: number, budget: number): BudgetProgress {
  return {
    budget,
    usedShare: spent / budget,
    projectedShare: projected / budget,
    projectedOverBy: projected > budget ? projected - budget : null,
    overBy: spent > budget ? spent - budget : null,
  };
}

/** The preset that is the month so far when there is one (on the 1st, Today), else a custom range. */
export function monthToDateChoice(today: IsoDay): { period: Period; range: DayRange } {
  const range = monthToDate(today);
  const preset = PRESETS.find((candidate) => {
    const resolved = resolvePreset(candidate, today);
    return resolved.from === range.from && resolved.to === range.to;
  });
  return { period: preset ?? 'custom', range };
}

export type BudgetInput = { ok: true; budget: number | null } | { ok: false; error: string };

/** What the admin typed: "250", "$1,000.50", or nothing to remove the budget. Same limits as the URL. */
export function parseBudgetInput(text: string): BudgetInput {
  const cleaned = text.trim().replace(/^\$\s*/, '').replace(/,(?=\d{3}(\D|$))/g, '');
  if (cleaned === '') return { ok: true, budget: null };
  const budget = parseBudgetAmount(cleaned);
  if (budget !== null) return { ok: true, budget };
  return {
    ok: false,
    error: `Enter an amount in dollars above 0 and up to ${formatMoney(MAX_BUDGET, 'en-US').replace(/\.00$/, '')}, e.g. 250 or 99.50.`,
  };
}

export type FigureId = 'total' | 'average' | 'previous' | 'change' | 'change-percent' | 'projection' | 'budget' | 'budget-used';

/** One line of the card, and one row of its CSV. */
export interface CostFigure {
  id: FigureId;
  label: string;
  value: number;
  unit: 'USD' | '%';
  /** For a change: whether it went up or down (cost falling is good). */
  direction?: PeriodChange['direction'];
}

export interface CostInputs {
  total: number;
  range: DayRange;
  today: IsoDay;
  /** The previous period's total when comparing and loaded; otherwise null. */
  previousTotal: number | null;
  budget: number | null;
}

/** Every figure the card shows, in the order it shows them. */
export function costFigures({ total, range, today, previousTotal, budget }: CostInputs): CostFigure[] {
  const days = daysBetween(range.from, range.to) + 1;
  const figures: CostFigure[] = [
    { id: 'total', label: 'Total cost', value: total, unit: 'USD' },
    { id: 'average', label: 'Average per day', value: total / days, unit: 'USD' },
  ];
  if (previousTotal !== null) {
    const change = periodChange(total, previousTotal);
    figures.push(
      { id: 'previous', label: 'Previous period total', value: previousTotal, unit: 'USD' },
      { id: 'change', label: 'Change', value: change.difference, unit: 'USD', direction: change.direction },
    );
    if (change.ratio !== null) {
      figures.push({ id: 'change-percent', label: 'Change (%)', value: change.ratio * 100, unit: '%', direction: change.direction });
    }
  }
  const projection = monthProjection(total, range, today);
  if (projection) {
    figures.push({ id: 'projection', label: 'Projected month end', value: projection.projected, unit: 'USD' });
    if (budget !== null) {
      figures.push(
        { id: 'budget', label: 'Monthly budget', value: budget, unit: 'USD' },
        { id: 'budget-used', label: 'Budget used', value: (total / budget) * 100, unit: '%' },
      );
    }
  }
  return figures;
}

/** A figure as the card shows it: "$5.75", "▼ $0.78", "82%". */
export function displayFigure(figure: CostFigure, locale?: string): string {
  const arrow = figure.direction === 'up' ? '▲ ' : figure.direction === 'down' ? '▼ ' : '';
  if (figure.unit === '%') return `${arrow}${formatPercent(figure.value / 100, locale)}`;
  return `${arrow}${formatMoney(figure.direction ? Math.abs(figure.value) : figure.value, locale)}`;
}

/** The card's figures as CSV rows: a figure per row, full precision, signed changes. */
export function costCsv(figures: readonly CostFigure[]): CsvTable {
  return {
    header: ['Measure', 'Value', 'Unit'],
    rows: figures.map((figure) => [figure.label, round(figure.value, figure.unit === '%' ? 2 : 6), figure.unit]),
  };
}

/**
 * The card in one sentence, e.g. "LLM cost was $5.75 in the last 7 days ($0.82 a day), 12% less
 * than the 7 days before ($6.53)."
 */
export function costSummary(
  inputs: CostInputs & { period: Period; compare: boolean },
  locale?: string,
): string {
  const { total, range, today, previousTotal, budget, period } = inputs;
  const days = daysBetween(range.from, range.to) + 1;
  let sentence = `LLM cost was ${formatMoney(total, locale)} ${periodPhrase(period, range, locale)}`;
  if (days > 1) sentence += ` (${formatMoney(total / days, locale)} a day)`;
  if (inputs.compare && previousTotal !== null) {
    const change = periodChange(total, previousTotal);
    const before = `${previousPhrase(range)} (${formatMoney(previousTotal, locale)})`;
    if (change.direction === 'same') sentence += `, the same as ${before}`;
    else if (change.ratio === null) sentence += `, against nothing ${before}`;
    else sentence += `, ${formatPercent(change.ratio, locale)} ${change.direction === 'up' ? 'more' : 'less'} than ${before}`;
  }
  const projection = monthProjection(total, range, today);
  if (projection) {
    sentence += `; at this rate the month ends at ${formatMoney(projection.projected, locale)}`;
    if (budget !== null) {
      const progress = budgetProgress(total, projection.projected, budget);
      sentence +=
        progress.projectedOverBy === null
          ? `, within the ${formatMoney(budget, locale)} budget`
          : `, ${formatMoney(progress.projectedOverBy, locale)} over the ${formatMoney(budget, locale)} budget`;
    }
  }
  return `${sentence}.`;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
