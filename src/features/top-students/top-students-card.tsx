import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Scope } from '../../../shared/scope';
import { describeError } from '../../api/describe-error';
import { analyticsQueries } from '../../api/queries';
import { Card } from '../../components/card';
import { ExportCsvButton } from '../../components/export-csv-button';
import { useCsvExport } from '../../lib/use-csv-export';
import { formatCount, formatRange } from '../../lib/format';
import { previousRange, type DayRange, type Period } from '../../../shared/periods';
import { MentorFilter } from './mentor-filter';
import { mentorName, mentorPhrase, mentorProvenance } from './mentor-label';
import { useMentorView } from './use-mentor-view';
import { rankStudents } from './rank-students';
import {
  MOVEMENT_COLUMNS,
  movementLabel,
  STUDENT_COLUMNS,
  topStudentsCsv,
  topStudentsSummary,
  withMovement,
  type Movement,
  type StudentRow,
} from './student-movement';

interface Props {
  scope: Scope;
  range: DayRange;
  mentor: string | null;
  onMentorChange: (mentor: string | null) => void;
  /** The view's period, for the screen-reader summary ("in the last 7 days"); a custom range is named by its dates. */
  period?: Period;
  /** Show each student's movement against the previous period's top 20. */
  compare?: boolean;
}

export function TopStudentsCard({ scope, range, mentor, onMentorChange, period = 'custom', compare = false }: Props) {
  const query = useQuery(analyticsQueries.topStudents(scope, range, mentor));
  const { view: mentorView, retry: retryMentorName } = useMentorView(scope, mentor);
  const previous = previousRange(range);
  const previousQuery = useQuery({ ...analyticsQueries.topStudents(scope, previous, mentor), enabled: compare });
  // Placeholder data belongs to another range or mentor: no movement until the right previous list is in.
  const previousRows = compare && !previousQuery.isPlaceholderData ? previousQuery.data : undefined;
  const rows = useMemo((): StudentRow[] | undefined => {
    if (!query.data) return undefined;
    const ranked = rankStudents(query.data);
    return previousRows ? withMovement(ranked, rankStudents(previousRows)) : ranked;
  }, [query.data, previousRows]);

  const csv = useCsvExport(() =>
    rows
      ? {
          source: {
            name: 'top-students',
            title: 'Top students',
            org: scope.org,
            mentor: mentorProvenance(mentorView),
            mentorName: mentorName(mentorView),
            range,
            previous: compare ? previous : null,
            link: window.location.href,
          },
          table: topStudentsCsv(rows, compare),
        }
      : null,
  );

  return (
    <Card
      title="Top students"
      subtitle={`By chat messages · ${mentorPhrase(mentorView)} · ${formatRange(range)} (UTC)`}
      query={{ ...query, data: rows }}
      describeError={(error) => describeError(error, scope)}
      isEmpty={(data) => data.length === 0}
      empty={
        mentorView.kind === 'unknown'
          ? 'No chat messages: this org has no mentor with this unique id. Choose another mentor.'
          : mentor
            ? `No chat messages for mentor “${mentorName(mentorView) ?? mentor}” in this range. Pick a longer period or another mentor.`
            : 'No chat messages in this range. Pick a longer period.'
      }
      skeletonClassName="h-96"
      className="lg:col-span-3"
      toolbar={
        <MentorFilter scope={scope} mentor={mentor} view={mentorView} onRetryName={retryMentorName} onChange={onMentorChange} />
      }
      actions={
        <>
          <ExportCsvButton what="top students" disabled={!rows || query.isPlaceholderData} csv={csv} />
        </>
      }
    >
      {(data) => (
        <>
          <p className="sr-only" data-testid="top-students-summary">
            {topStudentsSummary(data, { period, range, mentor: mentorName(mentorView), compare })}
          </p>
          {compare ? (
            previousQuery.isError && !previousQuery.isFetching ? (
              <div className="mb-3 flex flex-wrap items-center gap-3 rounded-md bg-destructive/10 px-3 py-2 text-sm text-destructive">
                <p>
                  Movement against {formatRange(previous)} is not shown: {describeError(previousQuery.error, scope)}
                </p>
                <button type="button" className="button-secondary" onClick={() => void previousQuery.refetch()}>
                  Retry previous period
                </button>
              </div>
            ) : (
              <p className="mb-3 text-sm text-muted-foreground">
                Change in rank against the top 20 of {formatRange(previous)} (UTC).
              </p>
            )
          ) : null}
          <StudentTable rows={data} compare={compare} />
        </>
      )}
    </Card>
  );
}

function StudentTable({ rows, compare }: { rows: StudentRow[]; compare: boolean }) {
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

function MovementMarker({ movement }: { movement: Movement | undefined }) {
  if (!movement) {
    return (
      <span className="text-muted-foreground">
        <span aria-hidden="true">…</span>
        <span className="sr-only">loading</span>
      </span>
    );
  }
  const { marker, words } = movementLabel(movement);
  const tone = {
    up: 'text-success',
    down: 'text-destructive',
    same: 'text-muted-foreground',
    new: 'rounded bg-accent px-1.5 py-0.5 text-xs font-semibold text-accent-foreground',
  }[movement.kind];
  return (
    <span className={`font-medium ${tone}`} title={words}>
      <span aria-hidden="true">{marker}</span>
      <span className="sr-only">{words}</span>
    </span>
  );
}
