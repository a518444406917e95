import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import { renderIndexHtml, type PageHints, type PublicConfig } from './index-html.ts';

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

// Text worth compressing; images and fonts already are.
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.json', '.map', '.webmanifest', '.svg', '.txt', '.xml']);
// Below this, the headers cost more than compression saves.
const MIN_COMPRESS_BYTES = 1024;

type Encoding = 'br' | 'gzip';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Compresses off the main thread (zlib's thread pool), at the highest levels: each file is compressed once. */
function compress(body: Buffer, encoding: Encoding): Promise<Buffer> {
  return encoding === 'br'
    ? brotliAsync(body, {
        params: {
          [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY,
          [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzipAsync(body, { level: 9 });
}

/** The encoding to answer with: Brotli when the client takes it, else gzip, else none. */
export function preferredEncoding(acceptEncoding: string | null): Encoding | null {
  const accepted = new Set<string>();
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [name = '', ...parameters] = part.split(';').map((piece) => piece.trim());
    const refused = parameters.some((parameter) => /^q=0(\.0*)?$/.test(parameter));
    if (name && !refused) accepted.add(name);
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

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

interface CachedFile {
  /** Size and modification time: a rebuilt file is read and compressed again. */
  version: string;
  body: Buffer;
  encoded: Map<Encoding, Promise<Buffer>>;
}

function acceptsHtml(request: Request): boolean {
  return (request.headers.get('accept') ?? '').includes('text/html');
}

export interface StaticOptions {
  clientDir: string;
  publicConfig: PublicConfig;
  /** API targets (path and query) the page at this URL is about to fetch, for preload hints. */
  preloadsFor?: (url: URL) => readonly string[];
}

// Shared by every handler in the process, so apps serving the same build (the tests create
// dozens) read and compress each file once. A file that changed on disk is read again; one that
// is gone is dropped.
const files = new Map<string, CachedFile>();
const precompressedRoots = new Set<string>();

/** The file's bytes, from memory while it is unchanged on disk; null when it is not a file. */
async function cachedFile(path: string): Promise<CachedFile | null> {
  try {
    const info = await stat(path);
    if (info.isFile()) {
      const version = `${info.size}:${info.mtimeMs}`;
      const cached = files.get(path);
      if (cached?.version === version) return cached;
      const fresh: CachedFile = { version, body: await readFile(path), encoded: new Map() };
      files.set(path, fresh);
      return fresh;
    }
  } catch {
    // Missing or unreadable: not a file we serve.
  }
  files.delete(path);
  return null;
}

function encodedBody(file: CachedFile, encoding: Encoding): Promise<Buffer> {
  let encoded = file.encoded.get(encoding);
  if (encoded === undefined) {
    encoded = compress(file.body, encoding);
    file.encoded.set(encoding, encoded);
  }
  return encoded;
}

/** Compresses a build's hashed assets in the background, one at a time, so the first visitor does not wait for it. */
function precompressAssets(root: string): void {
  if (precompressedRoots.has(root)) return;
  precompressedRoots.add(root);
  void readdir(join(root, 'assets'))
    .then((names) =>
      names
        .filter((name) => COMPRESSIBLE.has(extname(name).toLowerCase()))
        .reduce<Promise<unknown>>(
          (previous, name) =>
            previous.then(async () => {
              const file = await cachedFile(join(root, 'assets', name));
              if (file !== null && file.body.length >= MIN_COMPRESS_BYTES) await encodedBody(file, 'br');
            }),
          Promise.resolve(),
        ),
    )
    .catch(() => undefined);
}

/**
 * Serves the built SPA, compressed (Brotli or gzip, each file compressed once and kept in
 * memory); unknown paths that want HTML get index.html so client-side routes work.
 */
export function createStaticHandler(options: StaticOptions) {
  const root = resolve(options.clientDir);
  precompressAssets(root);

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

  async function indexHtml(url: URL): Promise<Response> {
    const html = await readIfFile(resolve(root, 'index.html'));
    if (html === null) return text('Run `npm run build` first: the built dashboard is missing.\n', 503);
    const hints: PageHints = { fetches: options.preloadsFor?.(url) ?? [] };
    return new Response(renderIndexHtml(html.toString('utf8'), options.publicConfig, hints), {
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': NO_CACHE },
    });
  }

  return async function serveStatic(request: Request): Promise<Response> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return text('Method not allowed.\n', 405, { Allow: 'GET, HEAD' });
    }
    const url = new URL(request.url);
    const { pathname } = url;
    if (pathname === '/' || pathname === '/index.html') return indexHtml(url);

    const path = fileFor(pathname);
    const file = path === null ? null : await cachedFile(path);
    if (path !== null && file !== null) {
      const extension = extname(path).toLowerCase();
      const headers: Record<string, string> = {
        'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
        'Cache-Control': pathname.startsWith('/assets/') ? IMMUTABLE : SHORT,
      };
      if (!COMPRESSIBLE.has(extension) || file.body.length < MIN_COMPRESS_BYTES) {
        return new Response(new Uint8Array(file.body), { headers });
      }
      headers.Vary = 'Accept-Encoding';
      const encoding = preferredEncoding(request.headers.get('accept-encoding'));
      if (encoding === null) return new Response(new Uint8Array(file.body), { headers });
      const body = await encodedBody(file, encoding);
      return new Response(new Uint8Array(body), { headers: { ...headers, 'Content-Encoding': encoding } });
    }
    // A missing hashed asset must stay a 404: answering HTML would be cached as the script.
    if (!pathname.startsWith('/assets/') && acceptsHtml(request)) return indexHtml(url);
    return text('Not found.\n', 404);
  };
}
