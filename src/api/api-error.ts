/** What went wrong, so the card can say what to do about it. */
export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'shape';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly endpoint: string;
  /** Seconds the API asked us to wait (429 Retry-After), when it said. */
  readonly retryAfter: number | null;

  constructor(options: {
    kind: ApiErrorKind;
    message: string;
    endpoint: string;
    status?: number | null;
    retryAfter?: number | null;
  }) {
    super(options.message);
    this.name = 'ApiError';
    this.kind = options.kind;
    this.endpoint = options.endpoint;
    this.status = options.status ?? null;
    this.retryAfter = options.retryAfter ?? null;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
