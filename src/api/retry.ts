import { isApiError } from './api-error';

const MAX_RETRIES = 2;

/** Retry what may pass by itself (network, timeout, 5xx, 429); a 4xx will say the same again. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES || !isApiError(error)) return false;
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  if (error.kind !== 'http' || error.status === null) return false;
  return error.status === 429 || error.status >= 500;
}

/** Exponential backoff (1 s, 2 s), or what a 429's Retry-After asks for. */
export function retryDelay(failureCount: number, error: unknown): number {
  if (isApiError(error) && error.status === 429 && error.retryAfter !== null) return error.retryAfter * 1000;
  return Math.min(1000 * 2 ** failureCount, 8000);
}
