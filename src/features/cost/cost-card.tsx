import { useQuery } from '@tanstack/react-query';
import type { Scope } from '../../../shared/scope';
import { describeError } from '../../api/describe-error';
import { analyticsQueries } from '../../api/queries';
import { Card } from '../../components/card';
import { ExportCsvButton } from '../../components/export-csv-button';
import { RangePopover, type PeriodChoice } from '../../components/range-popover';
import { useCsvExport } from '../../lib/use-csv-export';
import { formatMoney, formatRange } from '../../lib/format';
import { previousRange, rangeLength, type DayRange } from '../../../shared/periods';
import { PRESET_LABELS } from '../../lib/period-words';
import type { IsoDay } from '../../../shared/utc-day';
import { BudgetField } from './budget-field';
import {
  budgetProgress,
  costCsv,
  costFigures,
  costSummary,
  displayFigure,
  monthProjection,
  monthToDateChoice,
  type CostFigure,
} from './cost-figures';

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
  const csv = useCsvExport(() =>
    query.data
      ? {
          source: {
            name: 'llm-cost',
            title: 'LLM cost',
            org: scope.org,
            range: current.range,
            previous: compare ? previous : null,
            link: window.location.href,
          },
          table: costCsv(costFigures(inputs(query.data.total_cost))),
        }
      : null,
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
                <Figure key={figure.id} figure={figure} />
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

function Figure({ figure }: { figure: CostFigure }) {
  // Lower is better for cost: a fall is green, a rise red.
  const tone =
    figure.direction === 'down' ? 'text-success' : figure.direction === 'up' ? 'text-destructive' : 'text-foreground';
  return (
    <div className="contents">
      <dt className="text-muted-foreground">{figure.label}</dt>
      <dd className={`text-right font-medium tabular-nums ${tone}`}>{displayFigure(figure)}</dd>
    </div>
  );
}

function PreviousStatus(props: {
  previous: DayRange;
  loading: boolean;
  error: string | null;
  onRetry: () => void;
}) {
  if (props.error) {
    return (
      <div className="flex flex-col items-start gap-2 rounded-md bg-destructive/10 px-3 py-2 text-sm text-destructive">
        <p>The previous period ({formatRange(props.previous)}) could not be loaded. {props.error}</p>
        <button type="button" className="button-secondary" onClick={props.onRetry}>
          Retry previous period
        </button>
      </div>
    );
  }
  return (
    <p className="text-sm text-muted-foreground">
      {props.loading ? 'Loading the previous period, ' : 'Compared with '}
      {formatRange(props.previous)} (UTC){props.loading ? '…' : ''}
    </p>
  );
}

function BudgetMeter({ spent, projected, budget, monthEnd }: { spent: number; projected: number; budget: number; monthEnd: IsoDay }) {
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
        <p className="rounded-md bg-destructive/10 px-3 py-2 text-sm text-destructive">
          <strong className="font-semibold">Over budget:</strong> {formatMoney(progress.overBy)} more than the {formatMoney(budget)}{' '}
          monthly budget already.
        </p>
      ) : progress.projectedOverBy !== null ? (
        <p className="rounded-md bg-warning px-3 py-2 text-sm text-warning-foreground">
          <strong className="font-semibold">Warning:</strong> at this rate the month ends at {formatMoney(projected)} on{' '}
          {formatRange({ from: monthEnd, to: monthEnd })}, {formatMoney(progress.projectedOverBy)} over the {formatMoney(budget)} budget.
        </p>
      ) : (
        <p className="text-sm text-muted-foreground">Within budget at this rate.</p>
      )}
    </div>
  );
}
