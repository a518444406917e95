import { useEffect, useRef, type RefObject } from 'react';

/**
 * Closes a popup when the pointer goes down outside it and its trigger. Escape is handled by
 * the popup itself, so it can stop the key from reaching the page's shortcuts.
 */
export function useDismissOnOutsidePointer(
  open: boolean,
  popup: RefObject<HTMLElement | null>,
  trigger: RefObject<HTMLElement | null>,
  close: () => void,
) {
  const latestClose = useRef(close);
  useEffect(() => {
    latestClose.current = close;
  });
  useEffect(() => {
    if (!open) return;
    function onPointerDown(event: PointerEvent) {
      const target = event.target;
      if (target instanceof Node && !popup.current?.contains(target) && !trigger.current?.contains(target)) {
        latestClose.current();
      }
    }
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, popup, trigger]);
}
