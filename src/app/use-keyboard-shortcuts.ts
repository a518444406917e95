import { useEffect, useRef } from 'react';
import { actionForKey, type ShortcutAction } from './keyboard-shortcuts';

/** Calls `onAction` for the dashboard's shortcuts; keys typed into fields are left alone. */
export function useKeyboardShortcuts(onAction: (action: ShortcutAction) => boolean) {
  // The handler changes every render; the listener is attached once and reads the latest.
  const handler = useRef(onAction);
  useEffect(() => {
    handler.current = onAction;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented) return;
      const action = actionForKey(event);
      if (action && handler.current(action)) event.preventDefault();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
