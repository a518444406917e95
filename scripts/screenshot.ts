// Takes screenshots of a running dashboard for the README and for looking at what we build:
//   tsx scripts/screenshot.ts http://127.0.0.1:4173/?period=30d docs/screenshot.png [width]
import { chromium } from '@playwright/test';
import { chromiumPath } from './chromium-path.mjs';

const [url = 'http://127.0.0.1:4173/', out = 'docs/screenshot.png', width = '1280'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
await page.goto(url);
await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(`saved ${out}`);
