import { useEffect, useSyncExternalStore } from 'react';

export type OnDemandState<T> = { status: 'idle' | 'loading' } | { status: 'ready'; value: T } | { status: 'failed' };

export interface OnDemand<T> {
  /** Starts the import (once); later calls do nothing. */
  load(): void;
  /** The module's state; re-renders when it arrives or fails. */
  use(): OnDemandState<T>;
}

/**
 * A piece the first view does not need, imported when the interaction that needs it begins
 * ("import on interaction", as the sentiment chart does). No Suspense: what is on screen
 * stays mounted while the chunk comes (a field keeps what was typed into it), and a chunk
 * that cannot be loaded is a state the caller draws a fallback for.
 */
export function onDemand<T>(importer: () => Promise<T>): OnDemand<T> {
  let state: OnDemandState<T> = { status: 'idle' };
  const listeners = new Set<() => void>();
  const settle = (next: OnDemandState<T>) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  return {
    load() {
      if (state.status !== 'idle') return;
      settle({ status: 'loading' });
      importer().then(
        (value) => settle({ status: 'ready', value }),
        () => settle({ status: 'failed' }),
      );
    },
    use() {
      // A server never loads a piece: it renders the idle state, as the browser's first render does.
      return useSyncExternalStore(subscribe, () => state, () => state);
    },
  };
}

/** The events that start an import on interaction: the first of them anywhere on the page. */
const INTERACTIONS = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'wheel', 'focusin'] as const;

/** Starts `piece`'s import at the first interaction with the page, usually well before it is needed. */
export function useLoadOnInteraction(piece: OnDemand<unknown>): void {
  useEffect(() => {
    const load = () => piece.load();
    const options = { capture: true, passive: true } as const;
    for (const type of INTERACTIONS) window.addEventListener(type, load, options);
    return () => {
      for (const type of INTERACTIONS) window.removeEventListener(type, load, options);
    };
  }, [piece]);
}
