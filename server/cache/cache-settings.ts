import { ConfigError } from '../config.ts';

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

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number, unit: string): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = /^\d{1,6}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(value >= min && value <= max)) {
    throw new ConfigError(`${name} must be a whole number of ${unit} from ${min} to ${max} (got "${raw.slice(0, 40)}").`);
  }
  return value;
}

export function loadCacheSettings(env: NodeJS.ProcessEnv): CacheSettings {
  return {
    todaySeconds: wholeNumber(env, 'CACHE_TODAY_SECONDS', DEFAULTS.todaySeconds, 0, MAX_SECONDS, 'seconds'),
    pastSeconds: wholeNumber(env, 'CACHE_PAST_SECONDS', DEFAULTS.pastSeconds, 0, MAX_SECONDS, 'seconds'),
    maxBytes: wholeNumber(env, 'CACHE_MAX_MB', DEFAULTS.maxMb, 1, MAX_MB, 'megabytes') * 1024 * 1024,
  };
}
