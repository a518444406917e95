/**
 * Bytes of a Vite build, as gzip -9 would send them: the entry (with the chunks it imports
 * statically), every chunk, the CSS. Read from the build's manifest, so the figures are
 * exact and the same on every machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as v from 'valibot';

const manifestSchema = v.record(
  v.string(),
  v.object({
    file: v.string(),
    src: v.optional(v.string()),
    isEntry: v.optional(v.boolean()),
    isDynamicEntry: v.optional(v.boolean()),
    imports: v.optional(v.array(v.string())),
    css: v.optional(v.array(v.string())),
  }),
);
export type Manifest = v.InferOutput<typeof manifestSchema>;

export interface BuildBytes {
  /** The entry chunk and the chunks it imports statically: what the HTML makes the browser load and run. */
  entryFiles: string[];
  entryJs: number;
  allJs: number;
  css: number;
  /** gzip size of each file in the build, by its path under the output directory. */
  files: Record<string, number>;
  /** Lazily loaded chunks by the source module that starts them. */
  lazyChunks: Record<string, string>;
}

/** Sources that must be chunks of their own, loaded by the interaction that needs them (issue 5). */
export const INTERACTION_ONLY_SOURCES = [
  'src/features/sentiment/sentiment-chart.tsx',
  'src/components/range-calendar.tsx',
  'src/features/top-students/mentor-listbox.tsx',
  'src/app/shortcuts-overlay.tsx',
  'src/lib/csv.ts',
  'src/app/access-refused.tsx',
] as const;

/** The sources of INTERACTION_ONLY_SOURCES that the build did not make lazy chunks (none, when all is well). */
export function missingLazyChunks(bytes: BuildBytes): string[] {
  return INTERACTION_ONLY_SOURCES.filter((source) => bytes.lazyChunks[source] === undefined);
}

export function gzipBytes(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

export function readManifest(outDir: string): Manifest {
  return v.parse(manifestSchema, JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')));
}

export function buildBytes(outDir: string): BuildBytes {
  const manifest = readManifest(outDir);
  const chunks = Object.values(manifest);
  const files: Record<string, number> = {};
  for (const chunk of chunks) {
    for (const file of [chunk.file, ...(chunk.css ?? [])]) files[file] ??= gzipBytes(join(outDir, file));
  }
  const entryKeys = new Set<string>();
  const visit = (key: string) => {
    if (entryKeys.has(key)) return;
    entryKeys.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  const entryFiles = [...entryKeys].map((key) => manifest[key]?.file ?? key);
  const sum = (names: Iterable<string>) => [...names].reduce((total, name) => total + (files[name] ?? 0), 0);
  const jsFiles = Object.keys(files).filter((name) => name.endsWith('.js'));
  const cssFiles = Object.keys(files).filter((name) => name.endsWith('.css'));
  const lazyChunks: Record<string, string> = {};
  for (const chunk of chunks) if (chunk.isDynamicEntry && chunk.src) lazyChunks[chunk.src] = chunk.file;
  return { entryFiles, entryJs: sum(entryFiles), allJs: sum(jsFiles), css: sum(cssFiles), files, lazyChunks };
}
