import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Scope } from '../api/client';
import { viewQueries } from '../api/queries';
import type { PeriodChoice } from '../components/range-popover';
import type { IsoDay } from '../lib/utc-day';

/**
 * Warms the three queries of a period about to be chosen (a preset hovered or focused), so
 * the click finds its data in flight or cached. Fresh queries are not fetched again.
 */
export function usePrefetchView(scope: Scope, mentor: string | null, today: IsoDay): (choice: PeriodChoice) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (choice: PeriodChoice) => {
      for (const query of viewQueries(scope, { ...choice, mentor }, today)) void queryClient.prefetchQuery(query);
    },
    [queryClient, scope, mentor, today],
  );
}
