import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PlainChart } from './plain-chart';

const week = [12, 0, 30, 4, 8, 16, 30].map((count, index) => ({ day: `2026-11-${24 + index}`, count }));

describe('PlainChart', () => {
  it('draws the line, a dot per day and the axes from the data alone', () => {
    render(<PlainChart series={week} width={600} showPrevious={false} />);
    const chart = screen.getByTestId('sentiment-chart-plain');
    // Across in days (the viewBox stretches them over the plot), down in pixels: 12 of 30 sits at 218 - 12/30 × 218.
    expect(chart.querySelector('.chart-line-current [data-chart-line]')?.getAttribute('d')).toMatch(/^M0,130\.8C/);
    const dots = [...chart.querySelectorAll('.chart-line-current circle')];
    expect(dots).toHaveLength(7);
    expect(dots.map((dot) => parseFloat(dot.getAttribute('cx') ?? '').toFixed(2))).toEqual(['0.00', '16.67', '33.33', '50.00', '66.67', '83.33', '100.00']);
    expect(dots.every((dot) => dot.getAttribute('cx')?.endsWith('%'))).toBe(true);
    // The day with the most entries reaches the top of the plot, 8 px down.
    expect(dots[2]?.getAttribute('cy')).toBe('8');
    expect(chart.querySelector('.chart-line-previous')).toBeNull();
    const labels = [...chart.querySelectorAll('text')].map((text) => text.textContent);
    expect(labels).toEqual(['0', '10', '20', '30', 'Nov 24', 'Nov 25', 'Nov 26', 'Nov 27', 'Nov 28', 'Nov 29', 'Nov 30']);
  });

  it('draws the previous period dashed, broken where the API does not reach', () => {
    const series = week.map((row, index) => ({ ...row, previousDay: `2026-11-${17 + index}`, previousCount: index < 2 ? null : row.count * 2 }));
    render(<PlainChart series={series} width={600} showPrevious />);
    const previous = screen.getByTestId('sentiment-chart-plain').querySelector('path.chart-line-previous');
    expect(previous?.getAttribute('stroke-dasharray')).toBe('5 4');
    // The first two days have no previous value, so the line starts on the third.
    expect(previous?.getAttribute('d')).toMatch(/^M2,/);
  });

  it('leaves out the dots of long ranges and says why the interactive chart is missing', () => {
    const quarter = Array.from({ length: 90 }, (_, index) => ({ day: `2026-09-${String((index % 28) + 1).padStart(2, '0')}`, count: index }));
    render(<PlainChart series={quarter} width={600} showPrevious={false} note="The interactive chart could not be loaded." />);
    expect(screen.getByTestId('sentiment-chart-plain').querySelectorAll('circle')).toHaveLength(0);
    expect(screen.getByText('The interactive chart could not be loaded.')).toBeInTheDocument();
  });

  it('spaces the day labels for the width it is given', () => {
    const month = Array.from({ length: 30 }, (_, index) => ({ day: `2026-11-${String(index + 1).padStart(2, '0')}`, count: index }));
    const labels = (width: number) => {
      const { unmount } = render(<PlainChart series={month} width={width} showPrevious={false} />);
      const days = [...screen.getByTestId('sentiment-chart-plain').querySelectorAll('text')].filter((text) => text.textContent?.startsWith('Nov'));
      unmount();
      return days.map((text) => text.textContent);
    };
    const narrow = labels(320);
    const wide = labels(1100);
    expect(narrow.length).toBeLessThan(wide.length);
    expect(narrow.at(-1)).toBe('Nov 30');
    expect(wide.at(-1)).toBe('Nov 30');
  });
});
