import { useDeferredValue, useRef } from 'react';
import { useObservedWidth } from '../../components/use-observed-width';
import { useHydrated } from '../../lib/use-hydrated';
import { estimatedChartWidth, SERVER_VIEWPORT_WIDTH } from './chart-geometry';
import { PlainChart } from './plain-chart';
import type { SentimentRow } from './sentiment-series';
import { useSentimentChart } from './use-sentiment-chart';

/**
 * Where the chart goes: the plain SVG chart until Recharts is in, then Recharts. The slot
 * measures the width for both (after layout, before paint), so the swap draws once, at the
 * right width. The first render uses the width the window's width implies, and the measurement
 * confirms it.
 *
 * Once Recharts is in, new data (another range, the comparison) is drawn at once by the plain
 * chart, which looks the same, and Recharts, some 80 ms of rendering for a redraw, takes over
 * again in a background render (useDeferredValue): the click is answered in the next frame, and
 * only the tooltip waits.
 */
export function ChartSlot({ series, showPrevious }: { series: SentimentRow[]; showPrevious: boolean }) {
  const chart = useSentimentChart();
  const frame = useRef<HTMLDivElement>(null);
  const deferredSeries = useDeferredValue(series);
  const deferredShowPrevious = useDeferredValue(showPrevious);
  const interactive = chart.status === 'ready' && deferredSeries === series && deferredShowPrevious === showPrevious;
  // The server knows no window: its HTML, and the hydration of it, draw the chart as wide as on a
  // laptop. Positions are relative, so only the day labels' spacing can change at the measurement.
  const hydrated = useHydrated();
  const width = useObservedWidth(frame, estimatedChartWidth(hydrated ? window.innerWidth : SERVER_VIEWPORT_WIDTH));
  return (
    <div ref={frame}>
      {interactive ? (
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
