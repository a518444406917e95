// Talks to the fake upstream (./fake-upstream.ts) the proxy project's dashboard server forwards
// to: what it saw, and failures for it to serve, so a failure travels the real proxy path.
import { FAKE_UPSTREAM } from './env';
import type { EndpointName } from './failures';

export interface UpstreamSeen {
  path: string;
  query: Record<string, string>;
  authorization: string | null;
  cookie: string | null;
}

export interface UpstreamFailure {
  endpoint: EndpointName;
  /** How many of the next requests to the endpoint get it; later ones get data. */
  times: number;
  reply:
    | { status: number; json?: unknown; body?: string; contentType?: string; headers?: Record<string, string> }
    /** Headers and part of the body, then the connection is dropped. */
    | { drop: 'mid-body' };
}

export async function upstreamSaw(): Promise<UpstreamSeen[]> {
  return (await fetch(`${FAKE_UPSTREAM}/__seen`)).json() as Promise<UpstreamSeen[]>;
}

/** How many requests for one endpoint reached the upstream. */
export async function upstreamCalls(endpoint: EndpointName): Promise<number> {
  return (await upstreamSaw()).filter((request) => request.path.endsWith(`/${endpoint}/`)).length;
}

export async function resetUpstream(): Promise<void> {
  await fetch(`${FAKE_UPSTREAM}/__reset`);
}

export async function failUpstream(failure: UpstreamFailure): Promise<void> {
  const response = await fetch(`${FAKE_UPSTREAM}/__fail`, { method: 'POST', body: JSON.stringify(failure) });
  if (!response.ok) throw new Error(`the fake upstream refused the failure: ${response.status}`);
}
