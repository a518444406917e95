import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDebouncedValue } from './use-debounced-value';

describe('useDebouncedValue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function typing() {
    return renderHook(({ value }) => useDebouncedValue(value, 250), { initialProps: { value: '' } });
  }

  it('settles on the last value once typing has paused for the delay', () => {
    const { result, rerender } = typing();
    for (const value of ['p', 'ph', 'phy', 'phys']) {
      rerender({ value });
      act(() => vi.advanceTimersByTime(100));
    }
    expect(result.current).toBe('');
    act(() => vi.advanceTimersByTime(149));
    expect(result.current).toBe('');
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe('phys');
  });

  it('settles on every value when each key comes after a pause', () => {
    const { result, rerender } = typing();
    const seen: string[] = [];
    for (const value of ['p', 'ph', 'phy', 'phys']) {
      rerender({ value });
      act(() => vi.advanceTimersByTime(300));
      seen.push(result.current);
    }
    expect(seen).toEqual(['p', 'ph', 'phy', 'phys']);
  });

  it('goes back to the settled value at once, dropping the pending one', () => {
    const { result, rerender } = typing();
    rerender({ value: 'p' });
    act(() => vi.advanceTimersByTime(100));
    rerender({ value: '' });
    expect(result.current).toBe('');
    act(() => vi.advanceTimersByTime(1000));
    expect(result.current).toBe('');
  });
});
