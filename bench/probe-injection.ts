/**
 * bench/serve.ts --probe: every HTML page the bench server sends starts with bench/probe.js,
 * allowed by its hash in the page's Content-Security-Policy, and the figures pages beacon back
 * are printed for the bench to read (bench/page-reports.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { REPORT_LINE_PREFIX } from './page-reports.ts';

export const REPORT_PATH = '/__bench/report';

const PROBE = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');

/** Which target a page is, as the probe needs to know: the floors live under /floor/. */
export function targetOf(pathname: string): 'app' | 'floor-app' | 'floor-page' {
  if (pathname === '/floor/page.html') return 'floor-page';
  return pathname.startsWith('/floor/') ? 'floor-app' : 'app';
}

/** The page with the probe as its first script; any other response unchanged. */
export async function withProbe(response: Response, pathname: string): Promise<Response> {
  if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  const script = `var BENCH_TARGET = ${JSON.stringify(targetOf(pathname))};\n${PROBE}`;
  const hash = createHash('sha256').update(script).digest('base64');
  const headers = new Headers(response.headers);
  const policy = headers.get('content-security-policy');
  if (policy !== null) headers.set('content-security-policy', policy.replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`));
  headers.delete('content-length');
  // A function, so a `$` in the probe is not read as a replacement pattern.
  const html = (await response.text()).replace('<head>', () => `<head><script>${script}</script>`);
  return new Response(html, { status: response.status, headers });
}

/** A page's beacon, as one line for the bench; the body is the probe's JSON. */
export async function reportLine(request: Request): Promise<string> {
  return `${REPORT_LINE_PREFIX}${(await request.text()).replaceAll('\n', ' ')}\n`;
}
