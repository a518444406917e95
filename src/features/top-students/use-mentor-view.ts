import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Scope } from '../../../shared/scope';
import { analyticsQueries } from '../../api/queries';
import type { Mentor, MentorPage } from '../../api/schemas';
import type { MentorView } from './mentor-label';

function isPage(data: unknown): data is MentorPage {
  return typeof data === 'object' && data !== null && 'mentors' in data;
}

/** A mentor some cached search listed: its name needs no lookup (Back to a mentor chosen from the list). */
export function listedMentor(queryClient: QueryClient, scope: Scope, id: string): Mentor | undefined {
  const wanted = id.toLowerCase();
  for (const [, data] of queryClient.getQueriesData({ queryKey: [...analyticsQueries.scope(scope), 'my-mentors'] })) {
    const found = isPage(data) ? data.mentors.find((mentor) => mentor.id.toLowerCase() === wanted) : undefined;
    if (found) return found;
  }
  return undefined;
}

/**
 * The mentor filter with its name: looked up by unique id only when no search has listed it.
 * `retry` asks again after a failed lookup.
 */
export function useMentorView(scope: Scope, mentor: string | null): { view: MentorView; retry: () => void } {
  const queryClient = useQueryClient();
  const query = useQuery({
    ...analyticsQueries.mentor(scope, mentor ?? ''),
    enabled: mentor !== null,
    initialData: () => (mentor === null ? undefined : listedMentor(queryClient, scope, mentor)),
  });
  const retry = () => void query.refetch();
  if (mentor === null) return { view: { kind: 'all' }, retry };
  if (query.data) return { view: { kind: 'known', id: mentor, name: query.data.name }, retry };
  if (query.data === null) return { view: { kind: 'unknown', id: mentor }, retry };
  if (query.isError) return { view: { kind: 'failed', id: mentor }, retry };
  return { view: { kind: 'loading', id: mentor }, retry };
}
