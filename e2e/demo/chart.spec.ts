import { expect, test, type Locator, type Page } from '@playwright/test';
import { card, expectDataShown, expectNoAxeViolations } from '../support/dashboard';

/** What a reader sees of a chart: every label with its place, and the lines' shapes. */
async function picture(chart: Locator) {
  return chart.evaluate((root) => ({
    labels: [...root.querySelectorAll('svg text')]
      .map((text) => {
        const box = text.getBoundingClientRect();
        return `${text.textContent ?? ''}@${Math.round(box.x)},${Math.round(box.y)}`;
      })
      .sort(),
    lines: [...root.querySelectorAll('.chart-line path')]
      .map((path) => path.getAttribute('d') ?? '')
      .filter((d) => d.startsWith('M')),
  }));
}

const plainChart = (page: Page) => card(page, 'Sentiment over time').getByTestId('sentiment-chart-plain');
const recharts = (page: Page) => card(page, 'Sentiment over time').getByTestId('sentiment-chart');

for (const search of ['?period=7d', '?period=30d&compare=previous']) {
  test(`Recharts takes over from the plain chart without moving a pixel (${search})`, async ({ page }) => {
    await page.goto(`/${search}`);
    await expectDataShown(page);
    const before = await picture(plainChart(page));
    expect(before.labels.length).toBeGreaterThan(5);
    expect(before.lines).toHaveLength(search.includes('compare') ? 2 : 1);

    await page.mouse.move(10, 10);
    await expect(recharts(page).locator('.recharts-line-curve').first()).toBeVisible();
    await expect(plainChart(page)).toHaveCount(0);
    expect(await picture(recharts(page))).toEqual(before);
  });
}

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
