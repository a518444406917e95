import { useEffect, useState } from 'react';

/**
 * `value` once it has stayed the same for `delayMs`: a search field asks once per pause in the
 * typing, not once per key. Going back to the value already settled on takes effect at once.
 */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
