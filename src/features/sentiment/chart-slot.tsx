import { useRef } from 'react';
import { useObservedWidth } from '../../components/use-observed-width';
import { estimatedChartWidth } from './chart-geometry';
import { PlainChart } from './plain-chart';
import type { SentimentRow } from './sentiment-series';
import { useSentimentChart } from './use-sentiment-chart';

/**
 * Where the chart goes: the plain SVG chart until Recharts is in, then Recharts. The slot
 * measures the width for both (after layout, before paint), so the swap draws once, at the
 * right width. The first render uses the width the window's width implies, and the measurement
 * confirms it.
 */
export function ChartSlot({ series, showPrevious }: { series: SentimentRow[]; showPrevious: boolean }) {
  const chart = useSentimentChart();
  const frame = useRef<HTMLDivElement>(null);
  const width = useObservedWidth(frame, estimatedChartWidth(window.innerWidth));
  return (
    <div ref={frame}>
      {chart.status === 'ready' ? (
        <chart.value.default series={series} width={width} showPrevious={showPrevious} />
      ) : (
        <PlainChart
          series={series}
          width={width}
          showPrevious={showPrevious}
          note={
            chart.status === 'failed'
              ? 'The interactive chart (with day-by-day tooltips) could not be loaded: reload the page to try again. “Show table” lists the same numbers.'
              : undefined
          }
        />
      )}
    </div>
  );
}
