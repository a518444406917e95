import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isSessionEnded } from '../api/api-error';
import { retryDelay, shouldRetry } from '../api/retry';
import type { SignInAgain } from '../api/sign-in-again';

/** Analytics move slowly: a view seen in the last minute is shown again without asking. */
export const FRESH_FOR_MS = 60_000;

/**
 * `signIn`: in oidc mode, what to do when a call finds the session ended. It is wired here,
 * once for every query (the cards, the first view, the mentor search), not per card.
 */
export function createQueryClient(signIn: SignInAgain | null = null): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (signIn && isSessionEnded(error)) signIn.refused();
      },
      onSuccess: () => signIn?.answered(),
    }),
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
