import * as v from 'valibot';
import { ApiError, parseAuthRefusal } from './api-error';
import { requestTarget, type ApiRequest } from '../../shared/requests';
import { REFRESH_HEADER, REFRESH_VALUE } from '../../shared/refresh-header';
import { looksLikeHtml, messageFromBody } from './error-message';
import { describeIssues, isImplausible } from './schemas';
import { transportOf, type Transport } from './transport';
import type { ServedAnswer } from '../../shared/first-view-render';

/** A little longer than the server's own 30 s upstream timeout, so the server's 504 (which names the API) wins. */
export const CLIENT_TIMEOUT_MS = 35_000;

/** Reason phrases for when the browser gives none (HTTP/2 has no status text). */
const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  413: 'Content Too Large',
  414: 'URI Too Long',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

class ClientTimeout extends Error {
  override readonly name = 'TimeoutError';
}

/**
 * GET one endpoint on the app's own origin (the server adds the key) and parse the body
 * with its schema: anything the schema refuses becomes an ApiError, never a crash in a card.
 * Aborting `signal` (TanStack Query does when nobody shows the answer any more) cancels the
 * request and rejects with the abort reason. `fresh` asks the server past its cache (Refresh).
 */
export async function getJson<S extends v.GenericSchema>(
  request: ApiRequest,
  schema: S,
  signal?: AbortSignal,
  { fresh = false, transport = transportOf(undefined) }: { fresh?: boolean; transport?: Transport } = {},
): Promise<v.InferOutput<S>> {
  const { endpoint } = request;
  const url = new URL(requestTarget(request), transport.origin());

  // A plain timer rather than AbortSignal.timeout: it is cleared as soon as the answer is in,
  // and fake clocks (Vitest, Playwright) can move it.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new ClientTimeout()), CLIENT_TIMEOUT_MS);
  const cancel = () => controller.abort(signal?.reason);
  if (signal?.aborted) cancel();
  else signal?.addEventListener('abort', cancel, { once: true });

  let response: ServedAnswer;
  let text: string;
  try {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (fresh) headers[REFRESH_HEADER] = REFRESH_VALUE;
    response = await transport.fetch(url, { headers, signal: controller.signal });
    // Inside the same try: a connection dropped mid-body fails here, not in fetch().
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw signal.reason ?? error;
    if (controller.signal.reason instanceof ClientTimeout) {
      throw new ApiError({ kind: 'timeout', endpoint, message: `no answer within ${CLIENT_TIMEOUT_MS / 1000} s` });
    }
    throw new ApiError({ kind: 'network', endpoint, message: 'the connection failed or was dropped' });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }

  const body = parseJson(text);
  if (!response.ok) {
    throw new ApiError({
      kind: 'http',
      endpoint,
      status: response.status,
      message:
        messageFromBody(body ?? text) ?? (response.statusText || STATUS_TEXT[response.status] || `HTTP ${response.status}`),
      retryAfter: parseRetryAfter(response.headers.get('Retry-After')),
      htmlPage: body === undefined && looksLikeHtml(text),
      authRefusal: parseAuthRefusal(response.headers.get('X-Auth-Refusal')),
    });
  }
  if (body === undefined) {
    throw new ApiError({ kind: 'shape', endpoint, message: describeNonJson(text) });
  }
  const parsed = v.safeParse(schema, body);
  if (!parsed.success) {
    throw new ApiError({
      kind: isImplausible(parsed.issues) ? 'implausible' : 'shape',
      endpoint,
      message: describeIssues(parsed.issues),
    });
  }
  return parsed.output;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function describeNonJson(text: string): string {
  if (text.trim() === '') return 'the answer was empty';
  if (looksLikeHtml(text)) return 'an HTML page instead of JSON';
  return 'the body is not valid JSON';
}

/** Retry-After in seconds (delta form or HTTP date), capped at 5 minutes. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Math.min(Number(trimmed), 300);
  // An HTTP date names its weekday and month; a bare "-5" or "1.5" is neither form.
  if (!/[A-Za-z]/.test(trimmed)) return null;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.min(Math.max(0, Math.ceil((date - now) / 1000)), 300);
}
