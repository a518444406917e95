import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * False while the server renders the page and while the browser hydrates that HTML, true in
 * every render after (and from the first one in a page the server did not render). What only
 * the browser knows (the window's width, the viewer's time zone) waits for it, so the markup
 * the browser hydrates is the server's, and React re-renders just the parts that change.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
