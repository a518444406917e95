import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PlainChart } from './plain-chart';

const week = [12, 0, 30, 4, 8, 16, 30].map((count, index) => ({ day: `2026-11-${24 + index}`, count }));

describe('PlainChart', () => {
  it('draws the line, a dot per day and the axes from the data alone', () => {
    render(<PlainChart series={week} showPrevious={false} />);
    const chart = screen.getByTestId('sentiment-chart-plain');
    expect(chart.querySelector('.chart-line-current [data-chart-line]')?.getAttribute('d')).toMatch(/^M44,\d/);
    expect(chart.querySelectorAll('.chart-line-current circle')).toHaveLength(7);
    expect(chart.querySelector('.chart-line-previous')).toBeNull();
    const labels = [...chart.querySelectorAll('text')].map((text) => text.textContent);
    expect(labels).toEqual(['0', '10', '20', '30', 'Nov 24', 'Nov 25', 'Nov 26', 'Nov 27', 'Nov 28', 'Nov 29', 'Nov 30']);
  });

  it('draws the previous period dashed, broken where the API does not reach', () => {
    const series = week.map((row, index) => ({ ...row, previousDay: `2026-11-${17 + index}`, previousCount: index < 2 ? null : row.count * 2 }));
    render(<PlainChart series={series} showPrevious />);
    const previous = screen.getByTestId('sentiment-chart-plain').querySelector('.chart-line-previous path');
    expect(previous?.getAttribute('stroke-dasharray')).toBe('5 4');
    // The first two days have no previous value, so the line starts on the third.
    expect(previous?.getAttribute('d')).toMatch(/^M221\.333,/);
  });

  it('leaves out the dots of long ranges and says why the interactive chart is missing', () => {
    const quarter = Array.from({ length: 90 }, (_, index) => ({ day: `2026-09-${String((index % 28) + 1).padStart(2, '0')}`, count: index }));
    render(<PlainChart series={quarter} showPrevious={false} note="The interactive chart could not be loaded." />);
    expect(screen.getByTestId('sentiment-chart-plain').querySelectorAll('circle')).toHaveLength(0);
    expect(screen.getByText('The interactive chart could not be loaded.')).toBeInTheDocument();
  });
});
