import { NotAvailable } from '../../components/not-available';
import { TableFrame } from '../../components/table-frame';
import { formatCount, formatDay } from '../../lib/format';
import { PREVIOUS_COLUMNS, SENTIMENT_COLUMNS, type SentimentRow } from './sentiment-series';

/** The chart's numbers as a table, day by day ("Show table"), with the previous period's beside them. */
export function SentimentTable({ id, series, compare }: { id: string; series: SentimentRow[]; compare: boolean }) {
  const columns = compare ? [...SENTIMENT_COLUMNS, ...PREVIOUS_COLUMNS] : SENTIMENT_COLUMNS;
  return (
    <TableFrame
      id={id}
      caption="Daily sentiment entries"
      scrolls
      head={columns.map((column, index) => (
        <th key={column} scope="col" className={`px-3 py-2 font-medium ${index % 2 === 1 ? 'text-right' : ''}`}>
          {column}
        </th>
      ))}
    >
      {series.map((point) => (
        <tr key={point.day} className="border-t border-border">
          <td className="px-3 py-1.5">{formatDay(point.day)}</td>
          <td className="px-3 py-1.5 text-right tabular-nums">{formatCount(point.count)}</td>
          {compare ? (
            <>
              <td className="px-3 py-1.5 text-muted-foreground">{point.previousDay ? formatDay(point.previousDay) : ''}</td>
              <td className="px-3 py-1.5 text-right text-muted-foreground tabular-nums">
                {typeof point.previousCount === 'number' ? formatCount(point.previousCount) : <NotAvailable />}
              </td>
            </>
          ) : null}
        </tr>
      ))}
    </TableFrame>
  );
}
