import { REFRESH_HEADER, REFRESH_VALUE } from '../../shared/refresh-header.ts';
import { todayUtc } from '../../shared/utc-day.ts';
import { forwardToUpstream, upstreamUrl, type ProxyOptions, type ProxyTarget } from '../proxy.ts';
import { cacheKey, freshnessOf, upstreamSearch } from './cache-key.ts';
import type { CacheOutcome, ResponseCache } from './response-cache.ts';

/** Whether the client asked past the cache (Refresh); any other value of the header is ignored. */
export function wantsBypass(headers: Headers): boolean {
  return headers.get(REFRESH_HEADER)?.trim() === REFRESH_VALUE;
}

/** Whether the request asks for a cached answer or none (RFC 9111 `only-if-cached`). */
export function wantsOnlyCached(headers: Headers): boolean {
  return (headers.get('cache-control') ?? '').split(',').some((directive) => directive.trim().toLowerCase() === 'only-if-cached');
}

/** How a request asks the cache. */
export interface CacheAsk {
  bypass: boolean;
  onlyIfCached: boolean;
}

/**
 * The proxy with the response cache in front. The query is normalised first, so the cache key
 * and the URL fetched are one and the same string (plus the UTC day for relative periods).
 */
export function createCachedProxy(options: {
  proxy: ProxyOptions;
  cache: ResponseCache;
  now?: () => number;
}): (target: ProxyTarget, ask: CacheAsk) => Promise<CacheOutcome> {
  const now = options.now ?? Date.now;
  return (requested, { bypass, onlyIfCached }) => {
    const target: ProxyTarget = { ...requested, search: upstreamSearch(requested.endpoint, new URLSearchParams(requested.search)) };
    const today = todayUtc(new Date(now()));
    return options.cache.answer({
      key: cacheKey(target.endpoint, upstreamUrl(target, options.proxy.apiBase), today),
      freshness: freshnessOf(target.endpoint, target.search, today),
      bypass,
      onlyIfCached,
      fetch: () => forwardToUpstream(target, options.proxy),
    });
  };
}
