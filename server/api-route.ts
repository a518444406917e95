import { isEndpoint, type Endpoint } from '../shared/endpoints.ts';
import { isValidIdentifier } from '../shared/identifiers.ts';

export type ApiRoute =
  | { kind: 'endpoint'; org: string; userId: string; endpoint: Endpoint }
  | { kind: 'bad-request'; detail: string }
  | { kind: 'not-found' };

export function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/');
}

function decodeSegment(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/**
 * Matches a still percent-encoded pathname against the three forwarded paths. Segments are
 * split before decoding, so an encoded slash stays inside its segment and then fails the
 * identifier check instead of moving the request somewhere else.
 */
export function matchApiRoute(pathname: string): ApiRoute {
  const segments = pathname.split('/');
  if (segments.length !== 9) return { kind: 'not-found' };
  const [empty, api, analytics, orgs, rawOrg, users, rawUser, endpoint, trailing] = segments;
  if (
    empty !== '' ||
    api !== 'api' ||
    analytics !== 'ai-analytics' ||
    orgs !== 'orgs' ||
    users !== 'users' ||
    trailing !== '' ||
    endpoint === undefined ||
    !isEndpoint(endpoint) ||
    rawOrg === undefined ||
    rawUser === undefined
  ) {
    return { kind: 'not-found' };
  }
  const org = decodeSegment(rawOrg);
  if (org === null || !isValidIdentifier(org)) {
    return { kind: 'bad-request', detail: 'Invalid org: use letters, digits and . _ @ + - only.' };
  }
  const userId = decodeSegment(rawUser);
  if (userId === null || !isValidIdentifier(userId)) {
    return { kind: 'bad-request', detail: 'Invalid user: use letters, digits and . _ @ + - only.' };
  }
  return { kind: 'endpoint', org, userId, endpoint };
}

/**
 * Checks the request target exactly as the client sent it. WHATWG URL parsing resolves "..",
 * "%2e%2e" and friends before the app sees the path, so a tricked path would otherwise arrive
 * looking legitimate.
 */
export function isSuspiciousTarget(target: string): boolean {
  const query = target.indexOf('?');
  const path = query === -1 ? target : target.slice(0, query);
  if (path.includes('\\') || path.includes('//')) return true;
  if (/%(2f|5c|00)/i.test(path)) return true;
  return path.split('/').some((segment) => /^(\.|%2e){1,2}$/i.test(segment));
}
