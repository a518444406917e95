import { describe, expect, it } from 'vitest';
import { formatCount, formatDay } from './format';
import { cachedFormatter } from './intl-cache';

describe('cachedFormatter', () => {
  it('builds a formatter once per kind and locale', () => {
    let built = 0;
    const build = () => {
      built += 1;
      return new Intl.NumberFormat('en-US');
    };
    const first = cachedFormatter('test-kind', 'en-US', build);
    expect(cachedFormatter('test-kind', 'en-US', build)).toBe(first);
    expect(built).toBe(1);
    cachedFormatter('test-kind', 'de-DE', build);
    cachedFormatter('other-kind', 'en-US', build);
    expect(built).toBe(3);
  });

  it('never hands one locale the formatter of another', () => {
    expect(formatCount(1234567, 'en-US')).toBe('1,234,567');
    expect(formatCount(1234567, 'de-DE')).toBe('1.234.567');
    expect(formatCount(1234567, 'en-US')).toBe('1,234,567');
    expect(formatDay('2026-11-30', 'de-DE')).toBe('30.11.2026');
    expect(formatDay('2026-11-30', 'en-US')).toBe('Nov 30, 2026');
  });
});
