import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { SentimentRow } from './sentiment-series';

// Recharts as loaded: a stand-in that shows which series it was given.
vi.mock('./use-sentiment-chart', () => {
  const loaded = {
    status: 'ready',
    value: {
      default: ({ series }: { series: SentimentRow[] }) => <div data-testid="recharts">{series.map((row) => row.count).join(',')}</div>,
    },
  };
  return { useSentimentChart: () => loaded };
});

const { ChartSlot } = await import('./chart-slot');

const week = (base: number) => [0, 1, 2, 3, 4, 5, 6].map((index) => ({ day: `2026-11-${24 + index}`, count: base + index }));

/** The test ids of the charts each commit put on the page, in order. */
function recordMounts(container: HTMLElement): string[] {
  const mounted: string[] = [];
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof HTMLElement && node.dataset.testid) mounted.push(`${node.dataset.testid}:${node.textContent ?? ''}`);
      }
    }
  }).observe(container, { childList: true, subtree: true });
  return mounted;
}

describe('ChartSlot once Recharts is in', () => {
  it('draws new data at once with the plain chart, then hands it back to Recharts', async () => {
    const first = week(10);
    const { container, rerender } = render(<ChartSlot series={first} showPrevious={false} />);
    expect(screen.getByTestId('recharts')).toHaveTextContent('10,11,12,13,14,15,16');
    const mounted = recordMounts(container);

    const next = week(20);
    await act(async () => rerender(<ChartSlot series={next} showPrevious={false} />));
    // First the plain chart with the new line, in the urgent render; Recharts with it after.
    expect(mounted.map((entry) => entry.split(':')[0])).toEqual(['sentiment-chart-plain', 'recharts']);
    expect(mounted[1]).toBe('recharts:20,21,22,23,24,25,26');
    expect(screen.queryByTestId('sentiment-chart-plain')).toBeNull();
  });

  it('leaves Recharts alone when it is given the same series again', async () => {
    const first = week(10);
    const { container, rerender } = render(<ChartSlot series={first} showPrevious={false} />);
    const mounted = recordMounts(container);
    await act(async () => rerender(<ChartSlot series={first} showPrevious={false} />));
    expect(mounted).toEqual([]);
  });
});
