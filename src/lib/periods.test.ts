import { describe, expect, it } from 'vitest';
import { presetCovering, rangeBeyondApi, rangeLength, resolvePreset } from './periods';

describe('resolvePreset', () => {
  const today = '2026-03-01';

  it.each([
    ['today', '2026-03-01', '2026-03-01', 1],
    ['yesterday', '2026-02-28', '2026-02-28', 1],
    ['7d', '2026-02-23', '2026-03-01', 7],
    ['30d', '2026-01-31', '2026-03-01', 30],
    ['90d', '2025-12-02', '2026-03-01', 90],
  ] as const)('%s resolves to %s..%s (%i days, inclusive)', (preset, from, to, days) => {
    const range = resolvePreset(preset, today);
    expect(range).toEqual({ from, to });
    expect(rangeLength(range)).toBe(days);
  });

  it('crosses a year end and a leap day', () => {
    expect(resolvePreset('yesterday', '2027-01-01')).toEqual({ from: '2026-12-31', to: '2026-12-31' });
    expect(resolvePreset('7d', '2024-03-03')).toEqual({ from: '2024-02-26', to: '2024-03-03' });
    expect(resolvePreset('30d', '2025-01-15')).toEqual({ from: '2024-12-17', to: '2025-01-15' });
  });
});

describe('presetCovering', () => {
  const today = '2026-11-30';

  it('picks the smallest preset whose days cover the range', () => {
    expect(presetCovering({ from: '2026-11-30', to: '2026-11-30' }, today)).toBe('today');
    expect(presetCovering({ from: '2026-11-29', to: '2026-11-29' }, today)).toBe('yesterday');
    expect(presetCovering({ from: '2026-11-28', to: '2026-11-29' }, today)).toBe('7d');
    expect(presetCovering({ from: '2026-11-01', to: '2026-11-10' }, today)).toBe('30d');
    expect(presetCovering({ from: '2026-09-02', to: '2026-09-03' }, today)).toBe('90d');
    expect(presetCovering({ from: '2025-01-01', to: '2025-02-01' }, today)).toBe('90d');
  });

  it('names the part of a range beyond the last 90 days', () => {
    expect(rangeBeyondApi({ from: '2026-09-02', to: '2026-11-30' }, today)).toBeNull();
    expect(rangeBeyondApi({ from: '2026-08-01', to: '2026-11-30' }, today)).toEqual({ from: '2026-08-01', to: '2026-09-01' });
    expect(rangeBeyondApi({ from: '2026-01-01', to: '2026-02-01' }, today)).toEqual({ from: '2026-01-01', to: '2026-02-01' });
  });
});
