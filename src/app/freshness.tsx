import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { analyticsQueries } from '../api/queries';
import { formatAge, formatClock } from '../lib/format';
import { REFRESH_KEY, ariaKey } from '../lib/shortcut-keys';

/**
 * How many cards are loading, and the newest moment any card on screen got its data. Read from
 * the query cache whenever it changes: a card mounting onto data fetched before the first render
 * (app/first-view) changes what is on screen without any fetch starting or ending.
 */
function useFreshness(): { fetching: number; updated: number | null } {
  const cache = useQueryClient().getQueryCache();
  const fetching = useIsFetching({ queryKey: analyticsQueries.all() });
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(onChange), [cache]);
  const updated = useSyncExternalStore(subscribe, () => {
    const times = cache
      .findAll({ queryKey: analyticsQueries.all(), type: 'active' })
      .map((query) => query.state.dataUpdatedAt)
      .filter((time) => time > 0);
    return times.length > 0 ? Math.max(...times) : null;
  });
  return { fetching, updated };
}

function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** A slim bar along the top of the page while any card is loading. */
export function LoadingBar() {
  const fetching = useIsFetching({ queryKey: analyticsQueries.all() });
  if (fetching === 0) return null;
  return (
    <div
      role="progressbar"
      aria-label="Loading data"
      className="loading-bar fixed inset-x-0 top-0 z-50 h-0.5 overflow-hidden bg-accent"
    >
      <div className="h-full w-1/3 bg-primary" />
    </div>
  );
}

/** "Updated 10:42 · 3 min ago" and a Refresh button: how fresh the numbers are, and a way to renew them. */
export function Freshness({ onRefresh }: { onRefresh: () => void }) {
  const { fetching, updated } = useFreshness();
  const now = useNow(30_000);
  return (
    <div className="flex items-center gap-3 text-sm text-muted-foreground">
      <p data-testid="freshness" className="tabular-nums">
        {updated === null ? 'Loading…' : `Updated ${formatClock(updated)} · ${formatAge(Math.max(0, now - updated))}`}
      </p>
      <button
        type="button"
        className="button-secondary"
        onClick={onRefresh}
        disabled={fetching > 0}
        aria-keyshortcuts={ariaKey(REFRESH_KEY)}
      >
        Refresh
      </button>
    </div>
  );
}
