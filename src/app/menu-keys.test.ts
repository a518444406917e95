import { describe, expect, it } from 'vitest';
import { menuFocusIndex } from './menu-keys';

const labels = ['Demo University', 'Northwind Academy', 'Dover College'];

describe('menuFocusIndex', () => {
  it('moves with the arrows and wraps at both ends', () => {
    expect(menuFocusIndex('ArrowDown', 0, labels)).toBe(1);
    expect(menuFocusIndex('ArrowDown', 2, labels)).toBe(0);
    expect(menuFocusIndex('ArrowUp', 0, labels)).toBe(2);
    expect(menuFocusIndex('ArrowUp', 2, labels)).toBe(1);
  });

  it('jumps to the first and last item with Home and End', () => {
    expect(menuFocusIndex('Home', 2, labels)).toBe(0);
    expect(menuFocusIndex('End', 0, labels)).toBe(2);
  });

  it('moves to the next item starting with a typed character, case-insensitively, wrapping', () => {
    expect(menuFocusIndex('d', 0, labels)).toBe(2);
    expect(menuFocusIndex('D', 2, labels)).toBe(0);
    expect(menuFocusIndex('n', 0, labels)).toBe(1);
    expect(menuFocusIndex('x', 1, labels)).toBe(1);
  });

  it('leaves other keys alone', () => {
    for (const key of ['Enter', 'Escape', 'Tab', ' ', 'ArrowLeft', 'Shift']) expect(menuFocusIndex(key, 1, labels)).toBeNull();
    expect(menuFocusIndex('ArrowDown', 0, [])).toBeNull();
  });
});
