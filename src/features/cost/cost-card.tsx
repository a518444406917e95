import { useQuery } from '@tanstack/react-query';
import type { Scope } from '../../../shared/scope';
import { describeError } from '../../api/describe-error';
import { analyticsQueries } from '../../api/queries';
import { Card } from '../../components/card';
import { ExportCsvButton } from '../../components/export-csv-button';
import { RangePopover, type PeriodChoice } from '../../components/range-popover';
import { useCsvExport } from '../../lib/use-csv-export';
import { formatMoney, formatRange } from '../../lib/format';
import { previousRange, rangeLength } from '../../../shared/periods';
import { PRESET_LABELS } from '../../lib/period-words';
import type { IsoDay } from '../../../shared/utc-day';
import { BudgetField } from './budget-field';
import { BudgetMeter } from './budget-meter';
import { CostFigureRow } from './cost-figure-row';
import { costCsv, costFigures, costSummary, monthProjection, monthToDateChoice } from './cost-figures';
import { PreviousStatus } from './previous-status';

interface Props {
  scope: Scope;
  current: PeriodChoice;
  today: IsoDay;
  onPeriodChange: (choice: PeriodChoice) => void;
  /** Compare with the period of the same length just before. */
  compare?: boolean;
  /** Monthly budget in US dollars. */
  budget?: number | null;
  /** Sets or removes (null) the monthly budget; without it the budget field is not shown. */
  onBudgetChange?: (budget: number | null) => void;
}

export function CostCard({ scope, current, today, onPeriodChange, compare = false, budget = null, onBudgetChange }: Props) {
  const query = useQuery(analyticsQueries.cost(scope, current.range));
  const previous = previousRange(current.range);
  const previousQuery = useQuery({ ...analyticsQueries.cost(scope, previous), enabled: compare });
  const days = rangeLength(current.range);
  // Placeholder data belongs to another range: no previous figures until the right ones are in.
  const previousTotal =
    compare && previousQuery.data && !previousQuery.isPlaceholderData ? previousQuery.data.total_cost : null;

  const inputs = (total: number) => ({ total, range: current.range, today, previousTotal, budget });
  const csv = useCsvExport(
    { scope, range: current.range },
    { name: 'llm-cost', title: 'LLM cost', previous: compare ? previous : null },
    () => (query.data ? costCsv(costFigures(inputs(query.data.total_cost))) : null),
  );

  return (
    <Card
      title="LLM cost"
      subtitle={current.period === 'custom' ? 'Custom range' : PRESET_LABELS[current.period]}
      query={query}
      describeError={(error) => describeError(error, scope)}
      skeletonClassName="h-32"
      actions={
        <>
          <ExportCsvButton what="LLM cost" disabled={!query.data || query.isPlaceholderData} csv={csv} />
          <RangePopover
            label="Change dates"
            triggerClassName="button-secondary"
            current={current}
            today={today}
            withPresets
            onChange={onPeriodChange}
          />
        </>
      }
    >
      {(data) => {
        const figures = costFigures(inputs(data.total_cost));
        const [total, ...rest] = figures;
        const projection = monthProjection(data.total_cost, current.range, today);
        return (
          <div className="flex flex-col gap-3">
            <p className="sr-only" data-testid="cost-summary">
              {costSummary({ ...inputs(data.total_cost), period: current.period, compare })}
            </p>
            <dl>
              <dt className="sr-only">{total?.label}</dt>
              <dd className="text-4xl font-semibold tracking-tight text-foreground tabular-nums">
                {formatMoney(data.total_cost)}
              </dd>
            </dl>
            <p className="text-sm text-foreground">
              {formatRange(current.range)} (UTC) · {days === 1 ? '1 day' : `${days} days`}
            </p>
            {compare ? (
              <PreviousStatus
                previous={previous}
                loading={previousTotal === null && !previousQuery.isError}
                error={previousQuery.isError && !previousQuery.isFetching ? describeError(previousQuery.error, scope) : null}
                onRetry={() => void previousQuery.refetch()}
              />
            ) : null}
            <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1.5 border-t border-border pt-3 text-sm">
              {rest.map((figure) => (
                <CostFigureRow key={figure.id} figure={figure} />
              ))}
            </dl>
            {projection && budget !== null ? (
              <BudgetMeter spent={data.total_cost} projected={projection.projected} budget={budget} monthEnd={projection.monthEnd} />
            ) : null}
            {projection ? (
              <p className="text-xs text-muted-foreground">
                Projected to {formatRange({ from: projection.monthEnd, to: projection.monthEnd })} at the average per day of the{' '}
                {projection.elapsedDays === 1 ? 'first day' : `${projection.elapsedDays} days so far`}.
              </p>
            ) : (
              <p className="text-xs text-muted-foreground">
                Shown for the current month so far: a month-end projection{budget !== null ? ` and the ${formatMoney(budget)} budget` : ''}.{' '}
                <button
                  type="button"
                  className="font-medium text-primary underline underline-offset-2 hover:decoration-2"
                  onClick={() => onPeriodChange(monthToDateChoice(today))}
                >
                  This month so far
                </button>
              </p>
            )}
            {onBudgetChange ? <BudgetField budget={budget} onChange={onBudgetChange} /> : null}
          </div>
        );
      }}
    </Card>
  );
}
