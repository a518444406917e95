import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { parseReportLine } from './page-reports.ts';
import { reportLine, targetOf, withProbe } from './probe-injection.ts';

const POLICY = "default-src 'self'; script-src 'self'; object-src 'none'";

function page(body = '<!doctype html><html><head><title>x</title></head><body></body></html>') {
  return new Response(body, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': POLICY, 'Content-Length': '999' } });
}

describe('the probe in bench pages', () => {
  it('knows the three targets by path', () => {
    expect(targetOf('/')).toBe('app');
    expect(targetOf('/?period=30d')).toBe('app');
    expect(targetOf('/floor/app/index.html')).toBe('floor-app');
    expect(targetOf('/floor/page.html')).toBe('floor-page');
  });

  it('runs first in the page, allowed by its own hash and nothing more', async () => {
    const response = await withProbe(page(), '/floor/page.html');
    const html = await response.text();
    const script = /<head><script>([\s\S]*?)<\/script><title>/.exec(html)?.[1];
    expect(script).toMatch(/^var BENCH_TARGET = "floor-page";\n/);
    const hash = createHash('sha256').update(script ?? '').digest('base64');
    expect(response.headers.get('content-security-policy')).toBe(`default-src 'self'; script-src 'self' 'sha256-${hash}'; object-src 'none'`);
    expect(response.headers.get('content-length')).toBeNull();
  });

  it('allows the probe in the app’s own policy', async () => {
    const clientDir = mkdtempSync(join(tmpdir(), 'ibl-probe-'));
    try {
      writeFileSync(join(clientDir, 'index.html'), '<!doctype html><html><head><title>x</title></head><body></body></html>');
      const app = createApp({ config: loadConfig({}), clientDir, demoApi: () => ({ status: 200, body: [] }) });
      const response = await withProbe(await app.request('/', { headers: { Accept: 'text/html' } }), '/');
      const script = /<head><script>([\s\S]*?)<\/script>/.exec(await response.text())?.[1] ?? '';
      const hash = createHash('sha256').update(script).digest('base64');
      expect(response.headers.get('content-security-policy')).toContain(`script-src 'self' 'sha256-${hash}';`);
    } finally {
      rmSync(clientDir, { recursive: true, force: true });
    }
  });

  it('leaves anything but HTML alone', async () => {
    const script = new Response('console.log(1)', { headers: { 'Content-Type': 'text/javascript' } });
    expect(await withProbe(script, '/assets/index.js')).toBe(script);
  });

  it('turns a beacon into a line the bench reads back', async () => {
    const request = new Request('http://bench/__bench/report', { method: 'POST', body: JSON.stringify({ name: 'data-bench-shown', target: 'app', value: 123.4 }) });
    const line = await reportLine(request);
    expect(line.endsWith('\n')).toBe(true);
    expect(parseReportLine(line.trimEnd())).toEqual({ name: 'data-bench-shown', target: 'app', value: 123.4 });
  });

  it('ignores other output and malformed reports', () => {
    expect(parseReportLine('bench server on http://127.0.0.1:1')).toBeNull();
    expect(parseReportLine('bench-report {not json')).toBeNull();
    expect(parseReportLine('bench-report {"name":"data-bench-shown","target":"app","value":"fast"}')).toBeNull();
  });
});
