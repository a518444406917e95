import type { ProxyFailure, ProxyResult } from '../proxy.ts';
import type { Freshness } from './cache-key.ts';
import type { CacheSettings } from './cache-settings.ts';
import type { CacheStore, CachedAnswer } from './cache-store.ts';

/** What the cache did, sent as `X-Cache` and written in the log line. */
export type CacheStatus = 'hit' | 'miss' | 'stale' | 'bypass';

export interface CacheRequest {
  key: string;
  freshness: Freshness;
  /** Ask the upstream now (Refresh); the fresh answer is stored for everyone. */
  bypass: boolean;
  /**
   * Answer only from the store (`Cache-Control: only-if-cached`): without a fresh or stale
   * answer, a 504 and no upstream call. The server's render of a first view asks this way.
   */
  onlyIfCached?: boolean;
  /** The upstream call; its failures come back as error responses, which are never stored. */
  fetch: () => Promise<ProxyResult>;
}

export interface CacheOutcome {
  response: Response;
  failure?: ProxyFailure;
  cache: CacheStatus;
}

export interface ResponseCache {
  answer(request: CacheRequest): Promise<CacheOutcome>;
  /** Background refreshes still running (for tests and shutdown). */
  settled(): Promise<void>;
}

/** An upstream answer read once, so every coalesced waiter can be given its own Response. */
interface Captured {
  status: number;
  headers: [string, string][];
  body: Uint8Array | null;
  failure?: ProxyFailure;
}

async function capture({ response, failure }: ProxyResult): Promise<Captured> {
  const body = response.body === null ? null : new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers: [...response.headers], body, ...(failure ? { failure } : {}) };
}

function fromCaptured(captured: Captured, cache: CacheStatus): CacheOutcome {
  const headers = new Headers(captured.headers);
  headers.set('X-Cache', cache);
  return {
    response: new Response(captured.body?.slice() ?? null, { status: captured.status, headers }),
    ...(captured.failure ? { failure: captured.failure } : {}),
    cache,
  };
}

function fromStored(stored: CachedAnswer, cache: CacheStatus, ageMs: number): CacheOutcome {
  const headers: Record<string, string> = {
    'Cache-Control': 'no-store',
    'X-Cache': cache,
    Age: String(Math.max(0, Math.floor(ageMs / 1000))),
  };
  if (stored.contentType !== null) headers['Content-Type'] = stored.contentType;
  return { response: new Response(stored.body.slice(), { status: 200, headers }), cache };
}

function notCached(): CacheOutcome {
  const body = JSON.stringify({ detail: 'Not in the cache (only-if-cached).' });
  const headers = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'X-Cache': 'miss' };
  return { response: new Response(body, { status: 504, headers }), cache: 'miss' };
}

/**
 * Fresh answers are served from the store; a stale one is served at once while one background
 * call renews it, for at most as long again; older ones wait for the upstream. Identical
 * requests in flight share one upstream call, its answer and its error alike.
 */
export function createResponseCache(options: {
  settings: Pick<CacheSettings, 'todaySeconds' | 'pastSeconds'>;
  store: CacheStore;
  now?: () => number;
}): ResponseCache {
  const { settings, store } = options;
  const now = options.now ?? Date.now;
  const inFlight = new Map<string, Promise<Captured>>();
  const background = new Set<Promise<unknown>>();

  const freshMsOf = (freshness: Freshness): number =>
    (freshness === 'today' ? settings.todaySeconds : settings.pastSeconds) * 1000;

  function fetchShared(request: CacheRequest, freshMs: number): Promise<Captured> {
    const running = inFlight.get(request.key);
    if (running !== undefined) return running;
    const call = (async () => {
      const fetchedAt = now();
      const captured = await capture(await request.fetch());
      if (captured.status === 200 && freshMs > 0 && captured.body !== null) {
        const answer: CachedAnswer = {
          body: captured.body,
          contentType: new Headers(captured.headers).get('content-type'),
          fetchedAt,
          freshMs,
        };
        // A store that is down only costs the next request an upstream call.
        await store.set(request.key, answer, 2 * freshMs).catch(() => undefined);
      }
      return captured;
    })().finally(() => inFlight.delete(request.key));
    inFlight.set(request.key, call);
    return call;
  }

  function refreshInBackground(request: CacheRequest, freshMs: number): void {
    // Errors are not stored and the stale answer has been served; the next request tries again.
    const work = fetchShared(request, freshMs)
      .catch(() => undefined)
      .finally(() => background.delete(work));
    background.add(work);
  }

  return {
    async answer(request) {
      const freshMs = freshMsOf(request.freshness);
      if (request.bypass) return fromCaptured(await fetchShared(request, freshMs), 'bypass');
      if (freshMs > 0) {
        const stored = await store.get(request.key).catch(() => null);
        if (stored !== null) {
          const age = now() - stored.fetchedAt;
          // The shorter of then and now: a "today" answer fetched before midnight stays short-lived after it.
          const fresh = Math.min(stored.freshMs, freshMs);
          if (age >= 0 && age < fresh) return fromStored(stored, 'hit', age);
          if (age >= 0 && age < 2 * fresh) {
            refreshInBackground(request, freshMs);
            return fromStored(stored, 'stale', age);
          }
        }
      }
      if (request.onlyIfCached === true) return notCached();
      return fromCaptured(await fetchShared(request, freshMs), 'miss');
    },
    async settled() {
      while (background.size > 0) await Promise.all(background);
    },
  };
}
