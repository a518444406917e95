import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

// Text worth compressing; images and fonts already are. index.html is rendered per request.
const COMPRESSIBLE = /\.(js|mjs|css|json|map|svg|txt|xml|webmanifest)$/;
// Below this, the headers cost more than compression saves.
const MIN_BYTES = 1024;

/** Writes `<path>.br` and `<path>.gz` beside a file of 1 KB or more. */
export async function writeCompressedCopies(path: string): Promise<void> {
  const body = await readFile(path);
  if (body.length < MIN_BYTES) return;
  const [brotli, gzipped] = await Promise.all([
    brotliAsync(body, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
    gzipAsync(body, { level: 9 }),
  ]);
  await Promise.all([writeFile(`${path}.br`, brotli), writeFile(`${path}.gz`, gzipped)]);
}

/**
 * A build step: Brotli (highest quality) and gzip -9 copies beside each text file of the
 * output, public files included, for server/static.ts to send as they are: compressed once
 * here, never per request. Nothing under .vite/ (never served).
 */
export function precompressedCopies(): Plugin {
  let outDir = '';
  return {
    name: 'ibl-precompressed-copies',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
      const files = entries
        .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
        .map((entry) => join(entry.parentPath, entry.name))
        .filter((path) => !path.slice(outDir.length).split(/[/\\]/).some((segment) => segment.startsWith('.')));
      // One file at a time: Brotli at its highest quality takes a lot of memory per call.
      for (const path of files) await writeCompressedCopies(path);
    },
  };
}
