import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_VIEW_STATE_ID, type FirstViewRequest, type RenderFirstView } from '../shared/first-view-render.ts';
import { todayUtc } from '../shared/utc-day.ts';
import { createApp, type AppOptions } from './app.ts';
import { loadAuthConfig } from './auth/auth-config.ts';
import { resolveAuth } from './auth/auth-runtime.ts';
import { viewerLocale } from './first-view.ts';
import { preloadTargets, publicConfigOf } from './index-html.ts';
import { demoConfig, proxyConfig, recordingFetch } from './test-support.ts';

// The renderer itself is the client's (src/entry-server.tsx, tested there); here, what the
// server gives it and does with its answer. A stand-in renderer asks for the view's calls
// exactly as the real one does: through `request.fetch`.

let clientDir = '';

beforeAll(() => {
  clientDir = mkdtempSync(join(tmpdir(), 'ibl-first-view-'));
  writeFileSync(
    join(clientDir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta name="ibl-config" content="" /><title>Analytics · ibl.ai</title></head><body><div id="root"></div><script type="module" src="/assets/index-1.js"></script></body></html>',
  );
});
afterAll(() => rmSync(clientDir, { recursive: true, force: true }));

interface Seen {
  requests: FirstViewRequest[];
  answers: { target: string; status: number; cache: string | null }[];
}

/** Asks for every call of the page and draws what came back; null when nothing did. */
function standInRenderer(seen: Seen, answeredOnly?: (target: string) => boolean): RenderFirstView {
  return async (request) => {
    seen.requests.push(request);
    const config = JSON.parse(request.configJson) as { mode: 'demo' | 'proxy'; org: string; userId: string };
    const targets = preloadTargets(new URL(request.pageUrl), config, todayUtc());
    const answered: string[] = [];
    for (const target of targets) {
      const answer = await request.fetch(target, { headers: {} });
      seen.answers.push({ target, status: answer.status, cache: answer.headers.get('x-cache') });
      if (answer.ok && (answeredOnly?.(target) ?? true)) answered.push(target);
    }
    if (answered.length === 0) return null;
    return { html: `<title>Drawn · Analytics</title><main>${answered.length} cards drawn</main>`, state: '{"queries":[]}', answered };
  };
}

function setup(options: Partial<AppOptions> & { answeredOnly?: (target: string) => boolean } = {}) {
  const seen: Seen = { requests: [], answers: [] };
  const lines: string[] = [];
  const app = createApp({
    config: demoConfig(),
    clientDir,
    renderFirstView: standInRenderer(seen, options.answeredOnly),
    log: (line) => lines.push(line),
    ...options,
  });
  const page = async (path: string, headers: Record<string, string> = {}, env?: unknown) =>
    app.request(path, { headers: { accept: 'text/html', ...headers } }, env);
  return { app, seen, lines, page };
}

const hints = (html: string) => html.match(/rel="preload" as="fetch"/g)?.length ?? 0;

describe('the first view rendered on the server', () => {
  it('puts the drawn view in #root, its data beside it and its title in <head>, and hints only what it lacks', async () => {
    const { page, seen } = setup({ answeredOnly: (target) => !target.includes('/tenant-cost/') });
    const html = await (await page('/?period=30d', { 'accept-language': 'de-DE,de;q=0.9,en;q=0.5' })).text();
    expect(html).toContain('<div id="root"><main>3 cards drawn</main></div>');
    expect(html).toContain(`<script type="application/json" id="${FIRST_VIEW_STATE_ID}">{"queries":[]}</script>`);
    expect(html).toContain('<title>Drawn · Analytics</title>');
    expect(html).not.toContain('Analytics · ibl.ai');
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(hints(html)).toBe(1);
    expect(html).toMatch(/rel="preload" as="fetch" crossorigin="anonymous" href="[^"]*\/tenant-cost\//);
    // Demo mode answers every call at once; the page's config and the viewer's locale go along.
    expect(seen.answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    expect(seen.requests[0]?.locale).toBe('de-DE');
    expect(JSON.parse(seen.requests[0]?.configJson ?? '')).toMatchObject({ mode: 'demo', org: 'demo' });
  });

  it('asks a proxy’s cache only: nothing of the upstream until the browser has asked, then the cached answers', async () => {
    const upstream = recordingFetch(() => Response.json({ total_cost: 3 }));
    const config = proxyConfig({ IBL_ORG: 'demo' });
    const { app, page, seen, lines } = setup({ config, fetchUpstream: upstream.fetchUpstream });
    const first = await (await page('/?period=30d')).text();
    expect(seen.answers.map((answer) => answer.status)).toEqual([504, 504, 504, 504]);
    // The log says these 504s are the page's cache-only calls, not an upstream that timed out.
    expect(lines.filter((line) => / 504 \d+ms cache:miss only-if-cached$/.test(line))).toHaveLength(4);
    expect(upstream.calls).toHaveLength(0);
    expect(first).toContain('<div id="root"></div>');
    expect(hints(first)).toBe(4);

    const targets = preloadTargets(new URL('http://127.0.0.1/?period=30d'), publicConfigOf(config), todayUtc());
    for (const target of targets) expect((await app.request(target)).status).toBe(200);
    expect(upstream.calls).toHaveLength(4);
    seen.answers.length = 0;
    const second = await (await page('/?period=30d')).text();
    expect(seen.answers.map((answer) => [answer.status, answer.cache])).toEqual(targets.map(() => [200, 'hit']));
    expect(upstream.calls).toHaveLength(4);
    expect(second).toContain('<main>4 cards drawn</main>');
    expect(hints(second)).toBe(0);
  });

  it('asks as the page’s viewer, through the access rules, and never for one they refuse', async () => {
    const config = proxyConfig({ IBL_ORG: 'demo' });
    const settings = loadAuthConfig({ AUTH: 'header', AUTH_HEADER: 'X-Forwarded-Email', AUTH_TRUSTED_PROXIES: '10.0.0.0/8' }, config);
    const upstream = recordingFetch(() => Response.json({ total_cost: 3 }));
    const { page, seen } = setup({ config, auth: await resolveAuth(settings), fetchUpstream: upstream.fetchUpstream });
    const viaProxy = { incoming: { socket: { remoteAddress: '10.0.0.9' } } };
    expect((await page('/', { 'x-forwarded-email': 'alice@school.example' }, viaProxy)).status).toBe(200);
    // Let in, and asked only of the cache: 504, not 401.
    expect(seen.answers.map((answer) => answer.status)).toEqual([504, 504, 504, 504]);

    seen.answers.length = 0;
    const outsider = { incoming: { socket: { remoteAddress: '192.0.2.1' } } };
    expect((await page('/', { 'x-forwarded-email': 'alice@school.example' }, outsider)).status).toBe(401);
    expect(seen.answers).toEqual([]);
    expect(upstream.calls).toHaveLength(0);
  });

  it('leaves the page to the browser when the renderer fails, and says so once', async () => {
    const lines: string[] = [];
    const app = createApp({
      config: demoConfig(),
      clientDir,
      renderFirstView: () => Promise.reject(new Error('window is not defined')),
      log: (line) => lines.push(line),
    });
    for (let round = 0; round < 2; round += 1) {
      const response = await app.request('/', { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain('<div id="root"></div>');
      expect(hints(html)).toBe(4);
    }
    expect(lines.filter((line) => line.startsWith('first view:'))).toEqual([
      'first view: rendering on the server failed (window is not defined); pages are rendered in the browser',
    ]);
  });

  it('draws the page dark from the first paint when the viewer’s page last showed dark', async () => {
    const { page } = setup();
    expect(await (await page('/', { cookie: 'ibl-analytics-theme=dark' })).text()).toContain('<html lang="en" class="dark" style="color-scheme: dark">');
    expect(await (await page('/', { cookie: 'ibl-analytics-theme=light' })).text()).toContain('<html lang="en">');
  });
});

describe('viewerLocale', () => {
  it('takes the first language of Accept-Language that Intl knows', () => {
    expect(viewerLocale('de-DE,de;q=0.9')).toBe('de-DE');
    expect(viewerLocale('en-us')).toBe('en-US');
    expect(viewerLocale('fr;q=0.8')).toBe('fr');
    expect(viewerLocale('*')).toBeUndefined();
    expect(viewerLocale('not a locale!')).toBeUndefined();
    expect(viewerLocale(undefined)).toBeUndefined();
  });
});
