/**
 * What went wrong, so the card can say what to do about it:
 * - `http`: the dashboard server (or, through it, the analytics API) answered with an error status;
 * - `network`: no answer at all (the dashboard server is down, the connection dropped);
 * - `timeout`: the dashboard server did not answer in time;
 * - `shape`: the answer is not the documented JSON (an HTML page, broken JSON, wrong fields);
 * - `implausible`: the answer has the right shape but a value that cannot be true (a negative
 *   count, a cost of a billion dollars), so it is not shown.
 */
export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'shape' | 'implausible';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly endpoint: string;
  /** Seconds the API asked us to wait (429 Retry-After), when it said. */
  readonly retryAfter: number | null;
  /** The error answer was an HTML page (a proxy's or load balancer's), not the API's JSON. */
  readonly htmlPage: boolean;

  constructor(options: {
    kind: ApiErrorKind;
    message: string;
    endpoint: string;
    status?: number | null;
    retryAfter?: number | null;
    htmlPage?: boolean;
  }) {
    super(options.message);
    this.name = 'ApiError';
    this.kind = options.kind;
    this.endpoint = options.endpoint;
    this.status = options.status ?? null;
    this.retryAfter = options.retryAfter ?? null;
    this.htmlPage = options.htmlPage ?? false;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
