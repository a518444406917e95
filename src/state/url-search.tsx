import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';

export type HistoryMode = 'push' | 'replace';

/** One change of the query string, as the browser (or a test) receives it. */
export interface UrlUpdateEvent {
  /** '' or '?…' */
  queryString: string;
  searchParams: URLSearchParams;
  options: { history: HistoryMode };
}

/** Where the dashboard's URL lives: the browser's location, or a test's memory. */
export interface UrlStore {
  search(): string;
  subscribe(listener: () => void): () => void;
  navigate(queryString: string, history: HistoryMode): void;
}

function listenerSet() {
  const listeners = new Set<() => void>();
  return {
    add(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    notify: () => listeners.forEach((listener) => listener()),
  };
}

/**
 * The browser's location: Back and Forward (popstate) and our own writes re-render readers.
 * A few lines instead of a URL-state library: the dashboard parses its URL itself
 * (shared/dashboard-url), so all it needs is the query string and push or replace.
 */
export function browserUrlStore(): UrlStore {
  const listeners = listenerSet();
  return {
    search: () => window.location.search,
    subscribe(listener) {
      const remove = listeners.add(listener);
      window.addEventListener('popstate', listener);
      return () => {
        remove();
        window.removeEventListener('popstate', listener);
      };
    },
    navigate(queryString, history) {
      const { pathname, hash } = window.location;
      const url = `${pathname}${queryString}${hash}`;
      if (history === 'push') window.history.pushState(window.history.state, '', url);
      else window.history.replaceState(window.history.state, '', url);
      listeners.notify();
    },
  };
}

/** A URL kept in memory, for tests (each write is reported) and for the server's render of a page. */
export function memoryUrlStore(initial: string, onUrlUpdate?: (event: UrlUpdateEvent) => void): UrlStore {
  const listeners = listenerSet();
  let current = initial === '' || initial.startsWith('?') ? initial : `?${initial}`;
  return {
    search: () => current,
    subscribe: listeners.add,
    navigate(queryString, history) {
      current = queryString;
      onUrlUpdate?.({ queryString, searchParams: new URLSearchParams(queryString), options: { history } });
      listeners.notify();
    },
  };
}

const UrlContext = createContext<UrlStore | null>(null);

export function UrlProvider({ store, children }: { store: UrlStore; children: ReactNode }) {
  return <UrlContext value={store}>{children}</UrlContext>;
}

export interface UrlSearch {
  /** The query string now ('' or '?…'). */
  search: string;
  /** Sets the given keys (null removes one); other keys stay as they are. */
  set: (values: Record<string, readonly string[] | null>, history: HistoryMode) => void;
  /** The query string at this moment, for a change computed from the latest URL. */
  latest: () => string;
}

export function useUrlSearch(): UrlSearch {
  const store = useContext(UrlContext);
  if (store === null) throw new Error('useUrlSearch needs a UrlProvider');
  // The same snapshot on the server: its store holds the URL of the page it renders.
  const search = useSyncExternalStore(store.subscribe, store.search, store.search);
  const actions = useMemo(() => writer(store), [store]);
  return { search, ...actions };
}

function writer(store: UrlStore): Omit<UrlSearch, 'search'> {
  return {
    latest: store.search,
    set(values, history) {
      const params = new URLSearchParams(store.search());
      for (const [key, list] of Object.entries(values)) {
        params.delete(key);
        for (const value of list ?? []) params.append(key, value);
      }
      const text = params.toString();
      const queryString = text === '' ? '' : `?${text}`;
      if (queryString !== store.search()) store.navigate(queryString, history);
    },
  };
}
