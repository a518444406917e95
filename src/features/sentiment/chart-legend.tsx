import { formatRange } from '../../lib/format';
import type { DayRange } from '../../../shared/periods';

/** Which line is which, when the chart draws the previous period too. */
export function ChartLegend({ range, previous }: { range: DayRange; previous: DayRange }) {
  return (
    <ul className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground" aria-label="Chart lines">
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className="inline-block h-0.5 w-5 rounded bg-chart-1" />
        {formatRange(range)}
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className="inline-block w-5 border-t-2 border-dashed border-chart-2" />
        Previous period, {formatRange(previous)}
      </li>
    </ul>
  );
}
