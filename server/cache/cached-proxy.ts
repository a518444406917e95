import { todayUtc } from '../../shared/utc-day.ts';
import { forwardToUpstream, upstreamUrl, type ProxyOptions, type ProxyTarget } from '../proxy.ts';
import { cacheKey, freshnessOf, upstreamSearch } from './cache-key.ts';
import type { CacheOutcome, ResponseCache } from './response-cache.ts';

export interface CachedProxyRequest extends Omit<ProxyTarget, 'search'> {
  /** The client's query parameters; only the endpoint's own go upstream. */
  query: URLSearchParams;
  bypass: boolean;
}

/** The proxy with the response cache in front: key, freshness and upstream URL from one normalised target. */
export function createCachedProxy(options: {
  proxy: ProxyOptions;
  cache: ResponseCache;
  now?: () => number;
}): (request: CachedProxyRequest) => Promise<CacheOutcome> {
  const now = options.now ?? Date.now;
  return ({ query, bypass, ...route }) => {
    const target: ProxyTarget = { ...route, search: upstreamSearch(route.endpoint, query) };
    const today = todayUtc(new Date(now()));
    return options.cache.answer({
      key: cacheKey(target.endpoint, upstreamUrl(target, options.proxy.apiBase), today),
      freshness: freshnessOf(target.endpoint, target.search, today),
      bypass,
      fetch: () => forwardToUpstream(target, options.proxy),
    });
  };
}
