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

/**
 * Which check of the dashboard server's own sign-in gate refused the request (its
 * `X-Auth-Refusal` header), as opposed to the analytics API's own 401 or 403 that the
 * proxy relays: `sign-in` no (longer a) valid session, `not-allowed` the person matches no
 * allow rule, `org` an org outside IBL_ORGS, `store` the session store is down.
 */
export type AuthRefusal = 'sign-in' | 'not-allowed' | 'org' | 'store';

const AUTH_REFUSALS: readonly AuthRefusal[] = ['sign-in', 'not-allowed', 'org', 'store'];

export function parseAuthRefusal(value: string | null): AuthRefusal | null {
  const trimmed = value?.trim();
  return AUTH_REFUSALS.find((refusal) => refusal === trimmed) ?? null;
}

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly endpoint: string;
  /** Seconds the API asked us to wait (429 Retry-After), when it said. */
  readonly retryAfter: number | null;
  /** The error answer was an HTML page (a proxy's or load balancer's), not the API's JSON. */
  readonly htmlPage: boolean;
  /** Set when the dashboard's sign-in gate refused, not the analytics API. */
  readonly authRefusal: AuthRefusal | null;

  constructor(options: {
    kind: ApiErrorKind;
    message: string;
    endpoint: string;
    status?: number | null;
    retryAfter?: number | null;
    htmlPage?: boolean;
    authRefusal?: AuthRefusal | null;
  }) {
    super(options.message);
    this.name = 'ApiError';
    this.kind = options.kind;
    this.endpoint = options.endpoint;
    this.status = options.status ?? null;
    this.retryAfter = options.retryAfter ?? null;
    this.htmlPage = options.htmlPage ?? false;
    this.authRefusal = options.authRefusal ?? null;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The session ended (idle, absolute timeout, signed out elsewhere): signing in again helps. */
export function isSessionEnded(error: unknown): boolean {
  return isApiError(error) && error.status === 401 && error.authRefusal === 'sign-in';
}
