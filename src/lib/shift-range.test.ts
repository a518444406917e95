import { describe, expect, it } from 'vitest';
import { shiftRange } from './shift-range';

const today = '2026-11-30';
const oldest = '2025-11-30';

describe('shiftRange', () => {
  it('moves a range back by its own length', () => {
    expect(shiftRange({ from: '2026-11-24', to: '2026-11-30' }, -1, today, oldest)).toEqual({ from: '2026-11-17', to: '2026-11-23' });
    expect(shiftRange({ from: '2026-03-01', to: '2026-03-01' }, -1, today, oldest)).toEqual({ from: '2026-02-28', to: '2026-02-28' });
  });

  it('moves forward but never past today', () => {
    expect(shiftRange({ from: '2026-11-10', to: '2026-11-16' }, 1, today, oldest)).toEqual({ from: '2026-11-17', to: '2026-11-23' });
    expect(shiftRange({ from: '2026-11-20', to: '2026-11-26' }, 1, today, oldest)).toEqual({ from: '2026-11-24', to: '2026-11-30' });
    expect(shiftRange({ from: '2026-11-24', to: '2026-11-30' }, 1, today, oldest)).toBeNull();
  });

  it('stops at the oldest day', () => {
    expect(shiftRange({ from: '2025-12-02', to: '2025-12-08' }, -1, today, oldest)).toEqual({ from: '2025-11-30', to: '2025-12-06' });
    expect(shiftRange({ from: '2025-11-30', to: '2025-12-06' }, -1, today, oldest)).toBeNull();
  });
});
