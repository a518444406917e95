import type { QueryClient } from '@tanstack/react-query';
import type { ServedAnswer } from '../../shared/first-view-render';

/** How a query client's fetches reach the dashboard's server. */
export interface Transport {
  /** The origin API targets are relative to. */
  origin(): string;
  fetch(url: URL, init: { headers: Record<string, string>; signal: AbortSignal }): Promise<ServedAnswer>;
}

/** The browser's: its own origin, its own fetch (looked up per call, so tests can replace it). */
const BROWSER: Transport = {
  origin: () => window.location.origin,
  fetch: (url, init) => fetch(url, init),
};

const transports = new WeakMap<QueryClient, Transport>();

/** The server's render of a first view asks its own routes instead (src/entry-server.tsx). */
export function setTransport(client: QueryClient, transport: Transport): void {
  transports.set(client, transport);
}

export function transportOf(client: QueryClient | undefined): Transport {
  return (client && transports.get(client)) ?? BROWSER;
}
