import { ENDPOINTS, type Endpoint } from '../../shared/endpoints.ts';
import { parseIsoDay, type IsoDay } from '../../shared/utc-day.ts';

/** Which freshness an answer gets: a range that includes today changes, one wholly past hardly does. */
export type Freshness = 'today' | 'past';

function knownParams(endpoint: Endpoint): readonly string[] {
  return ENDPOINTS[endpoint].params;
}

/**
 * The query string that goes upstream and into the cache key: the endpoint's own parameters
 * in table order, each once, empty ones left off. Anything else the client adds (a cache
 * buster, a typo) neither reaches ibl.ai nor splits the cache.
 */
export function upstreamSearch(endpoint: Endpoint, query: URLSearchParams): string {
  const normalised = new URLSearchParams();
  for (const name of knownParams(endpoint)) {
    const value = query.get(name);
    if (value) normalised.set(name, value);
  }
  const search = normalised.toString();
  return search ? `?${search}` : '';
}

/** Relative periods (`period=yesterday`) mean other days tomorrow, so their key carries today's UTC date. */
function isRelative(endpoint: Endpoint): boolean {
  return knownParams(endpoint).includes('period');
}

/**
 * The cache key: the whole upstream URL (base, endpoint, org, user segment, normalised query),
 * plus the UTC day for relative periods. Never a cookie or a header of the client.
 */
export function cacheKey(endpoint: Endpoint, upstreamUrl: string, today: IsoDay): string {
  return isRelative(endpoint) ? `${upstreamUrl} day=${today}` : upstreamUrl;
}

/**
 * `today` unless the range surely ended before today (UTC): `period=yesterday`, or an
 * `end_date` earlier than today. No end date means "up to now".
 */
export function freshnessOf(endpoint: Endpoint, search: string, today: IsoDay): Freshness {
  const query = new URLSearchParams(search);
  if (isRelative(endpoint)) return query.get('period') === 'yesterday' ? 'past' : 'today';
  const end = parseIsoDay(query.get('end_date') ?? '');
  return end !== null && end < today ? 'past' : 'today';
}
