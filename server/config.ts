import { ConfigError } from './config-error.ts';
import { setting } from './settings.ts';
import { isValidIdentifier } from '../shared/identifiers.ts';
import { loadCacheSettings, type CacheSettings } from './cache/cache-settings.ts';
import { loadRedisUrl } from './redis/redis-settings.ts';

interface CommonConfig {
  org: string;
  userId: string;
  port: number;
  host: string;
  cache: CacheSettings;
  /** Shared cache and sessions for several instances; null keeps both in this process. */
  redisUrl: string | null;
  /** Where a page's first view is rendered: on the server with the data it has at once, or in the browser. */
  firstView: 'server' | 'browser';
}

export type Config =
  | (CommonConfig & { mode: 'demo'; apiBase: null; apiKey: null })
  | (CommonConfig & { mode: 'proxy'; apiBase: URL; apiKey: string });

export { ConfigError };

const DEFAULT_PORT = 4173;
const DEFAULT_HOST = '127.0.0.1';
const EXAMPLE_BASE = 'https://base.manager.iblai.app';
// Visible ASCII only: anything else makes fetch throw, and its error message would quote the key.
const HEADER_SAFE = /^[\x21-\x7e]+$/;

function parsePort(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_PORT;
  const port = /^\d{1,5}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(port) || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535 (got "${raw}").`);
  }
  return port;
}

function parseFirstView(raw: string | undefined): 'server' | 'browser' {
  if (raw === undefined || raw === 'server') return 'server';
  if (raw === 'browser') return 'browser';
  throw new ConfigError(`FIRST_VIEW must be server or browser (got "${raw.slice(0, 40)}").`);
}

function parseIdentifier(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const value = setting(env, name) ?? fallback;
  if (!isValidIdentifier(value)) {
    throw new ConfigError(
      `${name} must be 1-128 characters of letters, digits and . _ @ + -, starting with a letter or digit.`,
    );
  }
  return value;
}

function parseApiBase(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`IBL_API_BASE is not a valid URL; expected something like ${EXAMPLE_BASE}.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`IBL_API_BASE must start with https:// or http://, like ${EXAMPLE_BASE}.`);
  }
  if (url.username || url.password) {
    throw new ConfigError('IBL_API_BASE must not contain a user name or password; put the key in IBL_API_KEY.');
  }
  if (url.search || url.hash) {
    throw new ConfigError(`IBL_API_BASE must not contain a query string or fragment, like ${EXAMPLE_BASE}.`);
  }
  // Request paths are appended to the base, so a trailing slash would make them start with "//".
  url.pathname = url.pathname.replace(/\/+$/, '');
  if (/\/api$/i.test(url.pathname)) {
    throw new ConfigError('IBL_API_BASE must not end in /api; the dashboard adds /api/ai-analytics/... itself.');
  }
  return url;
}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const common: CommonConfig = {
    org: parseIdentifier(env, 'IBL_ORG', 'demo'),
    userId: parseIdentifier(env, 'IBL_USER_ID', 'admin'),
    port: parsePort(setting(env, 'PORT')),
    host: setting(env, 'HOST') ?? DEFAULT_HOST,
    cache: loadCacheSettings(env),
    redisUrl: loadRedisUrl(env),
    firstView: parseFirstView(setting(env, 'FIRST_VIEW')),
  };
  const rawBase = setting(env, 'IBL_API_BASE');
  if (rawBase === undefined) return { ...common, mode: 'demo', apiBase: null, apiKey: null };

  const apiBase = parseApiBase(rawBase);
  const apiKey = setting(env, 'IBL_API_KEY');
  if (apiKey === undefined) {
    throw new ConfigError('IBL_API_BASE is set but IBL_API_KEY is empty; set both, or neither for demo data.');
  }
  if (!HEADER_SAFE.test(apiKey)) {
    throw new ConfigError('IBL_API_KEY contains spaces or characters that cannot be sent in an HTTP header.');
  }
  return { ...common, mode: 'proxy', apiBase, apiKey };
}

/** The base URL as a string without a trailing slash, ready for a path to be appended. */
export function apiBaseString(apiBase: URL): string {
  return `${apiBase.origin}${apiBase.pathname.replace(/\/+$/, '')}`;
}
