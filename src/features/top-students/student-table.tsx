import { formatCount } from '../../lib/format';
import { MovementMarker } from './movement-marker';
import { MOVEMENT_COLUMNS, STUDENT_COLUMNS, type StudentRow } from './student-movement';

/** The leaderboard: rank, student, messages with a bar, and the movement when comparing. */
export function StudentTable({ rows, compare }: { rows: StudentRow[]; compare: boolean }) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">Top students by chat messages, highest first</caption>
      <thead className="text-left text-muted-foreground">
        <tr className="border-b border-border">
          <th scope="col" className="w-16 py-2 pr-2 font-medium">{STUDENT_COLUMNS[0]}</th>
          <th scope="col" className="py-2 pr-2 font-medium">{STUDENT_COLUMNS[1]}</th>
          <th scope="col" className="w-2/5 py-2 text-right font-medium">{STUDENT_COLUMNS[2]}</th>
          {compare ? (
            <th scope="col" className="w-16 py-2 pl-2 text-right font-medium sm:w-24 sm:pl-4">
              {MOVEMENT_COLUMNS[1]}
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          // The API does not promise unique usernames; position keeps keys unique.
          <tr key={`${index}:${row.username}`} className="border-b border-border last:border-0">
            <td className="py-1.5 pr-2 text-muted-foreground tabular-nums">{row.rank}</td>
            <td className="max-w-0 truncate py-1.5 pr-2 font-medium text-foreground" title={row.username}>
              {row.username}
            </td>
            <td className="py-1.5">
              <div className="flex items-center justify-end gap-2">
                <div className="h-2 flex-1 rounded-full bg-muted" aria-hidden="true">
                  <div className="h-2 rounded-full bg-chart-1" style={{ width: `${Math.max(row.share * 100, 1)}%` }} />
                </div>
                <span className="w-14 text-right tabular-nums">{formatCount(row.messages)}</span>
              </div>
            </td>
            {compare ? (
              <td className="py-1.5 pl-2 text-right whitespace-nowrap tabular-nums sm:pl-4">
                <MovementMarker movement={row.movement} />
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
