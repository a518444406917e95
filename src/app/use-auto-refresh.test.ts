import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTO_REFRESH_MS, useAutoRefresh } from './use-auto-refresh';

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('useAutoRefresh', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    setVisibility('visible');
  });

  it('refreshes every 5 minutes while the range includes today', () => {
    const refresh = vi.fn();
    renderHook(() => useAutoRefresh(true, refresh));
    vi.advanceTimersByTime(AUTO_REFRESH_MS - 1);
    expect(refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(refresh).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(AUTO_REFRESH_MS);
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('never refreshes a range that ended before today', () => {
    const refresh = vi.fn();
    renderHook(() => useAutoRefresh(false, refresh));
    vi.advanceTimersByTime(AUTO_REFRESH_MS * 3);
    expect(refresh).not.toHaveBeenCalled();
  });

  it('pauses while the tab is hidden', () => {
    const refresh = vi.fn();
    renderHook(() => useAutoRefresh(true, refresh));
    setVisibility('hidden');
    vi.advanceTimersByTime(AUTO_REFRESH_MS * 2);
    expect(refresh).not.toHaveBeenCalled();
    setVisibility('visible');
    vi.advanceTimersByTime(AUTO_REFRESH_MS);
    expect(refresh).toHaveBeenCalledTimes(1);
  });
});
