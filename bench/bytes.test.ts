import { describe, expect, it } from 'vitest';
import { INTERACTION_ONLY_SOURCES, missingLazyChunks, type BuildBytes } from './bytes.ts';

const bytes = (lazyChunks: Record<string, string>): BuildBytes => ({ entryFiles: [], entryJs: 0, allJs: 0, css: 0, files: {}, lazyChunks });

describe('missingLazyChunks', () => {
  it('names an interaction-only source the build folded into the entry', () => {
    const all = Object.fromEntries(INTERACTION_ONLY_SOURCES.map((source) => [source, `assets/${source.split('/').pop()}.js`]));
    expect(missingLazyChunks(bytes(all))).toEqual([]);
    const rest = Object.fromEntries(Object.entries(all).filter(([source]) => !source.includes('mentor-listbox')));
    expect(missingLazyChunks(bytes(rest))).toEqual(['src/features/top-students/mentor-listbox.tsx']);
  });
});
