import { expect, type Locator, type Page } from '@playwright/test';
import { test } from '../support/test';
import { estimatedChartWidth } from '../../src/features/sentiment/chart-geometry';
import { card, chartLine, expectDataShown, expectNoAxeViolations } from '../support/dashboard';

interface Picture {
  labels: { text: string; x: number; y: number }[];
  /** Points along each line, on screen, in page pixels. */
  lines: { x: number; y: number }[][];
  dots: { x: number; y: number }[];
}

/** What a reader sees of a chart: every label with its place, the lines' courses and the dots. */
async function picture(chart: Locator): Promise<Picture> {
  return chart.evaluate((root) => {
    const onScreen = (element: SVGGraphicsElement, x: number, y: number) => {
      const point = new DOMPoint(x, y).matrixTransform(element.getScreenCTM() ?? undefined);
      return { x: point.x, y: point.y };
    };
    const labels = [...root.querySelectorAll('svg text')].map((text) => {
      const box = text.getBoundingClientRect();
      return { text: text.textContent ?? '', x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
    // Previous period first, as both charts draw it. Each course is redrawn in page pixels (its
    // coordinates mapped through the element's transform: the plain chart stretches a viewBox)
    // and sampled every fraction of a pixel, so two courses that agree have a near neighbour.
    const scratch = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(scratch);
    // A lone day's line has no length and draws nothing (its dot shows it), in either chart.
    const lines = [...root.querySelectorAll<SVGPathElement>('.recharts-line-curve, [data-chart-line], path.chart-line-previous')]
      .filter((path) => path.getTotalLength() > 0)
      .map((path) => {
        const ctm = path.getScreenCTM();
        if (!ctm) return [];
        let axis = 0;
        const d = (path.getAttribute('d') ?? '').replace(/-?[\d.]+(e-?\d+)?/g, (number) => {
          axis = 1 - axis;
          return String(axis === 1 ? ctm.a * Number(number) + ctm.e : ctm.d * Number(number) + ctm.f);
        });
        const copy = document.createElementNS('http://www.w3.org/2000/svg', 'path');
        copy.setAttribute('d', d);
        scratch.append(copy);
        const length = copy.getTotalLength();
        return Array.from({ length: 3000 }, (_, index) => {
          const point = copy.getPointAtLength((length * index) / 2999);
          return { x: point.x, y: point.y };
        });
      });
    scratch.remove();
    const dots = [...root.querySelectorAll<SVGCircleElement>('.recharts-line-dot, .chart-line-current > circle')].map((dot) =>
      onScreen(dot, dot.cx.baseVal.value, dot.cy.baseVal.value),
    );
    return { labels, lines, dots };
  });
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
/** How far the farthest point of `line` lies from the course of `other`. */
const farthest = (line: { x: number; y: number }[], other: { x: number; y: number }[]) =>
  Math.max(...line.map((point) => Math.min(...other.map((candidate) => distance(point, candidate)))));

/** The same picture, to within a pixel. */
function expectSamePicture(after: Picture, before: Picture) {
  expect(after.labels.map((label) => label.text).sort()).toEqual(before.labels.map((label) => label.text).sort());
  for (const label of before.labels) {
    const twin = after.labels.find((candidate) => candidate.text === label.text && distance(candidate, label) < 1);
    expect(twin, `label ${label.text} at ${label.x.toFixed(1)},${label.y.toFixed(1)}`).toBeDefined();
  }
  expect(after.lines).toHaveLength(before.lines.length);
  before.lines.forEach((line, index) => {
    expect(farthest(line, after.lines[index] ?? [])).toBeLessThan(1);
    expect(farthest(after.lines[index] ?? [], line)).toBeLessThan(1);
  });
  expect(after.dots).toHaveLength(before.dots.length);
  before.dots.forEach((dot, index) => expect(distance(dot, after.dots[index] ?? { x: 0, y: 0 })).toBeLessThan(1));
}

const plainChart = (page: Page) => card(page, 'Sentiment over time').getByTestId('sentiment-chart-plain');
const recharts = (page: Page) => card(page, 'Sentiment over time').getByTestId('sentiment-chart');

for (const search of ['?period=7d', '?period=30d&compare=previous', '?period=today']) {
  test(`Recharts takes over from the plain chart without moving a pixel (${search})`, async ({ page }) => {
    await page.goto(`/${search}`);
    await expectDataShown(page);
    const before = await picture(plainChart(page));
    expect(before.labels.length).toBeGreaterThan(3);
    expect(before.lines).toHaveLength(search.includes('compare') ? 2 : search.includes('today') ? 0 : 1);
    expect(before.dots).toHaveLength(search.includes('30d') ? 30 : search.includes('today') ? 1 : 7);

    await page.mouse.move(10, 10);
    await expect(recharts(page)).toBeVisible();
    await expect(chartLine(page)).toBeVisible();
    await expect(plainChart(page)).toHaveCount(0);
    expectSamePicture(await picture(recharts(page)), before);
  });
}

test('the chart is drawn at its laid-out width from the first render, at every breakpoint', async ({ page }) => {
  // The measurement after layout then confirms the width and renders nothing again (use-observed-width).
  for (const width of [360, 412, 639, 640, 768, 1023, 1024, 1280, 1600]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/?period=7d');
    await expectDataShown(page);
    const laidOut = await plainChart(page).evaluate((chart) => chart.parentElement?.getBoundingClientRect().width ?? 0);
    expect(estimatedChartWidth(width), `at ${width} px`).toBe(Math.round(laidOut));
  }
});

test('hovering a day shows its date and count once Recharts is in', async ({ page }) => {
  await page.goto('/?period=7d');
  await expectDataShown(page);
  await page.keyboard.press('Shift');
  await expect(recharts(page).locator('.recharts-line-curve')).toBeVisible();
  const dot = recharts(page).locator('.recharts-line-dot').nth(2);
  const box = await dot.boundingBox();
  if (!box) throw new Error('the third day has no dot');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const tooltip = recharts(page).locator('.recharts-tooltip-wrapper');
  await expect(tooltip).toContainText(/[A-Z][a-z]{2} \d{1,2}, \d{4}/);
  await expect(tooltip).toContainText(/\d+ entries/);
  await expectNoAxeViolations(page);
});

test('when Recharts cannot load, the plain chart stays and says what is missing', async ({ page }) => {
  await page.route('**/assets/sentiment-chart-*.js', (route) => route.abort());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/?period=7d');
  await expectDataShown(page);
  await page.mouse.move(10, 10);
  const sentiment = card(page, 'Sentiment over time');
  await expect(sentiment.getByText(/interactive chart .* could not be loaded/)).toBeVisible();
  await expect(plainChart(page).locator('.chart-line-current')).toBeVisible();
  await expect(card(page, 'LLM cost').getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});
