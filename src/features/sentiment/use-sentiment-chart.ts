import { useEffect, useSyncExternalStore } from 'react';
import type SentimentChartComponent from './sentiment-chart';

type Chart = typeof SentimentChartComponent;
export type ChartState = { status: 'loading' } | { status: 'ready'; Chart: Chart } | { status: 'failed' };

/*
 * Recharts is as big as the rest of the app together (115 kB gzip), and the plain SVG chart
 * already draws the same picture: what Recharts adds is the tooltip, which only a person
 * moving, touching or typing can ask for. So it is imported on the first such event anywhere
 * on the page ("import on interaction"), usually well before the pointer reaches the chart,
 * and the first view neither downloads nor runs it (~30 ms to evaluate, ~100 ms to draw).
 */
const INTERACTIONS = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'wheel', 'focusin'] as const;

let state: ChartState = { status: 'loading' };
let started = false;
const listeners = new Set<() => void>();

function settle(next: ChartState) {
  state = next;
  for (const listener of listeners) listener();
}

export function loadSentimentChart(): void {
  if (started) return;
  started = true;
  import('./sentiment-chart').then(
    (module) => settle({ status: 'ready', Chart: module.default }),
    () => settle({ status: 'failed' }),
  );
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The interactive chart: loading until someone interacts with the page, then ready (or failed). */
export function useSentimentChart(): ChartState {
  useEffect(() => {
    if (started) return;
    const options = { capture: true, passive: true } as const;
    for (const type of INTERACTIONS) window.addEventListener(type, loadSentimentChart, options);
    return () => {
      for (const type of INTERACTIONS) window.removeEventListener(type, loadSentimentChart, options);
    };
  }, []);
  return useSyncExternalStore(subscribe, () => state);
}
