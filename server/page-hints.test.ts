import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardRequests, requestTarget } from '../shared/requests.ts';
import { resolvePreset } from '../shared/periods.ts';
import { todayUtc } from '../shared/utc-day.ts';
import { createApp } from './app.ts';
import { CONFIG_META_PLACEHOLDER, preloadTargets, renderIndexHtml } from './index-html.ts';
import { demoConfig } from './test-support.ts';

const config = { mode: 'demo' as const, org: 'acme', userId: 'jane@acme.edu' };
const today = '2026-11-30';
const page = (search: string) => new URL(`http://127.0.0.1/${search}`);
const base = '/api/ai-analytics/orgs/acme/users/jane%40acme.edu';

describe('preloadTargets', () => {
  it('hints the four calls of the default view', () => {
    expect(preloadTargets(page(''), config, today)).toEqual([
      `${base}/sentiment-count/?period=7d`,
      `${base}/user-sentiment/?start_date=2026-11-24&end_date=2026-11-30`,
      `${base}/tenant-cost/?start_date=2026-11-24&end_date=2026-11-30`,
      `${base}/top-students-by-chat-messages/?start_date=2026-11-24&end_date=2026-11-30`,
    ]);
  });

  it('follows the URL as the SPA reads it: period, custom dates, mentor (and its name), org and user', () => {
    const mentor = '5f0c6d8e-93a1-4b57-9d2e-0c4f1a7b3e21';
    expect(preloadTargets(page(`?period=custom&from=2026-10-01&to=2026-10-31&mentor=${mentor}&org=northwind&user=ops`), config, today)).toEqual([
      '/api/ai-analytics/orgs/northwind/users/ops/sentiment-count/?period=90d',
      '/api/ai-analytics/orgs/northwind/users/ops/user-sentiment/?start_date=2026-10-01&end_date=2026-10-31',
      '/api/ai-analytics/orgs/northwind/users/ops/tenant-cost/?start_date=2026-10-01&end_date=2026-10-31',
      `/api/ai-analytics/orgs/northwind/users/ops/top-students-by-chat-messages/?mentor_id=${mentor}&start_date=2026-10-01&end_date=2026-10-31`,
      `/api/ai-search/orgs/northwind/users/ops/my-mentors/?unique_id=${mentor}`,
    ]);
    const range = resolvePreset('30d', today);
    const scope = { org: 'acme', userId: 'jane@acme.edu' };
    expect(preloadTargets(page('?period=30d&period=90d'), config, today)).toEqual(
      dashboardRequests(scope, { period: '30d', range, mentor: null }, today).map(requestTarget),
    );
  });

  it('hints nothing for a URL the SPA would correct, nor for a comparison', () => {
    for (const search of ['?period=week', '?period=custom&from=2026-02-30&to=2026-03-01', '?mentor=%3Cscript%3E', '?compare=previous']) {
      expect(preloadTargets(page(search), config, today), search).toEqual([]);
    }
  });
});

describe('renderIndexHtml with hints', () => {
  const html = `<html><head>${CONFIG_META_PLACEHOLDER}<script type="module" crossorigin src="/assets/index-1.js"></script></head><body></body></html>`;

  it('puts fetch preloads after the entry script, attribute-escaped', () => {
    const rendered = renderIndexHtml(html, config, { fetches: ['/api/x/?a=1&b=<2>'] });
    expect(rendered).toContain('<link rel="preload" as="fetch" crossorigin="anonymous" href="/api/x/?a=1&amp;b=&lt;2&gt;" />');
    expect(rendered.indexOf('rel="preload"')).toBeGreaterThan(rendered.indexOf('/assets/index-1.js'));
    expect(rendered.indexOf('rel="preload"')).toBeLessThan(rendered.indexOf('</head>'));
    expect(renderIndexHtml(html, config)).not.toContain('<link');
  });
});

describe('the server’s index.html', () => {
  let clientDir = '';

  beforeAll(() => {
    clientDir = mkdtempSync(join(tmpdir(), 'ibl-hints-'));
    mkdirSync(join(clientDir, 'assets'));
    mkdirSync(join(clientDir, '.vite'));
    writeFileSync(
      join(clientDir, 'index.html'),
      `<!doctype html><html><head>${CONFIG_META_PLACEHOLDER}<script type="module" crossorigin src="/assets/index-1.js"></script></head><body></body></html>`,
    );
    writeFileSync(join(clientDir, 'assets', 'index-1.js'), 'console.log(1);');
    writeFileSync(
      join(clientDir, '.vite', 'manifest.json'),
      JSON.stringify({
        'index.html': { file: 'assets/index-1.js', isEntry: true },
      }),
    );
  });

  afterAll(() => rmSync(clientDir, { recursive: true, force: true }));

  const app = () => createApp({ config: demoConfig(), clientDir, demoApi: () => ({ status: 200, body: [] }) });
  const html = async (path: string) => (await app().request(path, { headers: { Accept: 'text/html' } })).text();

  it('hints the page’s API calls, and no script: the chart waits for an interaction', async () => {
    const rendered = await html('/?period=30d');
    for (const target of preloadTargets(page('?period=30d'), { mode: 'demo', org: 'demo', userId: 'admin' }, todayUtc())) {
      expect(rendered).toContain(`href="${target.replaceAll('&', '&amp;')}"`);
    }
    expect(rendered.match(/rel="preload" as="fetch"/g)).toHaveLength(4);
    expect(rendered).not.toContain('modulepreload');
    expect(await html('/?period=fortnight')).not.toContain('rel="preload"');
  });
});
