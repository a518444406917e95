import { ConfigError } from '../config.ts';

const EXAMPLE = 'redis://127.0.0.1:6379';

/**
 * REDIS_URL, checked without ever quoting it: it may hold a password. Null when unset: each
 * instance then keeps its cache and sessions to itself.
 */
export function loadRedisUrl(env: NodeJS.ProcessEnv): string | null {
  const raw = env.REDIS_URL?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`REDIS_URL is not a valid URL; expected something like ${EXAMPLE}.`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new ConfigError(`REDIS_URL must start with redis:// or rediss://, like ${EXAMPLE}.`);
  }
  if (!url.hostname) throw new ConfigError(`REDIS_URL names no host; expected something like ${EXAMPLE}.`);
  if (url.pathname !== '' && url.pathname !== '/' && !/^\/\d{1,2}$/.test(url.pathname)) {
    throw new ConfigError('REDIS_URL may only end in a database number such as /0.');
  }
  return raw;
}
