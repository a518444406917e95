import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { CONFIG_META_PLACEHOLDER } from './index-html.ts';
import { writeCompressedCopies } from './precompress.ts';
import { demoConfig, EXPECTED_CSP, proxyConfig, recordingFetch, SECRET_KEY } from './test-support.ts';

const INDEX = `<!doctype html><html><head>${CONFIG_META_PLACEHOLDER}<title>Analytics</title></head><body><div id="root"></div></body></html>`;
const HTML_ACCEPT = { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
// What Chromium sends.
const BROWSER_ENCODINGS = { 'Accept-Encoding': 'gzip, deflate, br, zstd' };
const SCRIPT = `console.log(${JSON.stringify('dashboard '.repeat(400))});\n`;
const MANIFEST = JSON.stringify({ 'index.html': { file: 'assets/index-AbC123.js', isEntry: true }, padding: 'm'.repeat(2000) });

let clientDir = '';
let emptyDir = '';

beforeAll(async () => {
  clientDir = mkdtempSync(join(tmpdir(), 'ibl-client-'));
  emptyDir = mkdtempSync(join(tmpdir(), 'ibl-empty-'));
  mkdirSync(join(clientDir, 'assets'));
  mkdirSync(join(clientDir, '.vite'));
  writeFileSync(join(clientDir, 'index.html'), INDEX);
  writeFileSync(join(clientDir, 'assets', 'index-AbC123.js'), SCRIPT);
  writeFileSync(join(clientDir, 'assets', 'index-AbC123.css'), 'body{}');
  writeFileSync(join(clientDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(clientDir, 'robots.txt'), 'User-agent: *\n');
  writeFileSync(join(clientDir, '.env'), `IBL_API_KEY=${SECRET_KEY}\n`);
  writeFileSync(join(clientDir, '.vite', 'manifest.json'), MANIFEST);
  writeFileSync(join(tmpdir(), 'ibl-outside.txt'), 'outside');
  // As the build leaves them (server/precompress.ts): copies beside what is 1 KB or more.
  await writeCompressedCopies(join(clientDir, 'assets', 'index-AbC123.js'));
  await writeCompressedCopies(join(clientDir, 'assets', 'index-AbC123.css'));
});

afterAll(() => {
  rmSync(clientDir, { recursive: true, force: true });
  rmSync(emptyDir, { recursive: true, force: true });
  rmSync(join(tmpdir(), 'ibl-outside.txt'), { force: true });
});

function demoApp(dir = clientDir) {
  return createApp({ config: demoConfig({ IBL_ORG: 'acme', IBL_USER_ID: 'jane@acme.edu' }), clientDir: dir, demoApi: () => ({ status: 200, body: [] }) });
}

describe('static files', () => {
  it('serves hashed assets as immutable with their type', async () => {
    const script = await demoApp().request('/assets/index-AbC123.js');
    expect(script.status).toBe(200);
    expect(await script.text()).toBe(SCRIPT);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const style = await demoApp().request('/assets/index-AbC123.css');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(style.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('sends the build’s Brotli copy to a browser, gzip to a client that takes only gzip', async () => {
    const copy = (extension: string) => readFileSync(join(clientDir, 'assets', `index-AbC123.js${extension}`));
    const brotli = await demoApp().request('/assets/index-AbC123.js', { headers: BROWSER_ENCODINGS });
    expect(brotli.status).toBe(200);
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(brotli.headers.get('vary')).toBe('Accept-Encoding');
    expect(brotli.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(brotli.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = Buffer.from(await brotli.arrayBuffer());
    expect(body.equals(copy('.br'))).toBe(true);
    expect(body.length).toBeLessThan(SCRIPT.length / 10);
    expect(brotliDecompressSync(body).toString()).toBe(SCRIPT);

    for (const accept of ['gzip', 'br;q=0, gzip']) {
      const gzip = await demoApp().request('/assets/index-AbC123.js', { headers: { 'Accept-Encoding': accept } });
      expect(gzip.headers.get('content-encoding'), accept).toBe('gzip');
      expect(gzip.headers.get('vary'), accept).toBe('Accept-Encoding');
      expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(SCRIPT);
    }
  });

  it('sends the file itself to a client that takes no encoding, saying the answer varies', async () => {
    for (const headers of [{}, { 'Accept-Encoding': 'identity' }] as Record<string, string>[]) {
      const plain = await demoApp().request('/assets/index-AbC123.js', { headers });
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(plain.headers.get('vary')).toBe('Accept-Encoding');
      expect(await plain.text()).toBe(SCRIPT);
    }
  });

  it('sends a file too small to compress as it is, without Vary', async () => {
    const style = await demoApp().request('/assets/index-AbC123.css', { headers: BROWSER_ENCODINGS });
    expect(style.headers.get('content-encoding')).toBeNull();
    expect(style.headers.get('vary')).toBeNull();
    expect(await style.text()).toBe('body{}');
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await demoApp().request('/assets/index-AbC123.js', { method: 'HEAD', headers: BROWSER_ENCODINGS });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-encoding')).toBe('br');
    expect(head.headers.get('content-length')).toBe(String(readFileSync(join(clientDir, 'assets', 'index-AbC123.js.br')).length));
    expect(await head.text()).toBe('');
  });

  it('serves other files with a short cache', async () => {
    for (const [path, type] of [
      ['/favicon.svg', 'image/svg+xml; charset=utf-8'],
      ['/robots.txt', 'text/plain; charset=utf-8'],
    ] as const) {
      const response = await demoApp().request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
    }
  });

  it('answers a missing asset 404 even for a client that accepts HTML', async () => {
    for (const path of ['/assets/index-Gone99.js', '/assets/', '/assets/index-AbC123.js/']) {
      const response = await demoApp().request(path, { headers: HTML_ACCEPT });
      expect(response.status, path).toBe(404);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.text()).not.toContain('<html');
    }
  });

  it('never serves dotfiles, the build manifest or files outside the client directory', async () => {
    for (const path of [
      '/.env',
      '/%2eenv',
      '/.vite/manifest.json',
      '/%2Evite/manifest.json',
      '/.vite%2fmanifest.json',
      '/assets/..%2f.env',
      '/..%2fibl-outside.txt',
      '/%2e%2e/ibl-outside.txt',
      '/assets/..%5c.env',
    ]) {
      for (const headers of [{}, HTML_ACCEPT, BROWSER_ENCODINGS]) {
        const response = await demoApp().request(path, { headers });
        const text = await response.text();
        expect(text, path).not.toContain(SECRET_KEY);
        expect(text, path).not.toContain('outside');
        expect(text, path).not.toContain('isEntry');
        // A client that wants a page gets the SPA outside /assets/, anyone else a 404.
        if (headers === HTML_ACCEPT && !path.startsWith('/assets/')) expect(text, path).toContain('<div id="root">');
        else expect(response.status, path).toBe(404);
      }
    }
  });
});

describe('index.html', () => {
  it('is rendered with the public config for / and client-side routes, never kept by a shared cache', async () => {
    for (const path of ['/', '/index.html', '/dashboard?period=30d', '/some/deep/route']) {
      const response = await demoApp().request(path, { headers: { ...HTML_ACCEPT, ...BROWSER_ENCODINGS } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('private, no-cache');
      const html = await response.text();
      expect(html).toContain(
        '<meta name="ibl-config" content="{&quot;mode&quot;:&quot;demo&quot;,&quot;org&quot;:&quot;acme&quot;,&quot;userId&quot;:&quot;jane@acme.edu&quot;}" />',
      );
      expect(html).not.toContain(CONFIG_META_PLACEHOLDER);
    }
  });

  it('is not the answer to requests that do not accept HTML', async () => {
    const response = await demoApp().request('/some/route', { headers: { Accept: 'application/json' } });
    expect(response.status).toBe(404);
  });

  it('holds neither key nor base URL in proxy mode', async () => {
    const app = createApp({ config: proxyConfig(), clientDir, fetchUpstream: recordingFetch().fetchUpstream });
    const html = await (await app.request('/', { headers: HTML_ACCEPT })).text();
    expect(html).toContain('&quot;mode&quot;:&quot;proxy&quot;');
    expect(html).not.toContain(SECRET_KEY);
    expect(html).not.toContain('example.test');
  });

  it('answers 503 with a hint when the SPA has not been built', async () => {
    const response = await demoApp(emptyDir).request('/', { headers: HTML_ACCEPT });
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('Run `npm run build` first');
  });

  it('answers other methods 405, for pages and files alike', async () => {
    for (const path of ['/', '/assets/index-AbC123.js', '/some/route']) {
      const response = await demoApp().request(path, { method: 'POST' });
      expect(response.status, path).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
    }
  });
});

describe('security headers on the client’s answers', () => {
  it('are on pages, files, compressed files and refusals', async () => {
    for (const [path, method, status] of [
      ['/', 'GET', 200],
      ['/some/route', 'GET', 200],
      ['/assets/index-AbC123.js', 'GET', 200],
      ['/favicon.svg', 'GET', 200],
      ['/assets/index-Gone99.js', 'GET', 404],
      ['/', 'PUT', 405],
    ] as const) {
      const response = await demoApp().request(path, { method, headers: { ...HTML_ACCEPT, ...BROWSER_ENCODINGS } });
      expect(response.status, path).toBe(status);
      expect(response.headers.get('content-security-policy'), path).toBe(EXPECTED_CSP);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });
});
