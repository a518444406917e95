import { ENDPOINTS, type Endpoint } from '../shared/endpoints.ts';

function decodedKey(pair: string): string | null {
  const raw = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(raw.replaceAll('+', ' '));
  } catch {
    return null;
  }
}

/**
 * The query string that goes upstream: only the parameters the endpoint table lists for this
 * endpoint, each pair exactly as the client encoded it, in the client's order. Anything else
 * (another filter of the API, a cache buster, a parameter that would widen the answer) stays here.
 */
export function forwardedSearch(endpoint: Endpoint, search: string): string {
  const allowed: readonly string[] = ENDPOINTS[endpoint].params;
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => {
      if (pair === '') return false;
      const key = decodedKey(pair);
      return key !== null && allowed.includes(key);
    });
  return kept.length > 0 ? `?${kept.join('&')}` : '';
}
