import { useQuery } from '@tanstack/react-query';
import type { Scope } from '../../api/client';
import { describeError } from '../../api/describe-error';
import { analyticsQueries } from '../../api/queries';
import { Card } from '../../components/card';
import { RangePopover, type PeriodChoice } from '../../components/range-popover';
import { formatMoney, formatRange } from '../../lib/format';
import { PRESET_LABELS, rangeLength } from '../../lib/periods';
import type { IsoDay } from '../../lib/utc-day';

interface Props {
  scope: Scope;
  current: PeriodChoice;
  today: IsoDay;
  onPeriodChange: (choice: PeriodChoice) => void;
}

export function CostCard({ scope, current, today, onPeriodChange }: Props) {
  const query = useQuery(analyticsQueries.cost(scope, current.range));
  const days = rangeLength(current.range);

  return (
    <Card
      title="LLM cost"
      subtitle={current.period === 'custom' ? 'Custom range' : PRESET_LABELS[current.period]}
      query={query}
      describeError={(error) => describeError(error, scope)}
      skeletonClassName="h-32"
      actions={
        <RangePopover
          label="Change dates"
          triggerClassName="button-secondary"
          current={current}
          today={today}
          withPresets
          onChange={onPeriodChange}
        />
      }
    >
      {(data) => (
        <dl className="flex flex-col gap-3">
          <div>
            <dt className="sr-only">Total cost</dt>
            <dd className="text-4xl font-semibold tracking-tight text-slate-900 tabular-nums">
              {formatMoney(data.total_cost)}
            </dd>
          </div>
          <div>
            <dt className="sr-only">Range</dt>
            <dd className="text-sm text-slate-700">
              {formatRange(current.range)} (UTC) · {days === 1 ? '1 day' : `${days} days`}
            </dd>
          </div>
          <div className="flex items-baseline gap-2 border-t border-slate-100 pt-3">
            <dt className="text-sm text-slate-600">Average per day</dt>
            <dd className="font-medium text-slate-900 tabular-nums">{formatMoney(data.total_cost / days)}</dd>
          </div>
        </dl>
      )}
    </Card>
  );
}
