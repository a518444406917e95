import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Scope } from '../../shared/scope';
import type { PeriodChoice } from '../components/range-popover';
import type { IsoDay } from '../../shared/utc-day';
import { prefetchView } from './prefetch-view';

/** Warms the queries of a period about to be chosen (a preset hovered or focused), so the click finds its data. */
export function usePrefetchView(
  scope: Scope,
  filters: { mentor: string | null; compare: boolean },
  today: IsoDay,
): (choice: PeriodChoice) => void {
  const queryClient = useQueryClient();
  const { mentor, compare } = filters;
  return useCallback(
    (choice: PeriodChoice) => void prefetchView(queryClient, scope, { ...choice, mentor, compare }, today),
    [queryClient, scope, mentor, compare, today],
  );
}
