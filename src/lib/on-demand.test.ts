import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { onDemand } from './on-demand';

describe('onDemand', () => {
  it('imports nothing until load(), once, and re-renders with the module', async () => {
    let calls = 0;
    const piece = onDemand(async () => {
      calls += 1;
      return { answer: 42 };
    });
    const { result } = renderHook(() => piece.use());
    expect(result.current.status).toBe('idle');
    expect(calls).toBe(0);
    await act(async () => {
      piece.load();
      piece.load();
    });
    expect(calls).toBe(1);
    expect(result.current).toEqual({ status: 'ready', value: { answer: 42 } });
  });

  it('reports a chunk that fails to load, so the caller can draw its fallback', async () => {
    const piece = onDemand(() => Promise.reject(new Error('chunk missing')));
    const { result } = renderHook(() => piece.use());
    await act(async () => piece.load());
    expect(result.current.status).toBe('failed');
  });
});
