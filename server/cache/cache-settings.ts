import { wholeNumberSetting } from '../settings.ts';

/** How long answers stay fresh, and how much memory the in-process cache may hold. */
export interface CacheSettings {
  /** Freshness of a range that includes today (UTC), in seconds; 0: never cached. */
  todaySeconds: number;
  /** Freshness of a range wholly in the past, in seconds; 0: never cached. */
  pastSeconds: number;
  /** Upper bound of the in-memory cache, in bytes. */
  maxBytes: number;
}

const DEFAULTS = { todaySeconds: 60, pastSeconds: 600, maxMb: 64 };
const MAX_SECONDS = 86_400;
const MAX_MB = 65_536;

export function loadCacheSettings(env: NodeJS.ProcessEnv): CacheSettings {
  return {
    todaySeconds: wholeNumberSetting(env, 'CACHE_TODAY_SECONDS', { fallback: DEFAULTS.todaySeconds, min: 0, max: MAX_SECONDS, unit: 'seconds' }),
    pastSeconds: wholeNumberSetting(env, 'CACHE_PAST_SECONDS', { fallback: DEFAULTS.pastSeconds, min: 0, max: MAX_SECONDS, unit: 'seconds' }),
    maxBytes: wholeNumberSetting(env, 'CACHE_MAX_MB', { fallback: DEFAULTS.maxMb, min: 1, max: MAX_MB, unit: 'megabytes' }) * 1024 * 1024,
  };
}
