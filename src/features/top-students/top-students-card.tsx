import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Scope } from '../../../shared/scope';
import { describeError } from '../../api/describe-error';
import { analyticsQueries } from '../../api/queries';
import { Card } from '../../components/card';
import { ExportCsvButton } from '../../components/export-csv-button';
import { useCsvExport } from '../../lib/use-csv-export';
import { InlineError } from '../../components/inline-error';
import { formatRange } from '../../lib/format';
import { previousRange, type DayRange, type Period } from '../../../shared/periods';
import { MentorFilter } from './mentor-filter';
import { mentorName, mentorPhrase, mentorProvenance } from './mentor-label';
import { useMentorView } from './use-mentor-view';
import { rankStudents } from './rank-students';
import { StudentTable } from './student-table';
import { topStudentsCsv, topStudentsSummary, withMovement, type StudentRow } from './student-movement';

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

  const csv = useCsvExport(
    { scope, range },
    {
      name: 'top-students',
      title: 'Top students',
      mentor: mentorProvenance(mentorView),
      mentorName: mentorName(mentorView),
      previous: compare ? previous : null,
    },
    () => (rows ? topStudentsCsv(rows, compare) : null),
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
      actions={<ExportCsvButton what="top students" disabled={!rows || query.isPlaceholderData} csv={csv} />}
    >
      {(data) => (
        <>
          <p className="sr-only" data-testid="top-students-summary">
            {topStudentsSummary(data, { period, range, mentor: mentorName(mentorView), compare })}
          </p>
          {compare ? (
            previousQuery.isError && !previousQuery.isFetching ? (
              <InlineError className="mb-3" retryLabel="Retry previous period" onRetry={() => void previousQuery.refetch()}>
                Movement against {formatRange(previous)} is not shown: {describeError(previousQuery.error, scope)}
              </InlineError>
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
