import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Scope } from '../api/client';
import { viewQueries } from '../api/queries';
import type { PeriodChoice } from '../components/range-popover';
import type { IsoDay } from '../lib/utc-day';

/**
 * Warms the queries of a period about to be chosen (a preset hovered or focused), so the
 * click finds its data in flight or cached. Fresh queries are not fetched again. A comparison
 * asks sentiment for a longer preset, so only the cost and the leaderboard are warmed then.
 */
export function usePrefetchView(
  scope: Scope,
  filters: { mentor: string | null; compare: boolean },
  today: IsoDay,
): (choice: PeriodChoice) => void {
  const queryClient = useQueryClient();
  const { mentor, compare } = filters;
  return useCallback(
    (choice: PeriodChoice) => {
      const queries = viewQueries(scope, { ...choice, mentor }, today);
      if (!compare) void queryClient.prefetchQuery(queries.sentiment);
      void queryClient.prefetchQuery(queries.cost);
      void queryClient.prefetchQuery(queries.topStudents);
    },
    [queryClient, scope, mentor, compare, today],
  );
}
