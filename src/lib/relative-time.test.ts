import { describe, expect, it } from 'vitest';
import { formatAge, formatClock } from './relative-time';

describe('formatAge', () => {
  it('says how old the data is', () => {
    expect(formatAge(10_000, 'en-US')).toBe('now');
    expect(formatAge(3 * 60_000 + 5_000, 'en-US')).toBe('3 min. ago');
    expect(formatAge(2 * 3_600_000, 'en-US')).toBe('2 hr. ago');
    expect(formatAge(3 * 60_000, 'de-DE')).toBe('vor 3 Min.');
  });
});

describe('formatClock', () => {
  it('formats a clock time in the given zone and locale', () => {
    const time = Date.parse('2026-11-30T10:42:00Z');
    expect(formatClock(time, 'en-US', 'UTC')).toMatch(/^10:42\sAM$/);
    expect(formatClock(time, 'de-DE', 'UTC')).toBe('10:42');
  });
});
