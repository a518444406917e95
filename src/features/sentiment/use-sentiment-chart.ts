import { onDemand, useLoadOnInteraction, type OnDemandState } from '../../lib/on-demand';
import type * as SentimentChartModule from './sentiment-chart';

/*
 * Recharts is as big as the rest of the app together (115 kB gzip), and the plain SVG chart
 * already draws the same picture: what Recharts adds is the tooltip, which only a person
 * moving, touching or typing can ask for. So it is imported on the first such event anywhere
 * on the page ("import on interaction"), usually well before the pointer reaches the chart,
 * and the first view neither downloads nor runs it (~30 ms to evaluate, ~100 ms to draw).
 */
const sentimentChart = onDemand(() => import('./sentiment-chart'));

/** The interactive chart's module: idle until someone interacts with the page, then loading, ready or failed. */
export function useSentimentChart(): OnDemandState<typeof SentimentChartModule> {
  useLoadOnInteraction(sentimentChart);
  return sentimentChart.use();
}
