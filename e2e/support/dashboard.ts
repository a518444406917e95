import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export function card(page: Page, name: 'Sentiment over time' | 'LLM cost' | 'Top students') {
  return page.getByRole('region', { name });
}

/**
 * The sentiment chart's line, drawn by either chart: the plain SVG first, Recharts after an
 * interaction. Both mark the line's group; Recharts draws a lone day's dot outside it.
 */
export function chartLine(page: Page) {
  return card(page, 'Sentiment over time').locator('.chart-line-current, .recharts-line-dot').filter({ visible: true }).first();
}

/** Waits until all three cards show data: the chart's line drawn, a cost, leaderboard rows. */
export async function expectDataShown(page: Page) {
  await expect(chartLine(page)).toBeVisible();
  await expect(card(page, 'LLM cost').getByText(/^(\$[\d,.]+|[\d.,]+\s\$)$/).first()).toBeVisible();
  await expect(card(page, 'Top students').getByRole('row').nth(1)).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

/** What a person reads off the page: used to compare two views of the same link. */
export async function readFigures(page: Page) {
  const sentiment = card(page, 'Sentiment over time');
  const leaderboard = card(page, 'Top students').getByRole('table');
  return {
    range: await page.getByTestId('resolved-range').textContent(),
    sentimentTotal: await sentiment.getByText(/entries in range/).textContent(),
    cost: await card(page, 'LLM cost').getByRole('definition').first().textContent(),
    students: await leaderboard.getByRole('row').allTextContents(),
  };
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
}
