import { once } from 'node:events';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';

/** Test support: apps served on loopback ports, and a round-robin balancer in front of them. */

export interface Listening {
  url: string;
  close(): Promise<void>;
}

function urlOf(server: Server): string {
  const address: AddressInfo | string | null = server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening on a port');
  return `http://127.0.0.1:${address.port}`;
}

function closer(server: Server): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
}

export async function listen(app: Hono): Promise<Listening> {
  let server: ServerType | undefined;
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => resolve(info.port));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server?.close(() => resolve());
        if (server !== undefined && 'closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}

/**
 * Sends each request to the next instance in turn, as a load balancer without sticky sessions
 * does; `picked` lists which instance (0, 1, …) took each request.
 */
export async function roundRobin(targets: string[]): Promise<Listening & { picked: number[] }> {
  const picked: number[] = [];
  let next = 0;
  const server = createServer((req, res) => {
    const index = next;
    next = (next + 1) % targets.length;
    picked.push(index);
    const target = new URL(req.url ?? '/', targets[index]);
    const upstream = httpRequest(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { url: urlOf(server), close: closer(server), picked };
}
