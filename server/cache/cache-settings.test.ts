import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.ts';
import { loadCacheSettings } from './cache-settings.ts';

describe('loadCacheSettings', () => {
  it('defaults to 60 s for today, 600 s for the past and 64 MB', () => {
    expect(loadCacheSettings({})).toEqual({ todaySeconds: 60, pastSeconds: 600, maxBytes: 64 * 1024 * 1024 });
  });

  it('reads whole numbers, 0 turning a kind off', () => {
    expect(loadCacheSettings({ CACHE_TODAY_SECONDS: '0', CACHE_PAST_SECONDS: ' 3600 ', CACHE_MAX_MB: '8' })).toEqual({
      todaySeconds: 0,
      pastSeconds: 3600,
      maxBytes: 8 * 1024 * 1024,
    });
  });

  it.each([
    ['CACHE_TODAY_SECONDS', '-1'],
    ['CACHE_TODAY_SECONDS', '1.5'],
    ['CACHE_PAST_SECONDS', 'ten'],
    ['CACHE_PAST_SECONDS', '86401'],
    ['CACHE_MAX_MB', '0'],
    ['CACHE_MAX_MB', '64MB'],
  ])('refuses %s=%s with one line naming it', (name, value) => {
    expect(() => loadCacheSettings({ [name]: value })).toThrow(ConfigError);
    expect(() => loadCacheSettings({ [name]: value })).toThrow(new RegExp(`^${name} must be a whole number .*\\(got "${value.replace('.', '\\.')}"\\)\\.$`));
  });

  it('is part of the server configuration', () => {
    expect(loadConfig({ CACHE_TODAY_SECONDS: '5' }).cache.todaySeconds).toBe(5);
    expect(() => loadConfig({ CACHE_MAX_MB: 'x' })).toThrow(/^CACHE_MAX_MB /);
  });
});
