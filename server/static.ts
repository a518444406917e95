import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { withDarkTheme } from './page-theme.ts';
import { renderIndexHtml, type FirstViewHtml, type PageHints, type PublicConfig } from './index-html.ts';

// Vite puts content hashes in every file name under assets/, so they can be cached forever.
const IMMUTABLE = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=3600';
// A page carries who is signed in and, drawn on the server, their figures: no shared cache may keep it.
const PAGE_CACHE = 'private, no-cache';
const PRECOMPRESSED = ['.br', '.gz'];

function text(body: string, status: number, extra: Record<string, string> = {}): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra },
  });
}

/** Dotfiles (.env copies, .git) and .vite/ (the build manifest) are never served. */
function isHidden(path: string): boolean {
  return path.split('/').some((segment) => segment.startsWith('.'));
}

/**
 * Files of a build, as @hono/node-server's serveStatic sends them: the build's Brotli or gzip
 * copy when the client takes it, hashed assets cached forever, others for an hour. Undefined
 * when the request names no file of the build.
 */
export function builtFiles(root: string): (c: Context) => Promise<Response | undefined> {
  const found = new WeakMap<Context, string>();
  // Made once the build is there: before `npm run build` the page says what to do (503), not the
  // library, which would print a warning at start.
  let files: ReturnType<typeof serveStatic> | null = null;
  return async (c) => {
    if (isHidden(c.req.path)) return undefined;
    if (files === null) {
      if (!existsSync(root)) return undefined;
      files = serveStatic({ root, precompressed: true, onFound: (path, c) => void found.set(c, path) });
    }
    const response = await files(c, async () => undefined);
    if (!(response instanceof Response)) return undefined;
    response.headers.set('Cache-Control', c.req.path.startsWith('/assets/') ? IMMUTABLE : SHORT);
    // serveStatic says Vary only when it sent a copy; a cache must know the plain answer varies too.
    const path = found.get(c) ?? '';
    if (!response.headers.has('Content-Encoding') && PRECOMPRESSED.some((extension) => existsSync(path + extension))) {
      response.headers.set('Vary', 'Accept-Encoding');
    }
    return response;
  };
}

/** What the page at this request is rendered with. */
export interface PageData {
  publicConfig: PublicConfig;
  hints: PageHints;
  /** The first view rendered on the server, when it was. */
  firstView?: FirstViewHtml | null;
  /** Draw the page dark from its first paint. */
  dark?: boolean;
}

export interface ClientOptions {
  clientDir: string;
  page: (c: Context) => PageData | Promise<PageData>;
}

function acceptsHtml(c: Context): boolean {
  return (c.req.header('accept') ?? '').includes('text/html');
}

/**
 * The built SPA: index.html rendered per request (public config, preload hints), the build's
 * files, and index.html again for unknown paths that want HTML so client-side routes work.
 */
export function clientRoutes(options: ClientOptions): Hono {
  const root = resolve(options.clientDir);
  const files = builtFiles(root);

  async function page(c: Context): Promise<Response> {
    let html: string;
    try {
      html = await readFile(join(root, 'index.html'), 'utf8');
    } catch {
      return text('Run `npm run build` first: the built dashboard is missing.\n', 503);
    }
    const { publicConfig, hints, firstView = null, dark = false } = await options.page(c);
    const rendered = renderIndexHtml(html, publicConfig, hints, firstView);
    return new Response(dark ? withDarkTheme(rendered) : rendered, {
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': PAGE_CACHE },
    });
  }

  const client = new Hono();
  client.get('/', page);
  client.get('/index.html', page);
  client.get('*', async (c) => {
    const file = await files(c);
    if (file !== undefined) return file;
    // A missing hashed asset must stay a 404: answering HTML would be cached as the script.
    if (!c.req.path.startsWith('/assets/') && acceptsHtml(c)) return page(c);
    return text('Not found.\n', 404);
  });
  client.all('*', () => text('Method not allowed.\n', 405, { Allow: 'GET, HEAD' }));
  return client;
}
