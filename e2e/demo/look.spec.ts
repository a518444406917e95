import { expect } from '@playwright/test';
import { test } from '../support/test';
import { card, expectDataShown, expectNoAxeViolations } from '../support/dashboard';
import { demoMentor } from '../support/mentors';

for (const width of [360, 768, 1280]) {
  test(`the layout works at ${width} px`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/?period=30d');
    await expectDataShown(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const name of ['Sentiment over time', 'LLM cost', 'Top students'] as const) {
      const box = await card(page, name).boundingBox();
      expect(box?.width).toBeGreaterThan(width >= 1024 ? 250 : width - 80);
    }
    await page.screenshot({ path: testInfo.outputPath(`dashboard-${width}.png`), fullPage: true });
  });
}

for (const width of [412, 1280]) {
  test(`nothing moves while the page loads at ${width} px (no layout shift)`, async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: number[] = [];
      Object.assign(window, { __shifts: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/?period=7d');
    await expectDataShown(page);
    // Time for anything that follows the first frame: the cards subscribing, the chart's measurement.
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)).toEqual([]);
  });
}

test('dark mode follows the system, and a chosen theme is remembered', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ colorScheme: 'dark', locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  await page.goto(`${baseURL}/`);
  await expectDataShown(page);
  await expect(page.locator('html')).toHaveClass(/dark/);
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expectNoAxeViolations(page);

  await toggle.click();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await page.reload();
  await expectDataShown(page);
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'false');
  await context.close();
});

test('prints one card per page, each with the org and range', async ({ page }) => {
  await page.goto(`/?period=7d&mentor=${demoMentor('python-lab').id}`);
  await expectDataShown(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Dashboard filters' })).toBeHidden();
  const sections = page.locator('main > section');
  await expect(sections).toHaveCount(3);
  const styles = await sections.evaluateAll((elements) =>
    elements.map((element) => ({
      breakAfter: getComputedStyle(element).breakAfter,
      label: getComputedStyle(element, '::before').content,
    })),
  );
  expect(styles.slice(0, 2).map((style) => style.breakAfter)).toEqual(['page', 'page']);
  for (const style of styles) expect(style.label).toMatch(/^"Org demo · .+ \(UTC\) · mentor Python Lab"$/);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('numbers and dates follow the browser’s locale', async ({ browser, baseURL }) => {
  const figures: Record<string, { cost: string | null; range: string | null }> = {};
  for (const locale of ['en-US', 'de-DE']) {
    const context = await browser.newContext({ locale, timezoneId: 'UTC' });
    const page = await context.newPage();
    await page.goto(`${baseURL}/?period=custom&from=2026-11-01&to=2026-11-07`);
    await expectDataShown(page);
    figures[locale] = {
      cost: await card(page, 'LLM cost').getByRole('definition').first().textContent(),
      range: await page.getByTestId('resolved-range').textContent(),
    };
    await context.close();
  }
  expect(figures['en-US']?.cost).toMatch(/^\$\d+\.\d{2}$/);
  expect(figures['de-DE']?.cost).toMatch(/^\d+,\d{2}\s\$$/);
  expect(figures['en-US']?.range).toBe('Nov 1 – 7, 2026');
  expect(figures['de-DE']?.range).toMatch(/^01\.–07\.11\.2026$|^1\.–7\. Nov\. 2026$/);
});
