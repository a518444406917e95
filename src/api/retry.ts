import { isApiError } from './api-error';

/** At most two retries: three tries in all. */
export const MAX_RETRIES = 2;
/** A longer Retry-After is not sat out on an open page; the card says when to try again. */
export const MAX_AUTO_RETRY_AFTER_S = 60;

/**
 * Retry what may pass by itself (network, timeout, 5xx, 429); a 4xx will say the same again,
 * and so will an answer of the wrong shape.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && retriesAutomatically(error);
}

/** Whether this kind of failure is retried at all (before counting tries). */
export function retriesAutomatically(error: unknown): boolean {
  if (!isApiError(error)) return false;
  if (error.retryAfter !== null && error.retryAfter > MAX_AUTO_RETRY_AFTER_S) return false;
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  if (error.kind !== 'http' || error.status === null) return false;
  return error.status === 429 || error.status >= 500;
}

/**
 * What a server's Retry-After asks for (429, or a 503 in maintenance), else exponential
 * backoff: 1 s, then 2 s. TanStack Query passes the number of failures before this one.
 */
export function retryDelay(failureCount: number, error: unknown): number {
  if (isApiError(error) && error.retryAfter !== null) return error.retryAfter * 1000;
  return Math.min(1000 * 2 ** failureCount, 8000);
}
