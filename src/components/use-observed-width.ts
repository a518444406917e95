import { useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/**
 * The element's width as a ResizeObserver reports it, or null before the first report. Nothing
 * here reads layout: the observer reports after the browser's own layout and before it paints,
 * and the update is applied at once, so what depends on the width is right in the first frame.
 */
export function useObservedWidth(ref: RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const observed = entries[entries.length - 1]?.contentRect.width;
      if (observed !== undefined && observed > 0) flushSync(() => setWidth(Math.round(observed)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
