import { describe, expect, it } from 'vitest';
import { AGO, clockOptions, COUNT, DAY, DAY_SHORT, MONEY, MONEY_SMALL, percentOptions } from './intl-options';
import { enUsAgo, enUsClock, enUsCount, enUsDay, enUsDayRange, enUsDayShort, enUsMoney, enUsMoneySignificant, enUsPercent } from './en-us-format';

// Every case is checked against Intl itself: the written-out formats must never drift from it.
// Node's ICU puts thin and narrow no-break spaces where Chromium's puts plain ones (the formats
// follow Chromium, checked exactly in e2e/demo/formats.spec.ts), so spaces are compared as spaces.
const spaced = (text: string) => text.replace(/[\u2009\u202f]/g, ' ');
const money = new Intl.NumberFormat('en-US', MONEY);
const moneySmall = new Intl.NumberFormat('en-US', MONEY_SMALL);
const count = new Intl.NumberFormat('en-US', COUNT);
const percent = [0, 1].map((digits) => new Intl.NumberFormat('en-US', percentOptions(digits)));
const day = new Intl.DateTimeFormat('en-US', DAY);
const dayShort = new Intl.DateTimeFormat('en-US', DAY_SHORT);
const clock = new Intl.DateTimeFormat('en-US', clockOptions());
const ago = new Intl.RelativeTimeFormat('en-US', AGO);

/** A reproducible spread of amounts: every magnitude, halves at each decimal place, and random values. */
function amounts(): number[] {
  const values = [0, -0, 0.005, 0.015, 0.025, 0.125, 1.005, 2.675, 9.995, 99.995, 999.995, 0.5, 1.5, 2.5, -0.001, -0.005, -1.005, 1e20, 123456789012.345];
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let index = 0; index < 4000; index += 1) {
    const magnitude = 10 ** Math.floor(random() * 16 - 6);
    const value = Math.round(random() * magnitude * 1e6) / 1e6;
    values.push(value, -value, Math.round(random() * 100_000) / 1000 + 0.0005);
  }
  return values;
}

describe('en-US numbers, as Intl writes them', () => {
  it('money with two decimals', () => {
    for (const value of amounts()) expect(enUsMoney(value) ?? money.format(value), String(value)).toBe(money.format(value));
  });

  it('money under a cent with two significant digits', () => {
    const small = amounts().filter((value) => value !== 0 && Math.abs(value) < 0.01);
    expect(small.length).toBeGreaterThan(100);
    for (const value of small) expect(enUsMoneySignificant(value), String(value)).toBe(moneySmall.format(value));
  });

  it('whole counts', () => {
    for (const value of [...amounts(), 1234567, 999.5, -999.5]) expect(enUsCount(value) ?? count.format(value), String(value)).toBe(count.format(value));
  });

  it('percentages with no or one decimal', () => {
    for (const value of amounts()) {
      const ratio = Math.abs(value) / 1000;
      for (const digits of [0, 1]) expect(enUsPercent(ratio, digits) ?? percent[digits]?.format(ratio), String(ratio)).toBe(percent[digits]?.format(ratio));
    }
    expect(enUsPercent(0.145, 0)).toBe('15%');
  });

  it('leaves exponent forms and non-finite values to Intl', () => {
    expect(enUsMoney(1e21)).toBeNull();
    expect(enUsCount(Number.NaN)).toBeNull();
    expect(enUsMoneySignificant(1e-7)).toBeNull();
    expect(enUsPercent(Number.POSITIVE_INFINITY, 0)).toBeNull();
  });
});

describe('en-US dates, as Intl writes them', () => {
  const start = Date.UTC(2024, 0, 1);
  const days = Array.from({ length: 3 * 366 }, (_, index) => new Date(start + index * 86_400_000));

  it('days, short days and every kind of range', () => {
    for (const date of days) {
      expect(enUsDay(date)).toBe(day.format(date));
      expect(enUsDayShort(date)).toBe(dayShort.format(date));
    }
    for (let index = 0; index < days.length; index += 7) {
      const from = days[index] as Date;
      for (const length of [0, 1, 6, 29, 89, 400]) {
        const to = days[Math.min(days.length - 1, index + length)] as Date;
        expect(enUsDayRange(from, to), from.toISOString()).toBe(spaced(from.getTime() === to.getTime() ? day.format(from) : day.formatRange(from, to)));
      }
    }
  });

  it('clock times in the local zone, every minute of a day', () => {
    const midnight = new Date(2026, 10, 30).getTime();
    for (let minute = 0; minute < 24 * 60; minute += 1) {
      const time = midnight + minute * 60_000;
      expect(enUsClock(time)).toBe(spaced(clock.format(time)));
    }
  });

  it('ages in minutes and hours', () => {
    expect(enUsAgo(0, 'second')).toBe(ago.format(0, 'second'));
    for (let amount = 1; amount < 3000; amount += 1) {
      expect(enUsAgo(amount, 'minute')).toBe(ago.format(-amount, 'minute'));
      expect(enUsAgo(amount, 'hour')).toBe(ago.format(-amount, 'hour'));
    }
    expect(enUsAgo(5, 'second')).toBeNull();
  });
});
