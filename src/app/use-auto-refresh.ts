import { useEffect, useRef } from 'react';

export const AUTO_REFRESH_MS = 5 * 60_000;

/**
 * Refreshes every 5 minutes, but only while the range includes today (older days do not
 * change) and the tab is visible (nobody is looking otherwise).
 */
export function useAutoRefresh(includesToday: boolean, refresh: () => void, intervalMs = AUTO_REFRESH_MS) {
  const latest = useRef(refresh);
  useEffect(() => {
    latest.current = refresh;
  });
  useEffect(() => {
    if (!includesToday) return;
    let timer: number | undefined;
    function sync() {
      window.clearInterval(timer);
      timer = undefined;
      if (document.visibilityState === 'visible') timer = window.setInterval(() => latest.current(), intervalMs);
    }
    sync();
    document.addEventListener('visibilitychange', sync);
    return () => {
      document.removeEventListener('visibilitychange', sync);
      window.clearInterval(timer);
    };
  }, [includesToday, intervalMs]);
}
