import { isApiError } from './api-error';

/** A sentence for a person: what happened and what to do about it. */
export function describeError(error: unknown, context: { org: string }): string {
  if (!isApiError(error)) return 'Something went wrong while showing this card. Try again.';
  const said = error.message;
  switch (error.kind) {
    case 'timeout':
      return 'The analytics API did not answer within 30 s. Try again in a moment.';
    case 'network':
      return `Cannot reach the dashboard server or the analytics API (${said}). Check your connection and try again.`;
    case 'shape':
      return `The analytics API answered in an unexpected shape (${said}). The numbers cannot be shown; try again, and report it if it persists.`;
    case 'http':
      break;
  }
  switch (error.status) {
    case 400:
      return `The analytics API refused the filters: ${said}`;
    case 401:
      return `The API key was refused (${said}). Check IBL_API_KEY on the dashboard server.`;
    case 403:
      return `The API key lacks analytics rights for org “${context.org}” (${said}). Check IBL_API_KEY and IBL_USER_ID.`;
    case 404:
      return `The org “${context.org}” was not found (${said}). Check the org in the link or IBL_ORG.`;
    case 429:
      return error.retryAfter !== null
        ? `The analytics API is rate limiting requests; retrying in ${error.retryAfter} s.`
        : 'The analytics API is rate limiting requests. Wait a moment and try again.';
    case 504:
      return `The analytics API did not answer in time (${said}). Try again in a moment.`;
    default:
      return `The analytics API failed (${error.status ?? 'no status'}: ${said}). Try again in a moment.`;
  }
}
