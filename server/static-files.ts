import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { renderIndexHtml, type PublicConfig } from './index-html.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

// Vite puts content hashes in every file name under assets/, so they can be cached forever.
const IMMUTABLE = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=3600';
const NO_CACHE = 'no-cache';

function text(body: string, status: number, extra: Record<string, string> = {}): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra },
  });
}

async function readIfFile(path: string): Promise<Buffer | null> {
  try {
    if (!(await stat(path)).isFile()) return null;
    return await readFile(path);
  } catch {
    return null;
  }
}

function acceptsHtml(request: Request): boolean {
  return (request.headers.get('accept') ?? '').includes('text/html');
}

/** Serves the built SPA; unknown paths that want HTML get index.html so client-side routes work. */
export function createStaticHandler(options: { clientDir: string; publicConfig: PublicConfig }) {
  const root = resolve(options.clientDir);

  /** Maps a URL path to a file inside root, or null for anything that could leave it. */
  function fileFor(pathname: string): string | null {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return null;
    }
    if (decoded.includes('\0') || decoded.includes('\\')) return null;
    // Dotfiles (.env copies, .git) are never part of a build.
    if (decoded.split('/').some((segment) => segment.startsWith('.'))) return null;
    const path = resolve(root, `.${decoded}`);
    return path.startsWith(root + sep) ? path : null;
  }

  async function indexHtml(): Promise<Response> {
    const html = await readIfFile(resolve(root, 'index.html'));
    if (html === null) return text('Run `npm run build` first: the built dashboard is missing.\n', 503);
    return new Response(renderIndexHtml(html.toString('utf8'), options.publicConfig), {
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': NO_CACHE },
    });
  }

  return async function serveStatic(request: Request): Promise<Response> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return text('Method not allowed.\n', 405, { Allow: 'GET, HEAD' });
    }
    const { pathname } = new URL(request.url);
    if (pathname === '/' || pathname === '/index.html') return indexHtml();

    const path = fileFor(pathname);
    const body = path === null ? null : await readIfFile(path);
    if (path !== null && body !== null) {
      const type = CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
      return new Response(new Uint8Array(body), {
        headers: { 'Content-Type': type, 'Cache-Control': pathname.startsWith('/assets/') ? IMMUTABLE : SHORT },
      });
    }
    // A missing hashed asset must stay a 404: answering HTML would be cached as the script.
    if (!pathname.startsWith('/assets/') && acceptsHtml(request)) return indexHtml();
    return text('Not found.\n', 404);
  };
}
