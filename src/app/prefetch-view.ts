import type { QueryClient } from '@tanstack/react-query';
import type { Scope } from '../../shared/scope';
import { analyticsQueries, viewQueries } from '../api/queries';
import type { DashboardView } from '../../shared/requests';
import type { IsoDay } from '../../shared/utc-day';

/**
 * Starts the queries a view's cards will ask for, so they find their data in flight or cached
 * (fresh ones are not fetched again). A comparison asks sentiment for a longer preset, so
 * only the split, the cost and the leaderboard are warmed then. A view filtered by a mentor looks
 * the mentor's name up beside them, not after. Settles when all have, never rejects.
 */
export function prefetchView(
  queryClient: QueryClient,
  scope: Scope,
  view: DashboardView & { compare: boolean },
  today: IsoDay,
): Promise<unknown> {
  const queries = viewQueries(scope, view, today);
  return Promise.all([
    view.compare ? null : queryClient.prefetchQuery(queries.sentiment),
    queryClient.prefetchQuery(queries.userSentiment),
    queryClient.prefetchQuery(queries.cost),
    queryClient.prefetchQuery(queries.topStudents),
    view.mentor === null ? null : queryClient.prefetchQuery(analyticsQueries.mentor(scope, view.mentor)),
  ]);
}
