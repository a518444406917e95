import { expect, test, type Page } from '@playwright/test';
import {
  enUsAgo,
  enUsClock,
  enUsCount,
  enUsDay,
  enUsDayRange,
  enUsDayShort,
  enUsMoney,
  enUsMoneySignificant,
  enUsPercent,
} from '../../src/lib/en-us-format';
import { AGO, clockOptions, COUNT, DAY, DAY_SHORT, MONEY, MONEY_SMALL, percentOptions } from '../../src/lib/intl-options';
import { card, expectDataShown } from '../support/dashboard';

// The dashboard writes en-US figures without Intl (src/lib/en-us-format.ts); here every one of
// them is compared, character for character, with what Chromium's own Intl writes.

const AMOUNTS = [
  0, -0, 0.0042, 0.000123, 0.00125, 0.00995, 0.0099999, -0.0042, 0.0000123, 0.005, 0.015, 0.125, 1.005, 2.675, 9.995, 99.995, 999.995, 1234.5, 27.6743, -0.001, -1.005, 123456789.125,
  ...Array.from({ length: 400 }, (_, index) => Math.round(((index * 7919) % 100_003) * 1.37) / 1000),
];
const DAY_MS = 86_400_000;
const DAYS = Array.from({ length: 800 }, (_, index) => Date.UTC(2025, 0, 1) + index * DAY_MS);
const RANGES = DAYS.filter((_, index) => index % 5 === 0).flatMap((from) => [1, 6, 29, 45, 370].map((length) => [from, from + length * DAY_MS] as const));
// Clock times are local: the browser is given this process's own time zone.
test.use({ timezoneId: Intl.DateTimeFormat().resolvedOptions().timeZone });
const MINUTES = Array.from({ length: 24 * 60 }, (_, index) => Date.UTC(2026, 10, 30) + index * 60_000);

function intlInPage(page: Page) {
  return page.evaluate(
    ({ amounts, days, ranges, minutes, options }) => {
      const money = new Intl.NumberFormat('en-US', options.money);
      const moneySmall = new Intl.NumberFormat('en-US', options.moneySmall);
      const count = new Intl.NumberFormat('en-US', options.count);
      const percent = options.percent.map((settings) => new Intl.NumberFormat('en-US', settings));
      const day = new Intl.DateTimeFormat('en-US', options.day);
      const dayShort = new Intl.DateTimeFormat('en-US', options.dayShort);
      const clock = new Intl.DateTimeFormat('en-US', options.clock);
      const ago = new Intl.RelativeTimeFormat('en-US', options.ago);
      return {
        money: amounts.map((value) => money.format(value)),
        moneySmall: amounts.filter((value) => value !== 0 && Math.abs(value) < 0.01).map((value) => moneySmall.format(value)),
        count: amounts.map((value) => count.format(value * 1000)),
        percent: amounts.flatMap((value) => [0, 1].map((digits) => percent[digits]?.format(Math.abs(value) / 100) ?? '')),
        day: days.map((time) => day.format(time)),
        dayShort: days.map((time) => dayShort.format(time)),
        range: ranges.map(([from, to]) => day.formatRange(from, to)),
        clock: minutes.map((time) => clock.format(time)),
        ago: [ago.format(0, 'second'), ...[1, 5, 59].map((amount) => ago.format(-amount, 'minute')), ...[1, 2, 1234].map((amount) => ago.format(-amount, 'hour'))],
      };
    },
    {
      amounts: AMOUNTS,
      days: DAYS,
      ranges: RANGES,
      minutes: MINUTES,
      // The app's own options (format.ts builds its formatters from them), into the page.
      options: { money: MONEY, moneySmall: MONEY_SMALL, count: COUNT, percent: [0, 1].map(percentOptions), day: DAY, dayShort: DAY_SHORT, clock: clockOptions(), ago: AGO },
    },
  );
}

test('the written-out en-US formats are exactly what Chromium’s Intl writes', async ({ page }) => {
  await page.goto('about:blank');
  const intl = await intlInPage(page);
  const written = {
    money: AMOUNTS.map((value) => enUsMoney(value)),
    moneySmall: AMOUNTS.filter((value) => value !== 0 && Math.abs(value) < 0.01).map((value) => enUsMoneySignificant(value)),
    count: AMOUNTS.map((value) => enUsCount(value * 1000)),
    percent: AMOUNTS.flatMap((value) => [0, 1].map((digits) => enUsPercent(Math.abs(value) / 100, digits))),
    day: DAYS.map((time) => enUsDay(new Date(time))),
    dayShort: DAYS.map((time) => enUsDayShort(new Date(time))),
    range: RANGES.map(([from, to]) => enUsDayRange(new Date(from), new Date(to))),
    clock: MINUTES.map((time) => enUsClock(time)),
    ago: [enUsAgo(0, 'second'), ...[1, 5, 59].map((amount) => enUsAgo(amount, 'minute')), ...[1, 2, 1234].map((amount) => enUsAgo(amount, 'hour'))],
  };
  expect(intl.moneySmall.length).toBeGreaterThan(5);
  // null is a value the written-out formats leave to Intl (exponent forms): Intl's answer by definition.
  const deferred = Object.values(written).flat().filter((text) => text === null).length;
  expect(deferred).toBeLessThan(10);
  const answered = Object.fromEntries(
    Object.entries(written).map(([kind, texts]) => [kind, texts.map((text, index) => text ?? intl[kind as keyof typeof intl][index])]),
  );
  expect(answered).toEqual(intl);
});

test('the figures on screen are the API’s numbers as Chromium’s Intl writes them', async ({ page }) => {
  const costAnswer = page.waitForResponse((response) => response.url().includes('/tenant-cost/'));
  await page.goto('/?period=custom&from=2026-11-01&to=2026-11-07');
  const cost = (await (await costAnswer).json()) as { total_cost: number };
  await expectDataShown(page);
  const expected = await page.evaluate(
    ({ total, options }) => ({
      cost: new Intl.NumberFormat('en-US', options.money).format(total),
      range: new Intl.DateTimeFormat('en-US', options.day).formatRange(Date.UTC(2026, 10, 1), Date.UTC(2026, 10, 7)),
    }),
    { total: cost.total_cost, options: { money: MONEY, day: DAY } },
  );
  await expect(card(page, 'LLM cost').getByRole('definition').first()).toHaveText(expected.cost);
  await expect(page.getByTestId('resolved-range')).toHaveText(expected.range);
});
