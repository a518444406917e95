import { endpointPath, type Endpoint } from '../shared/endpoints.ts';
import { apiBaseString } from './config.ts';
import { jsonError } from './json-response.ts';

export interface ProxyOptions {
  apiBase: URL;
  apiKey: string;
  fetchUpstream: typeof fetch;
  timeoutMs: number;
  maxUpstreamBytes: number;
}

export interface ProxyTarget {
  endpoint: Endpoint;
  org: string;
  userId: string;
  /** The client's query string including its "?", or "". */
  search: string;
}

export type ProxyFailure = 'timeout' | 'unreachable' | 'broken-body' | 'redirect' | 'too-large' | 'bad-status';

export interface ProxyResult {
  response: Response;
  failure?: ProxyFailure;
}

class TooLarge extends Error {}

/** Rejects as soon as the signal aborts, even if the work ignores the signal. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function readCapped(response: Response, maxBytes: number, signal: AbortSignal): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new TooLarge();
  }
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await untilAborted(reader.read(), signal);
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) throw new TooLarge();
      chunks.push(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

export function timeoutMessage(timeoutMs: number): string {
  return `The analytics API did not answer within ${Number((timeoutMs / 1000).toFixed(3))} s.`;
}

function describeBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Number((bytes / (1024 * 1024)).toFixed(2))} MB` : `${bytes} bytes`;
}

/**
 * Forwards one of the three analytics GETs with the platform key. Only the rebuilt path, the
 * query string and two fixed headers go upstream; only status, body and content type come back,
 * so upstream cookies or headers never reach the browser.
 */
export async function forwardToUpstream(target: ProxyTarget, options: ProxyOptions): Promise<ProxyResult> {
  // A timer cleared on completion rather than AbortSignal.timeout: under load, thousands of
  // pending 30 s timers would otherwise keep finished requests' signals alive.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('timeout')), options.timeoutMs);
  try {
    return await forwardWithSignal(target, options, controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

/** The URL a target is fetched from: also what the response cache keys it by. */
export function upstreamUrl(target: ProxyTarget, apiBase: URL): string {
  return `${apiBaseString(apiBase)}${endpointPath(target.endpoint, target.org, target.userId)}${target.search}`;
}

async function forwardWithSignal(target: ProxyTarget, options: ProxyOptions, signal: AbortSignal): Promise<ProxyResult> {
  const host = options.apiBase.host;
  const url = upstreamUrl(target, options.apiBase);
  const timedOut = (): ProxyResult => ({
    response: jsonError(504, timeoutMessage(options.timeoutMs)),
    failure: 'timeout',
  });

  let upstream: Response;
  try {
    upstream = await untilAborted(
      options.fetchUpstream(url, {
        method: 'GET',
        headers: { Authorization: `Api-Token ${options.apiKey}`, Accept: 'application/json' },
        redirect: 'manual',
        signal,
      }),
      signal,
    );
  } catch {
    if (signal.aborted) return timedOut();
    return { response: jsonError(502, `Cannot reach the analytics API at ${host}.`), failure: 'unreachable' };
  }

  // A redirect could lead the key-bearing request elsewhere; "manual" stops it and so do we.
  if (upstream.type === 'opaqueredirect' || (upstream.status >= 300 && upstream.status < 400)) {
    await upstream.body?.cancel().catch(() => undefined);
    return {
      response: jsonError(502, `The analytics API at ${host} answered with a redirect; check IBL_API_BASE.`),
      failure: 'redirect',
    };
  }
  if (upstream.status < 200 || upstream.status > 599) {
    await upstream.body?.cancel().catch(() => undefined);
    return {
      response: jsonError(502, `The analytics API at ${host} answered with an unusable status.`),
      failure: 'bad-status',
    };
  }

  let body: Uint8Array;
  try {
    body = await readCapped(upstream, options.maxUpstreamBytes, signal);
  } catch (error) {
    if (error instanceof TooLarge) {
      return {
        response: jsonError(502, `The analytics API's answer is larger than ${describeBytes(options.maxUpstreamBytes)}.`),
        failure: 'too-large',
      };
    }
    if (signal.aborted) return timedOut();
    return {
      response: jsonError(502, `The analytics API at ${host} broke off its answer.`),
      failure: 'broken-body',
    };
  }

  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  const contentType = upstream.headers.get('content-type');
  if (contentType !== null) headers['Content-Type'] = contentType;
  // The client waits as long as a rate-limited or unavailable API asks; only a well-formed value passes.
  const retryAfter = upstream.headers.get('retry-after')?.trim();
  if ((upstream.status === 429 || upstream.status === 503) && retryAfter && RETRY_AFTER.test(retryAfter)) {
    headers['Retry-After'] = retryAfter;
  }
  const nullBody = upstream.status === 204 || upstream.status === 205;
  return { response: new Response(nullBody ? null : body, { status: upstream.status, headers }) };
}

/** Seconds, or an HTTP date such as `Wed, 21 Oct 2026 07:28:00 GMT`. */
const RETRY_AFTER = /^(\d{1,6}|[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT)$/;
