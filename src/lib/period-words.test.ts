import { describe, expect, it } from 'vitest';
import { PERIODS, resolvePreset } from '../../shared/periods';
import { periodPhrase, previousPhrase } from './period-words';

describe('period phrases', () => {
  const today = '2026-11-30';
  it('words each period for a sentence', () => {
    const phrases = PERIODS.filter((period) => period !== 'custom').map((period) =>
      periodPhrase(period, resolvePreset(period, today), 'en-US'),
    );
    expect(phrases).toEqual(['today', 'yesterday', 'in the last 7 days', 'in the last 30 days', 'in the last 90 days']);
    expect(periodPhrase('custom', { from: '2026-11-01', to: '2026-11-10' }, 'en-US')).toMatch(/^in Nov 1\s–\s10, 2026$/);
    expect(periodPhrase('custom', { from: '2026-11-10', to: '2026-11-10' }, 'en-US')).toBe('on Nov 10, 2026');
  });

  it('words the previous period by its length', () => {
    expect(previousPhrase({ from: today, to: today })).toBe('the day before');
    expect(previousPhrase(resolvePreset('7d', today))).toBe('the 7 days before');
  });
});
