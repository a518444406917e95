import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { writeCompressedCopies } from './precompress.ts';
import { proxyConfig, recordingFetch, SECRET_KEY, SENTIMENT_PATH, type UpstreamCall } from './test-support.ts';

/** Real sockets: fetch and Request normalise paths, so only a raw request shows what a client can send. */
let server: ServerType;
let port = 0;
let calls: UpstreamCall[] = [];
let clientDir = '';
const SCRIPT = `console.log(${JSON.stringify('over the wire '.repeat(300))});\n`;

beforeAll(async () => {
  clientDir = mkdtempSync(join(tmpdir(), 'ibl-socket-'));
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><html><head></head><body><div id="root"></div></body></html>');
  writeFileSync(join(clientDir, 'assets', 'index-Wire1.js'), SCRIPT);
  writeFileSync(join(clientDir, '.env'), `IBL_API_KEY=${SECRET_KEY}\n`);
  await writeCompressedCopies(join(clientDir, 'assets', 'index-Wire1.js'));
  const recorder = recordingFetch();
  calls = recorder.calls;
  const app = createApp({ config: proxyConfig(), fetchUpstream: recorder.fetchUpstream, clientDir });
  port = await new Promise<number>((resolve) => {
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => resolve(info.port));
  });
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(clientDir, { recursive: true, force: true });
});

function rawBytes(path: string, method = 'GET', headers: Record<string, string> = {}): Promise<{ status: number; headers: IncomingHttpHeaders; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers: { Connection: 'close', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function rawRequest(path: string, method = 'GET', headers: Record<string, string> = {}) {
  const { bytes, ...rest } = await rawBytes(path, method, headers);
  return { ...rest, body: bytes.toString('utf8') };
}

describe('over a real socket', () => {
  it('forwards a plain request', async () => {
    const before = calls.length;
    const response = await rawRequest(`${SENTIMENT_PATH}?period=7d`);
    expect(response.status).toBe(200);
    expect(calls.length).toBe(before + 1);
  });

  it.each([
    '/api/ai-analytics/orgs/acme/users/admin/../admin/sentiment-count/',
    '/api/ai-analytics/orgs/acme/users/x/%2e%2e/admin/sentiment-count/',
    '/api/ai-analytics/orgs/acme/users/x/.%2E/admin/sentiment-count/',
    '/api/ai-analytics/orgs/acme/./users/admin/sentiment-count/',
    '/api/ai-analytics/orgs/acme/users//admin/sentiment-count/',
    '//api/ai-analytics/orgs/acme/users/admin/sentiment-count/',
    '/api/ai-analytics/orgs/acme/users/a%2fb/sentiment-count/',
    '/api/ai-analytics/orgs/acme%5c..%5cx/users/admin/sentiment-count/',
    '/api/ai-analytics/orgs/acme\\..\\x/users/admin/sentiment-count/',
    '/api/x/../ai-analytics/orgs/acme/users/admin/sentiment-count/',
  ])('refuses %s without contacting upstream', async (path) => {
    const before = calls.length;
    const response = await rawRequest(path);
    expect([400, 404], response.body).toContain(response.status);
    expect(calls.length).toBe(before);
  });

  it('answers HEAD with headers only', async () => {
    const response = await rawRequest(SENTIMENT_PATH, 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.body).toBe('');
  });

  it('sends a build’s Brotli copy whole, with its length', async () => {
    const response = await rawBytes('/assets/index-Wire1.js', 'GET', { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-length']).toBe(String(response.bytes.length));
    expect(brotliDecompressSync(response.bytes).toString()).toBe(SCRIPT);
  });

  it.each(['/.env', '/assets/../.env', '/assets/%2e%2e/.env', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f.env', '/assets\\..\\.env'])(
    'never sends a file outside the build or a dotfile for %s',
    async (path) => {
      const response = await rawRequest(path);
      expect([400, 404]).toContain(response.status);
      expect(response.body).not.toContain(SECRET_KEY);
      expect(response.body).not.toContain('root:');
    },
  );
});
