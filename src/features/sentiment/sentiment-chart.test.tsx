import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SentimentChart from './sentiment-chart';
import type { SentimentRow } from './sentiment-series';

const week = (start: number): SentimentRow[] =>
  Array.from({ length: 7 }, (_, index) => ({ day: `2026-11-${String(start + index).padStart(2, '0')}`, count: 10 + ((index * 7) % 5) }));

// jsdom lays nothing out, so these stand for the browser's layout reads: each one, in the middle
// of a render, makes the browser lay the page out before the chart can show the new range.
const layoutReads = { length: vi.fn(() => 100), box: vi.fn(() => new DOMRect(0, 0, 40, 12)) };

describe('SentimentChart (Recharts)', () => {
  afterEach(() => {
    Reflect.deleteProperty(SVGElement.prototype, 'getTotalLength');
  });

  it('redraws a new range without reading layout', () => {
    Object.defineProperty(SVGElement.prototype, 'getTotalLength', { value: layoutReads.length, configurable: true });
    const box = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(layoutReads.box);
    const { container, rerender } = render(<SentimentChart series={week(1)} width={640} />);
    const before = container.querySelector('.recharts-line-curve')?.getAttribute('d');
    layoutReads.length.mockClear();
    box.mockClear();

    rerender(<SentimentChart series={week(8).map((row, index) => ({ ...row, count: index === 3 ? 40 : row.count }))} width={640} />);

    const after = container.querySelector('.recharts-line-curve')?.getAttribute('d');
    expect(after).toBeTruthy();
    expect(after).not.toBe(before);
    expect(layoutReads.length).not.toHaveBeenCalled();
    expect(box).not.toHaveBeenCalled();
  });

  it('writes the axis labels itself, in the viewer’s format', () => {
    const { container } = render(<SentimentChart series={week(1)} width={640} />);
    const labels = [...container.querySelectorAll('svg text')].map((text) => text.textContent);
    expect(labels).toContain('Nov 1');
    expect(labels).toContain('10');
    expect(container.querySelector('.recharts-cartesian-axis-tick-value tspan')).toBeNull();
  });
});
