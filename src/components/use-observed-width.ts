import { useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/**
 * The element's width as a ResizeObserver reports it, `estimate` until the first report. Nothing
 * here reads layout: the observer reports after the browser's own layout and before it paints,
 * and a new width is applied at once, so what depends on it is right in the first frame. A report
 * that confirms the width renders nothing (React bails out of an unchanged state): with a good
 * estimate the first frame is drawn once.
 */
export function useObservedWidth(ref: RefObject<HTMLElement | null>, estimate: number): number {
  const [width, setWidth] = useState(estimate);
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
