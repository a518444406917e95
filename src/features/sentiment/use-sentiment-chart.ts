import { useSyncExternalStore } from 'react';
import type SentimentChartComponent from './sentiment-chart';

type Chart = typeof SentimentChartComponent;
type ChartState = { status: 'loading' } | { status: 'ready'; Chart: Chart } | { status: 'failed' };

/*
 * Recharts is most of the JavaScript, so the chart is its own chunk. Its download starts as
 * soon as this module is evaluated, beside the API requests rather than after them, and the
 * card draws it the moment it is in: no Suspense fallback, whose reveal React holds back.
 */
let state: ChartState = { status: 'loading' };
const listeners = new Set<() => void>();

function settle(next: ChartState) {
  state = next;
  for (const listener of listeners) listener();
}

void import('./sentiment-chart').then(
  (module) => settle({ status: 'ready', Chart: module.default }),
  () => settle({ status: 'failed' }),
);

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSentimentChart(): ChartState {
  return useSyncExternalStore(subscribe, () => state);
}
