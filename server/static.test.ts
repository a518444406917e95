import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { CONFIG_META_PLACEHOLDER } from './index-html.ts';
import { demoConfig, proxyConfig, recordingFetch, SECRET_KEY } from './test-support.ts';

const INDEX = `<!doctype html><html><head>${CONFIG_META_PLACEHOLDER}<title>Analytics</title></head><body><div id="root"></div></body></html>`;
const HTML_ACCEPT = { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

let clientDir = '';
let emptyDir = '';

beforeAll(() => {
  clientDir = mkdtempSync(join(tmpdir(), 'ibl-client-'));
  emptyDir = mkdtempSync(join(tmpdir(), 'ibl-empty-'));
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(join(clientDir, 'index.html'), INDEX);
  writeFileSync(join(clientDir, 'assets', 'index-AbC123.js'), 'console.log(1);');
  writeFileSync(join(clientDir, 'assets', 'index-AbC123.css'), 'body{}');
  writeFileSync(join(clientDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(clientDir, 'robots.txt'), 'User-agent: *\n');
  writeFileSync(join(clientDir, '.env'), `IBL_API_KEY=${SECRET_KEY}\n`);
  writeFileSync(join(tmpdir(), 'ibl-outside.txt'), 'outside');
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
    expect(await script.text()).toBe('console.log(1);');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const style = await demoApp().request('/assets/index-AbC123.css');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('serves other files with a short cache', async () => {
    for (const [path, type] of [
      ['/favicon.svg', 'image/svg+xml'],
      ['/robots.txt', 'text/plain; charset=utf-8'],
    ]) {
      const response = await demoApp().request(path ?? '');
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
    }
  });

  it('answers a missing asset 404 even for a client that accepts HTML', async () => {
    const response = await demoApp().request('/assets/index-Gone99.js', { headers: HTML_ACCEPT });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('<html');
  });

  it('never serves dotfiles or files outside the client directory', async () => {
    for (const path of ['/.env', '/%2eenv', '/assets/..%2f.env', '/..%2fibl-outside.txt', '/%2e%2e/ibl-outside.txt', '/assets/..%5c.env']) {
      const response = await demoApp().request(path);
      expect([400, 404], path).toContain(response.status);
      const text = await response.text();
      expect(text, path).not.toContain(SECRET_KEY);
      expect(text, path).not.toContain('outside');
    }
  });
});

describe('index.html', () => {
  it('is rendered with the public config for / and client-side routes, never cached', async () => {
    for (const path of ['/', '/index.html', '/dashboard?period=30d', '/some/deep/route']) {
      const response = await demoApp().request(path, { headers: HTML_ACCEPT });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
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

  it('answers other methods 405', async () => {
    const response = await demoApp().request('/', { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});
