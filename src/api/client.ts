import type * as z from 'zod/mini';
import { ApiError } from './api-error';
import { endpointPath, type Endpoint } from './endpoints';
import { messageFromBody } from './error-message';
import { describeIssues } from './schemas';

/** Whose data: the tenant and the requesting admin. */
export interface Scope {
  org: string;
  userId: string;
}

/** A little longer than the server's own 30 s upstream timeout, so the server's 504 wins. */
const CLIENT_TIMEOUT_MS = 35_000;

/**
 * GET one endpoint on the app's own origin (the server adds the key) and parse the body
 * with its schema: anything the schema refuses becomes an ApiError, never a crash in a card.
 */
export async function getJson<S extends z.ZodMiniType>(
  endpoint: Endpoint,
  scope: Scope,
  params: Record<string, string | null | undefined>,
  schema: S,
  signal?: AbortSignal,
): Promise<z.output<S>> {
  const url = new URL(endpointPath(endpoint, scope.org, scope.userId), window.location.origin);
  for (const [key, value] of Object.entries(params)) if (value) url.searchParams.set(key, value);

  const timeout = AbortSignal.timeout(CLIENT_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: 'application/json' },
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    if (timeout.aborted) {
      throw new ApiError({ kind: 'timeout', endpoint, message: 'no answer within 35 s' });
    }
    throw new ApiError({ kind: 'network', endpoint, message: 'the request did not reach the server' });
  }

  const text = await response.text();
  const body = parseJson(text);
  if (!response.ok) {
    throw new ApiError({
      kind: 'http',
      endpoint,
      status: response.status,
      message: messageFromBody(body ?? text) ?? (response.statusText || `HTTP ${response.status}`),
      retryAfter: parseRetryAfter(response.headers.get('Retry-After')),
    });
  }
  if (body === undefined) {
    throw new ApiError({ kind: 'shape', endpoint, message: 'the body is not JSON' });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError({ kind: 'shape', endpoint, message: describeIssues(parsed.error) });
  }
  return parsed.data;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Retry-After in seconds (delta form or HTTP date), capped at 5 minutes. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Math.min(Number(trimmed), 300);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.min(Math.max(0, Math.ceil((date - now) / 1000)), 300);
}
