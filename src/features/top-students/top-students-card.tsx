import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Scope } from '../../api/client';
import { describeError } from '../../api/describe-error';
import { analyticsQueries } from '../../api/queries';
import { Card } from '../../components/card';
import { formatCount, formatRange } from '../../lib/format';
import type { DayRange } from '../../lib/periods';
import { MentorFilter } from './mentor-filter';
import { rankStudents, type RankedStudent } from './rank-students';

interface Props {
  scope: Scope;
  range: DayRange;
  mentor: string | null;
  onMentorChange: (mentor: string | null) => void;
}

export function TopStudentsCard({ scope, range, mentor, onMentorChange }: Props) {
  const query = useQuery(analyticsQueries.topStudents(scope, range, mentor));
  const ranked = useMemo(() => (query.data ? rankStudents(query.data) : undefined), [query.data]);

  return (
    <Card
      title="Top students"
      subtitle={`By chat messages · ${mentor ? `mentor ${mentor}` : 'all mentors'} · ${formatRange(range)} (UTC)`}
      query={{ ...query, data: ranked }}
      describeError={(error) => describeError(error, scope)}
      isEmpty={(rows) => rows.length === 0}
      empty={
        mentor
          ? `No chat messages for mentor “${mentor}” in this range. Check the mentor id or pick a longer period.`
          : 'No chat messages in this range. Pick a longer period.'
      }
      skeletonClassName="h-96"
      className="lg:col-span-3"
      toolbar={<MentorFilter mentor={mentor} onChange={onMentorChange} />}
    >
      {(rows) => <StudentTable rows={rows} />}
    </Card>
  );
}

function StudentTable({ rows }: { rows: RankedStudent[] }) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">Top students by chat messages, highest first</caption>
      <thead className="text-left text-slate-600">
        <tr className="border-b border-slate-200">
          <th scope="col" className="w-16 py-2 pr-2 font-medium">Rank</th>
          <th scope="col" className="py-2 pr-2 font-medium">Student</th>
          <th scope="col" className="w-2/5 py-2 text-right font-medium">Messages</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.username} className="border-b border-slate-100 last:border-0">
            <td className="py-1.5 pr-2 text-slate-600 tabular-nums">{row.rank}</td>
            <td className="max-w-0 truncate py-1.5 pr-2 font-medium text-slate-900" title={row.username}>
              {row.username}
            </td>
            <td className="py-1.5">
              <div className="flex items-center justify-end gap-2">
                <div className="h-2 flex-1 rounded-full bg-slate-100" aria-hidden="true">
                  <div className="h-2 rounded-full bg-indigo-500" style={{ width: `${Math.max(row.share * 100, 1)}%` }} />
                </div>
                <span className="w-14 text-right tabular-nums">{formatCount(row.messages)}</span>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
