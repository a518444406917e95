import { Redis } from 'ioredis';

export interface RedisConnection {
  readonly client: Redis;
  /** True while commands can be sent; false while Redis is gone (commands then fail at once). */
  readonly available: boolean;
  /** Resolves once connected (tests, and a start-up that wants Redis before it listens). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export interface RedisTimings {
  connectTimeoutMs: number;
  commandTimeoutMs: number;
  /** Longest pause between reconnection attempts. */
  maxReconnectDelayMs: number;
}

// Loopback or same-zone Redis answers in about a millisecond: a command still waiting after
// half a second means it is gone, and the request is better off asking the upstream.
const DEFAULT_TIMINGS: RedisTimings = { connectTimeoutMs: 1_000, commandTimeoutMs: 500, maxReconnectDelayMs: 2_000 };

function reasonOf(error: unknown): string {
  if (error instanceof Error) return 'code' in error && typeof error.code === 'string' ? error.code : error.name;
  return 'connection closed';
}

/**
 * One client for the cache and the sessions. Commands never queue while Redis is away: they
 * fail at once and the callers fall back (cache) or answer 503 (sessions), while the client
 * reconnects in the background. The log says "unavailable" once per outage and "back" once.
 */
export function connectRedis(url: string, log: (line: string) => void, timings: Partial<RedisTimings> = {}): RedisConnection {
  const { connectTimeoutMs, commandTimeoutMs, maxReconnectDelayMs } = { ...DEFAULT_TIMINGS, ...timings };
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    autoResendUnfulfilledCommands: false,
    connectTimeout: connectTimeoutMs,
    commandTimeout: commandTimeoutMs,
    retryStrategy: (attempt) => Math.min(attempt * 100, maxReconnectDelayMs),
  });
  let state: 'connecting' | 'up' | 'down' = 'connecting';
  let closing = false;

  const down = (error?: unknown) => {
    if (closing || state === 'down') return;
    state = 'down';
    log(
      `Redis unavailable (${reasonOf(error)}): answers come from the upstream uncached and sign-in sessions cannot be checked until it is back.`,
    );
  };
  client.on('error', down);
  client.on('close', () => down());
  client.on('ready', () => {
    if (state === 'down') log('Redis is back: cache and sessions are shared again.');
    state = 'up';
  });

  return {
    client,
    get available() {
      return client.status === 'ready';
    },
    ready() {
      if (client.status === 'ready') return Promise.resolve();
      return new Promise((resolve) => client.once('ready', () => resolve()));
    },
    close() {
      closing = true;
      client.disconnect();
      return Promise.resolve();
    },
  };
}
