import { connect, type AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, oidcRuntime, TEST_CLIENT } from './auth-test-app.ts';
import { DEFAULT_TEST_ACCOUNTS, startOidcProvider, type RunningOidcProvider } from './oidc-test-provider.ts';
import { SignInDriver } from './sign-in-driver.ts';

/**
 * Over a real socket, because only there does the request target arrive exactly as sent:
 * fetch and URL parsing would percent-encode quotes and raw UTF-8 before the app saw them.
 */

let provider: RunningOidcProvider;
let server: Server;
let publicUrl: string;
let app: Hono | null = null;

beforeAll(async () => {
  server = serve({ fetch: (request, env) => (app === null ? new Response(null, { status: 503 }) : app.fetch(request, env)), port: 0, hostname: '127.0.0.1' }) as Server;
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  publicUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  provider = await startOidcProvider({
    accounts: [...DEFAULT_TEST_ACCOUNTS],
    clients: [{ ...TEST_CLIENT, redirect_uris: [`${publicUrl}/auth/callback`] }],
  });
  app = createTestApp(await oidcRuntime({ issuer: provider.issuer, publicUrl })).app;
});

afterAll(async () => {
  await provider.stop();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** A GET with the target written to the socket byte for byte; the answer's head as bytes (latin1). */
function rawGet(target: Buffer): Promise<{ status: number; headers: Map<string, string> }> {
  const { port } = new URL(publicUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      const text = Buffer.concat(chunks).toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      if (end === -1) return;
      const [statusLine = '', ...lines] = text.slice(0, end).split('\r\n');
      const headers = new Map(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      socket.destroy();
      resolve({ status: Number(statusLine.split(' ')[1]), headers });
    });
    socket.on('error', reject);
    socket.write(
      Buffer.concat([
        Buffer.from('GET '),
        target,
        Buffer.from(` HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAccept: text/html\r\nConnection: close\r\n\r\n`),
      ]),
    );
  });
}

it('brings a deep link back byte for byte: +, %20, quotes and %C3%A9', async () => {
  const deepLink = Buffer.from(`/?period=custom&from=2026-01-01&to=2026-01-31&mentor=a+b%20c&q="x"&n='y'&e=%C3%A9`, 'utf8');
  const first = await rawGet(deepLink);
  expect(first.status).toBe(302);
  const login = first.headers.get('location') ?? '';
  expect(login).toBe(
    "/auth/login?next=%2F%3Fperiod%3Dcustom%26from%3D2026-01-01%26to%3D2026-01-31%26mentor%3Da%2Bb%2520c%26q%3D%22x%22%26n%3D%27y%27%26e%3D%25C3%25A9",
  );
  const browser = new SignInDriver({ publicUrl });
  const { landing } = await browser.signIn('alice', login);
  // fetch hands header values over one character per byte.
  expect(Buffer.from(landing ?? '', 'latin1').equals(deepLink)).toBe(true);
});

it('keeps a return path that holds raw UTF-8 as those bytes', async () => {
  // Node refuses raw UTF-8 in a request target, but a next= parameter can carry it encoded once.
  const browser = new SignInDriver({ publicUrl });
  const { landing } = await browser.signIn('alice', '/auth/login?next=%2F%3Fmentor%3D%C3%A9t%C3%A9%2B1');
  expect(Buffer.from(landing ?? '', 'latin1').equals(Buffer.from('/?mentor=été+1', 'utf8'))).toBe(true);
});
