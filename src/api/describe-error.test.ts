import { describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorKind, type AuthRefusal } from './api-error';
import { describeError, formatWait } from './describe-error';

const scope = { org: 'demo', userId: 'admin' };

function error(
  kind: ApiErrorKind,
  message: string,
  options: { status?: number; retryAfter?: number; htmlPage?: boolean; authRefusal?: AuthRefusal } = {},
) {
  return new ApiError({ kind, message, endpoint: 'tenant-cost', ...options });
}

describe('describeError', () => {
  it.each([
    [
      '400 field errors',
      error('http', 'start_date: Enter a valid date.', { status: 400 }),
      'The analytics API refused the filters: start_date: Enter a valid date.\nCheck the period, dates and mentor in the link.',
    ],
    ['401', error('http', 'Invalid token.', { status: 401 }), 'The API key was refused (Invalid token.). Check IBL_API_KEY on the dashboard server.'],
    [
      '403',
      error('http', 'Forbidden', { status: 403 }),
      'The API key lacks analytics rights for org “demo” as admin “admin” (Forbidden). Check IBL_API_KEY and IBL_USER_ID.',
    ],
    [
      '401 from the sign-in gate',
      error('http', 'Sign in to see this dashboard.', { status: 401, authRefusal: 'sign-in' }),
      'You are no longer signed in to this dashboard (Sign in to see this dashboard.). Reload the page to sign in again.',
    ],
    [
      '403 for a person who is not allowed',
      error('http', 'bob@elsewhere.example has no access to this dashboard.', { status: 403, authRefusal: 'not-allowed' }),
      'Your account has no access to this dashboard (bob@elsewhere.example has no access to this dashboard.). Ask your dashboard administrator for access.',
    ],
    [
      '403 for an org outside IBL_ORGS',
      error('http', 'No access to org "demo".', { status: 403, authRefusal: 'org' }),
      'This dashboard does not show org “demo” (No access to org "demo".). Choose one of its orgs in the header.',
    ],
    [
      '503 from the session store',
      error('http', 'Cannot check your session right now.', { status: 503, authRefusal: 'store' }),
      'The dashboard server cannot check your sign-in right now (Cannot check your session right now.). Try again in a moment.',
    ],
    ['404', error('http', 'Not found.', { status: 404 }), 'The org “demo” was not found (Not found.). Check the org in the link or IBL_ORG.'],
    [
      '414 from the dashboard server',
      error('http', 'The query string is longer than 8 KB.', { status: 414 }),
      'The request was refused (414: The query string is longer than 8 KB.). Check the link; trying again will give the same answer.',
    ],
    ['429 with Retry-After', error('http', 'Slow down', { status: 429, retryAfter: 7 }), 'The analytics API is rate limiting requests and asked to wait 7 s.'],
    [
      '429 with a long Retry-After',
      error('http', 'Slow down', { status: 429, retryAfter: 120 }),
      'The analytics API is rate limiting requests and asked to wait 2 min. Press Retry after that.',
    ],
    ['429 without Retry-After', error('http', 'Slow down', { status: 429 }), 'The analytics API is rate limiting requests.'],
    [
      '500',
      error('http', 'boom', { status: 500 }),
      'The analytics API failed (500: boom). If this persists, check the API’s status and the dashboard server’s log.',
    ],
    [
      '502 HTML page',
      error('http', 'Bad Gateway', { status: 502, htmlPage: true }),
      'The analytics API failed (502: Bad Gateway) and sent an HTML error page instead of data. If this persists, check the API’s status and the dashboard server’s log.',
    ],
    [
      '502 unreachable, in the dashboard server’s words',
      error('http', 'Cannot reach the analytics API at base.manager.iblai.app.', { status: 502 }),
      'Cannot reach the analytics API at base.manager.iblai.app. If this persists, check IBL_API_BASE and the dashboard server’s network.',
    ],
    [
      '502 redirect, in the dashboard server’s words',
      error('http', 'The analytics API at api.test answered with a redirect; check IBL_API_BASE.', { status: 502 }),
      'The analytics API at api.test answered with a redirect; check IBL_API_BASE.',
    ],
    [
      '502 too large',
      error('http', 'The analytics API’s answer is larger than 5 MB.', { status: 502 }),
      'The analytics API’s answer is larger than 5 MB. Try a shorter period or a mentor filter.',
    ],
    [
      '503',
      error('http', 'Service Unavailable', { status: 503 }),
      'The analytics API is unavailable (503: Service Unavailable). If this persists, check the API’s status page.',
    ],
    [
      '504 in the dashboard server’s words',
      error('http', 'The analytics API did not answer within 30 s.', { status: 504 }),
      'The analytics API did not answer within 30 s. It may be busy; if this persists, try a shorter period.',
    ],
    [
      '504 from elsewhere',
      error('http', 'Gateway Timeout', { status: 504 }),
      'The analytics API did not answer in time (504: Gateway Timeout). If this persists, try a shorter period.',
    ],
    [
      'the client’s own timeout',
      error('timeout', 'no answer within 35 s'),
      'The dashboard server did not answer within 35 s. If this keeps happening, check that it is running and can reach the analytics API.',
    ],
    [
      'a network error',
      error('network', 'the connection failed or was dropped'),
      'Cannot reach the dashboard server: the connection failed or was dropped. Check your network connection and that the dashboard server is running.',
    ],
    [
      'a wrong shape',
      error('shape', 'total_cost: expected number'),
      'The analytics API answered in an unexpected shape (total_cost: expected number). The numbers cannot be shown; try again, and report it if it persists.',
    ],
    [
      'an impossible value',
      error('implausible', 'total_cost: -$5.00 is not a possible cost'),
      'The analytics API sent a value that cannot be right (total_cost: -$5.00 is not a possible cost), so it is not shown. Try again, and report it to ibl.ai if it persists.',
    ],
    ['a render error', new Error('boom'), 'Something went wrong while showing this card. Try again.'],
  ])('%s', (_, failure, message) => {
    expect(describeError(failure, scope)).toBe(message);
  });

  it('names the org it was asked for, and leaves the admin out when unknown', () => {
    expect(describeError(error('http', 'Not found.', { status: 404 }), { org: 'acme' })).toMatch(/^The org “acme” was not found/);
    expect(describeError(error('http', 'No.', { status: 403 }), { org: 'acme' })).toMatch(/^The API key lacks analytics rights for org “acme” \(No\.\)/);
  });
});

describe('formatWait', () => {
  it('says seconds, then minutes', () => {
    expect([formatWait(0), formatWait(7), formatWait(60), formatWait(90), formatWait(300)]).toEqual(['0 s', '7 s', '1 min', '1 min 30 s', '5 min']);
  });
});
