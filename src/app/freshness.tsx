import { useIsFetching, useQueryClient, type QueryCache } from '@tanstack/react-query';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { analyticsQueries } from '../api/queries';
import { formatAge, formatClock } from '../lib/format';
import { REFRESH_KEY, ariaKey } from '../lib/shortcut-keys';
import { useHydrated } from '../lib/use-hydrated';

/**
 * The newest moment any card on screen got its data: the cards' queries are the active ones.
 * Before any card has subscribed, in the first render, the cached queries stand in for them:
 * they are the first view's, which app/first-view fetched for exactly these cards, so the line
 * is right in the first frame instead of saying "Loading…" and moving the header a moment later.
 */
function newestData(cache: QueryCache): number | null {
  const active = cache.findAll({ queryKey: analyticsQueries.all(), type: 'active' });
  const onScreen = active.length > 0 ? active : cache.findAll({ queryKey: analyticsQueries.all() });
  const times = onScreen.map((query) => query.state.dataUpdatedAt).filter((time) => time > 0);
  return times.length > 0 ? Math.max(...times) : null;
}

/**
 * How many cards are loading, and when the data on screen was fetched. Read from the query
 * cache whenever it changes: a card mounting onto data fetched before the first render
 * (app/first-view) changes what is on screen without any fetch starting or ending.
 */
function useFreshness(): { fetching: number; updated: number | null } {
  const cache = useQueryClient().getQueryCache();
  const fetching = useIsFetching({ queryKey: analyticsQueries.all() });
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(onChange), [cache]);
  const read = () => newestData(cache);
  const updated = useSyncExternalStore(subscribe, read, read);
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
  // The server knows no time zone: its HTML says UTC, and the viewer's own follows hydration.
  const timeZone = useHydrated() ? undefined : 'UTC';
  return (
    <div className="flex items-center gap-3 text-sm text-muted-foreground">
      <p data-testid="freshness" className="tabular-nums">
        {updated === null ? 'Loading…' : `Updated ${formatClock(updated, undefined, timeZone)} · ${formatAge(Math.max(0, now - updated))}`}
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
