import { describe, expect, it } from 'vitest';
import { mulberry32 } from './prng.ts';
import { generateUsernames } from './usernames.ts';

describe('generateUsernames', () => {
  const names = generateUsernames(mulberry32(2024), 2000);

  it('gives as many distinct names as asked', () => {
    expect(names).toHaveLength(2000);
    expect(new Set(names).size).toBe(2000);
  });

  it('gives lowercase handles made of letters, digits, dots and underscores', () => {
    for (const name of names) expect(name).toMatch(/^[\p{Ll}\d._]+$/u);
  });

  it('mixes the usual shapes and keeps a few accented names', () => {
    expect(names.some((name) => /^[a-z]+\.[a-z]+$/.test(name))).toBe(true);
    expect(names.some((name) => /^[a-z]+_[a-z]$/.test(name))).toBe(true);
    expect(names.some((name) => /^[a-z]+\.[a-z]+\d{2}$/.test(name))).toBe(true);
    const accented = names.filter((name) => /[^\p{ASCII}]/u.test(name)).length;
    expect(accented).toBeGreaterThan(0);
    expect(accented).toBeLessThan(names.length * 0.06);
  });

  it('is the same for the same seed', () => {
    expect(generateUsernames(mulberry32(2024), 2000)).toEqual(names);
    expect(generateUsernames(mulberry32(2025), 50)).not.toEqual(names.slice(0, 50));
  });
});
