import { curveMonotoneX, line } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { monotonePath, type Point } from './monotone-path';

// What Recharts draws for type="monotone": the path must be the same string.
const d3Path = line<Point | null>()
  .defined((point) => point !== null)
  .x((point) => point?.x ?? 0)
  .y((point) => point?.y ?? 0)
  .curve(curveMonotoneX);

function series(values: readonly (number | null)[], width = 700): (Point | null)[] {
  return values.map((value, index) => (value === null ? null : { x: 44 + (index * width) / Math.max(1, values.length - 1), y: 218 - value * 1.7 }));
}

describe('monotonePath', () => {
  it.each([
    ['a week', [12, 30, 0, 0, 45, 44, 7]],
    ['flat zeros', [0, 0, 0, 0]],
    ['two points', [3, 9]],
    ['one point', [5]],
    ['three points', [1, 100, 2]],
    ['a month of noise', Array.from({ length: 30 }, (_, index) => (index * 37) % 101)],
    ['gaps', [null, null, 4, 8, null, 3, 5, 9, null, 1]],
  ])('draws %s exactly as d3-shape does', (_, values) => {
    const points = series(values);
    expect(monotonePath(points)).toBe(d3Path(points) ?? '');
  });

  it('draws nothing for no points', () => {
    expect(monotonePath([])).toBe('');
    expect(monotonePath([null, null])).toBe('');
  });
});
