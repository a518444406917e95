import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressedCopies } from './precompress.ts';

let root = '';
const outDir = () => join(root, 'dist');

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ibl-precompress-'));
  mkdirSync(join(root, 'public'));
  writeFileSync(join(root, 'index.html'), `<!doctype html><html><head></head><body>${'<p>page</p>'.repeat(200)}<script type="module" src="/main.js"></script></body></html>`);
  writeFileSync(join(root, 'main.js'), `document.body.append(${JSON.stringify('words and more words '.repeat(300))});\nimport('./late.js');\nimport('./lazy.js');\n`);
  writeFileSync(join(root, 'late.js'), 'export const late = 1;\n');
  // Enough chunks for a manifest over 1 KB: it is still never compressed.
  const lazy = Array.from({ length: 12 }, (_, index) => `lazy-module-with-a-long-name-${index}.js`);
  for (const name of lazy) writeFileSync(join(root, name), `export const name = ${JSON.stringify(name)};\n`);
  writeFileSync(join(root, 'lazy.js'), lazy.map((name) => `import('./${name}');`).join('\n'));
  writeFileSync(join(root, 'public', 'robots.txt'), `User-agent: *\n${'Disallow: /private/\n'.repeat(100)}`);
  writeFileSync(join(root, 'public', 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(root, 'public', 'photo.png'), Buffer.alloc(4096, 7));
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [precompressedCopies()],
    build: { outDir: outDir(), manifest: true, minify: false },
  });
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('precompressedCopies, in a real build', () => {
  it('writes Brotli and gzip copies beside each script and public text file of 1 KB or more, equal to it', () => {
    const assets = readdirSync(join(outDir(), 'assets'));
    const entry = assets.find((name) => /^index-.*\.js$/.test(name));
    expect(entry).toBeDefined();
    for (const file of [`assets/${entry}`, 'robots.txt']) {
      const original = readFileSync(join(outDir(), file));
      expect(original.length, file).toBeGreaterThanOrEqual(1024);
      expect(brotliDecompressSync(readFileSync(join(outDir(), `${file}.br`))).equals(original), file).toBe(true);
      expect(gunzipSync(readFileSync(join(outDir(), `${file}.gz`))).equals(original), file).toBe(true);
      expect(readFileSync(join(outDir(), `${file}.br`)).length, file).toBeLessThan(original.length / 5);
    }
  });

  it('leaves small files, images, index.html and .vite/ alone', () => {
    const late = readdirSync(join(outDir(), 'assets')).find((name) => /^late-.*\.js$/.test(name));
    expect(late).toBeDefined();
    expect(readFileSync(join(outDir(), '.vite', 'manifest.json')).length).toBeGreaterThanOrEqual(1024);
    for (const file of [`assets/${late}`, 'favicon.svg', 'photo.png', 'index.html', '.vite/manifest.json']) {
      expect(existsSync(join(outDir(), `${file}.br`)), file).toBe(false);
      expect(existsSync(join(outDir(), `${file}.gz`)), file).toBe(false);
    }
  });
});
