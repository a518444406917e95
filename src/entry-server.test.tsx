import { hydrate } from '@tanstack/react-query';
import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Page } from './app/page';
import { createQueryClient } from './app/query-client';
import { jsonForScript, renderFirstView } from './entry-server';
import { parseAppConfig } from './state/app-config';
import { memoryUrlStore } from './state/url-search';
import type { FirstViewRequest, ServedAnswer } from '../shared/first-view-render';

const HOSTILE = '</script><img src=x onerror="alert(1)">';
const CONFIG = JSON.stringify({ mode: 'demo', org: 'demo', userId: 'admin' });
const PAGE = 'http://127.0.0.1:4173/?period=7d';

type Bodies = Partial<Record<string, unknown>>;

const DEFAULT_BODIES: Bodies = {
  'sentiment-count': [{ date: '2026-11-30T00:00:00Z', sentiment_count: 9 }],
  'user-sentiment': { sentiment_distribution: { positive: 50, neutral: 30, negative: 20 }, total_sentiments: 9 },
  'tenant-cost': { total_cost: 12.5 },
  'top-students-by-chat-messages': [{ username: 'maria.garcia', chat_message_count: 4 }],
};

/** The server's own routes as the renderer sees them: one answer per endpoint; a missing one is not cached (504). */
function serverRoutes(bodies: Bodies = DEFAULT_BODIES) {
  const asked: { target: string; headers: Record<string, string> }[] = [];
  const fetch: FirstViewRequest['fetch'] = (target, init) => {
    asked.push({ target, headers: init.headers });
    const endpoint = target.split('?')[0]?.split('/').at(-2) ?? '';
    const body = bodies[endpoint];
    const answer: ServedAnswer =
      body === undefined ? new Response('{"detail":"not cached"}', { status: 504 }) : Response.json(body);
    return Promise.resolve(answer);
  };
  return { fetch, asked };
}

function request(fetch: FirstViewRequest['fetch'], overrides: Partial<FirstViewRequest> = {}): FirstViewRequest {
  return { pageUrl: PAGE, configJson: CONFIG, locale: 'en-US', fetch, ...overrides };
}

/** The HTML as the browser parses it: #root, and the data beside it. */
function parse(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('renderFirstView', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-30T15:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('draws every card with its figures and carries the data it drew them from', async () => {
    const routes = serverRoutes();
    const markup = await renderFirstView(request(routes.fetch));
    if (markup === null) throw new Error('nothing was rendered');
    const root = parse(markup.html);
    expect(root.querySelector('h1')?.textContent).toBe('Mentor analytics');
    expect(root.textContent).toContain('$12.50');
    expect(root.textContent).toContain('maria.garcia');
    expect(root.querySelector('[data-chart-line]')).not.toBeNull();
    expect(root.querySelector('[aria-busy="true"]')).toBeNull();
    // The view's four calls, each asked once, and the state holds their four answers.
    expect(routes.asked.map((call) => call.target.split('?')[0]?.split('/').at(-2)).sort()).toEqual([
      'sentiment-count',
      'tenant-cost',
      'top-students-by-chat-messages',
      'user-sentiment',
    ]);
    expect([...markup.answered].sort()).toEqual(routes.asked.map((call) => call.target).sort());
    expect((JSON.parse(markup.state) as { queries: unknown[] }).queries).toHaveLength(4);
  });

  it('writes text from the API as text, and nothing in the state can end its <script>', async () => {
    const routes = serverRoutes({ ...DEFAULT_BODIES, 'top-students-by-chat-messages': [{ username: HOSTILE, chat_message_count: 4 }] });
    const markup = await renderFirstView(request(routes.fetch));
    if (markup === null) throw new Error('nothing was rendered');
    expect(markup.html).not.toContain('<img');
    expect(parse(markup.html).textContent).toContain(HOSTILE);
    expect(markup.state).not.toMatch(/[<>]/);
    expect(JSON.stringify(JSON.parse(markup.state))).toContain(JSON.stringify(HOSTILE).slice(1, -1));
  });

  it('draws a card whose answer is not in at once as loading, and leaves it to the browser', async () => {
    const { 'tenant-cost': _cost, ...others } = DEFAULT_BODIES;
    const routes = serverRoutes(others);
    const markup = await renderFirstView(request(routes.fetch));
    if (markup === null) throw new Error('nothing was rendered');
    const cost = parse(markup.html).querySelector('[aria-labelledby][aria-busy="true"]');
    expect(cost?.textContent).toContain('LLM cost');
    expect(markup.answered.some((target) => target.includes('/tenant-cost/'))).toBe(false);
    expect((JSON.parse(markup.state) as { queries: unknown[] }).queries).toHaveLength(3);
  });

  it('renders nothing when no answer is in, and asks nothing for a viewer no rule lets in', async () => {
    expect(await renderFirstView(request(serverRoutes({}).fetch))).toBeNull();
    const refused = serverRoutes();
    const configJson = JSON.stringify({
      mode: 'demo',
      org: 'demo',
      userId: 'admin',
      auth: { mode: 'oidc', user: { name: 'Eve', email: 'eve@elsewhere.example' }, allowed: false, orgs: [], signOut: true },
    });
    expect(await renderFirstView(request(refused.fetch, { configJson }))).toBeNull();
    expect(refused.asked).toEqual([]);
  });

  it('writes figures in the viewer’s locale', async () => {
    const markup = await renderFirstView(request(serverRoutes({ ...DEFAULT_BODIES, 'tenant-cost': { total_cost: 1234.5 } }).fetch, { locale: 'de-DE' }));
    expect(parse(markup?.html ?? '').textContent).toContain('1.234,50');
  });

  it('is hydrated by the browser as it is: no mismatch, the same elements', async () => {
    const markup = await renderFirstView(request(serverRoutes().fetch));
    if (markup === null) throw new Error('nothing was rendered');
    const container = document.createElement('div');
    container.innerHTML = markup.html;
    document.body.append(container);
    const heading = container.querySelector('h1');
    const queryClient = createQueryClient();
    hydrate(queryClient, JSON.parse(markup.state));
    const mismatches: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, <Page config={parseAppConfig(CONFIG)} queryClient={queryClient} url={memoryUrlStore('?period=7d')} />, {
        onRecoverableError: (error) => mismatches.push(error),
      });
    });
    expect(mismatches).toEqual([]);
    expect(container.querySelector('h1')).toBe(heading);
    expect(container.textContent).toContain('$12.50');
  });
});

describe('jsonForScript', () => {
  it('escapes what could close the script or break a string, and parses back to the same value', () => {
    const value = { text: '</script><!-- & \u2028\u2029 >' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
