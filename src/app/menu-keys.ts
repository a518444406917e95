/**
 * Where focus goes in an open menu for a key (WAI-ARIA menu pattern): arrows move and wrap,
 * Home and End jump, a printable character moves to the next item that starts with it.
 * Null: the key is not the menu's to move by.
 */
export function menuFocusIndex(key: string, current: number, labels: readonly string[]): number | null {
  const count = labels.length;
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
    case 'PageUp':
      return 0;
    case 'End':
    case 'PageDown':
      return count - 1;
  }
  if (Array.from(key).length !== 1 || key.trim() === '') return null;
  const wanted = key.toLocaleLowerCase();
  for (let step = 1; step <= count; step += 1) {
    const index = (current + step) % count;
    if (labels[index]?.trim().toLocaleLowerCase().startsWith(wanted)) return index;
  }
  return current;
}
