import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.ts';
import { loadRedisUrl } from './redis-settings.ts';

describe('loadRedisUrl', () => {
  it('is null when unset or empty', () => {
    expect(loadRedisUrl({})).toBeNull();
    expect(loadRedisUrl({ REDIS_URL: '  ' })).toBeNull();
    expect(loadConfig({}).redisUrl).toBeNull();
  });

  it('accepts redis:// and rediss:// with a password and database number', () => {
    expect(loadRedisUrl({ REDIS_URL: 'redis://127.0.0.1:6379' })).toBe('redis://127.0.0.1:6379');
    expect(loadRedisUrl({ REDIS_URL: 'rediss://:pw@cache.internal:6380/2' })).toBe('rediss://:pw@cache.internal:6380/2');
  });

  it.each(['127.0.0.1:6379', 'http://127.0.0.1:6379', 'redis://', 'redis://host/not-a-db'])(
    'refuses %s with one line naming REDIS_URL',
    (value) => {
      expect(() => loadRedisUrl({ REDIS_URL: value })).toThrow(ConfigError);
      expect(() => loadRedisUrl({ REDIS_URL: value })).toThrow(/^REDIS_URL /);
    },
  );

  it('never quotes the URL, which may hold a password', () => {
    expect(() => loadRedisUrl({ REDIS_URL: 'http://:hunter2@host' })).toThrow(expect.objectContaining({ message: expect.not.stringContaining('hunter2') }));
  });
});
