import { formatMoney, formatRange } from '../../lib/format';
import type { IsoDay } from '../../../shared/utc-day';
import { budgetProgress } from './cost-figures';

interface Props {
  spent: number;
  projected: number;
  budget: number;
  monthEnd: IsoDay;
}

/** The month so far against the budget: a bar, the projection's mark on it, and what it means in words. */
export function BudgetMeter({ spent, projected, budget, monthEnd }: Props) {
  const progress = budgetProgress(spent, projected, budget);
  const used = Math.min(progress.usedShare, 1) * 100;
  const marker = Math.min(progress.projectedShare, 1) * 100;
  return (
    <div className="flex flex-col gap-2">
      <div className="relative h-2.5 rounded-full bg-muted" aria-hidden="true" data-testid="budget-bar">
        <div
          className={`h-2.5 rounded-full ${progress.overBy !== null ? 'bg-destructive' : 'bg-primary'}`}
          style={{ width: `${Math.max(used, 1)}%` }}
        />
        <div
          className="absolute -top-1 h-4.5 w-0.5 bg-warning-foreground"
          style={{ left: `calc(${marker}% - 1px)` }}
          title="Projected month end"
        />
      </div>
      {progress.overBy !== null ? (
        <p className="notice-error">
          <strong className="font-semibold">Over budget:</strong> {formatMoney(progress.overBy)} more than the {formatMoney(budget)}{' '}
          monthly budget already.
        </p>
      ) : progress.projectedOverBy !== null ? (
        <p className="notice-warning">
          <strong className="font-semibold">Warning:</strong> at this rate the month ends at {formatMoney(projected)} on{' '}
          {formatRange({ from: monthEnd, to: monthEnd })}, {formatMoney(progress.projectedOverBy)} over the {formatMoney(budget)} budget.
        </p>
      ) : (
        <p className="text-sm text-muted-foreground">Within budget at this rate.</p>
      )}
    </div>
  );
}
