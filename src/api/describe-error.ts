import { isApiError, type ApiError } from './api-error';
import { CLIENT_TIMEOUT_MS } from './client';
import { retriesAutomatically } from './retry';

export interface ErrorContext {
  org: string;
  /** The requesting admin, when known. */
  userId?: string;
}

/**
 * A sentence for a person: what happened and what to do about it. It reads right both while
 * the card retries by itself and after it gave up, because the card adds which one it is.
 */
export function describeError(error: unknown, context: ErrorContext): string {
  if (!isApiError(error)) return 'Something went wrong while showing this card. Try again.';
  const said = error.message;
  switch (error.kind) {
    case 'timeout':
      return `The dashboard server did not answer within ${CLIENT_TIMEOUT_MS / 1000} s. If this keeps happening, check that it is running and can reach the analytics API.`;
    case 'network':
      return 'Cannot reach the dashboard server: the connection failed or was dropped. Check your network connection and that the dashboard server is running.';
    case 'shape':
      return `The analytics API answered in an unexpected shape (${said}). The numbers cannot be shown; try again, and report it if it persists.`;
    case 'implausible':
      return `The analytics API sent a value that cannot be right (${said}), so it is not shown. Try again, and report it to ibl.ai if it persists.`;
    case 'http':
      return describeStatus(error, context);
  }
}

function describeStatus(error: ApiError, context: ErrorContext): string {
  const said = error.message;
  const status = error.status ?? 0;
  if (error.authRefusal !== null) return describeAuthRefusal(error, context);
  switch (status) {
    case 400:
      return `The analytics API refused the filters: ${said}\nCheck the period, dates and mentor in the link.`;
    case 401:
      return `The API key was refused (${said}). Check IBL_API_KEY on the dashboard server.`;
    case 403:
      return `The API key lacks analytics rights for org “${context.org}”${context.userId ? ` as admin “${context.userId}”` : ''} (${said}). Check IBL_API_KEY and IBL_USER_ID.`;
    case 404:
      return `The org “${context.org}” was not found (${said}). Check the org in the link or IBL_ORG.`;
    case 429:
      return describeRateLimit(error);
  }
  if (status < 500) {
    return `The request was refused (${status}: ${said}). Check the link; trying again will give the same answer.`;
  }
  // The dashboard server's own words about the API it forwards to (unreachable, timed out,
  // redirected, too large): already a full sentence that names the API.
  if (/^(Cannot reach the analytics API|The analytics API)\b/.test(said)) {
    return `${said} ${ownFailureAdvice(said)}`.trim();
  }
  const page = error.htmlPage ? ' and sent an HTML error page instead of data' : '';
  switch (status) {
    case 503:
      return `The analytics API is unavailable (503: ${said})${page}. If this persists, check the API’s status page.`;
    case 504:
      return `The analytics API did not answer in time (504: ${said})${page}. If this persists, try a shorter period.`;
    default:
      return `The analytics API failed (${status}: ${said})${page}. If this persists, check the API’s status and the dashboard server’s log.`;
  }
}

/** The dashboard's own sign-in gate refused: nothing to do with the analytics API or its key. */
function describeAuthRefusal(error: ApiError, context: ErrorContext): string {
  const said = error.message;
  switch (error.authRefusal) {
    case 'sign-in':
      return `You are no longer signed in to this dashboard (${said}). Reload the page to sign in again.`;
    case 'not-allowed':
      return `Your account has no access to this dashboard (${said}). Ask your dashboard administrator for access.`;
    case 'org':
      return `This dashboard does not show org “${context.org}” (${said}). Choose one of its orgs in the header.`;
    default:
      return `The dashboard server cannot check your sign-in right now (${said}). Try again in a moment.`;
  }
}

function ownFailureAdvice(said: string): string {
  if (said.startsWith('Cannot reach')) return 'If this persists, check IBL_API_BASE and the dashboard server’s network.';
  if (/did not answer within/.test(said)) return 'It may be busy; if this persists, try a shorter period.';
  if (/larger than/.test(said)) return 'Try a shorter period or a mentor filter.';
  if (/IBL_API_BASE/.test(said)) return '';
  return 'If this persists, check the API’s status.';
}

function describeRateLimit(error: ApiError): string {
  if (error.retryAfter === null) return 'The analytics API is rate limiting requests.';
  const wait = formatWait(error.retryAfter);
  return retriesAutomatically(error)
    ? `The analytics API is rate limiting requests and asked to wait ${wait}.`
    : `The analytics API is rate limiting requests and asked to wait ${wait}. Press Retry after that.`;
}

/** 7 s, 2 min, 1 min 30 s. */
export function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
