import { QueryClient } from '@tanstack/react-query';
import { retryDelay, shouldRetry } from '../api/retry';

/** Analytics move slowly: a view seen in the last minute is shown again without asking. */
export const FRESH_FOR_MS = 60_000;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: FRESH_FOR_MS,
        retry: shouldRetry,
        retryDelay,
        refetchOnWindowFocus: false,
        // The first view's queries start before the cards mount (app/first-view): a card that
        // mounts onto a failed one shows the failure and its Retry rather than asking again.
        retryOnMount: false,
      },
    },
  });
}
