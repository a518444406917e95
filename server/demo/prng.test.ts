import { describe, expect, it } from 'vitest';
import { cumulativeSums, deriveSeed, hashString, mulberry32, pickCumulative, poisson } from './prng.ts';

function take(random: () => number, count: number): number[] {
  return Array.from({ length: count }, () => random());
}

describe('mulberry32', () => {
  it('repeats its sequence for a seed and differs for another seed', () => {
    expect(take(mulberry32(7), 20)).toEqual(take(mulberry32(7), 20));
    expect(take(mulberry32(7), 20)).not.toEqual(take(mulberry32(8), 20));
  });

  it('stays in [0, 1) and spreads evenly', () => {
    const values = take(mulberry32(123), 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean).toBeGreaterThan(0.49);
    expect(mean).toBeLessThan(0.51);
  });
});

describe('seeds from labels', () => {
  it('hashes the same text to the same number and different texts apart', () => {
    expect(hashString('demo')).toBe(hashString('demo'));
    expect(hashString('demo')).not.toBe(hashString('northwind-academy'));
    expect(deriveSeed(1, 'demo')).not.toBe(deriveSeed(2, 'demo'));
    expect(deriveSeed(1, 'demo')).not.toBe(deriveSeed(1, 'northwind-academy'));
  });
});

describe('pickCumulative', () => {
  it('picks in proportion to weight, never a zero weight, only within the prefix', () => {
    const cumulative = cumulativeSums([1, 0, 3, 6]);
    const random = mulberry32(99);
    const hits = [0, 0, 0, 0];
    for (let draw = 0; draw < 10_000; draw += 1) {
      const index = pickCumulative(random, cumulative);
      hits[index] = (hits[index] ?? 0) + 1;
    }
    expect(hits[1]).toBe(0);
    expect((hits[3] ?? 0) / 10_000).toBeCloseTo(0.6, 1);
    expect((hits[0] ?? 0) / 10_000).toBeCloseTo(0.1, 1);
    for (let draw = 0; draw < 1000; draw += 1) expect(pickCumulative(random, cumulative, 3)).toBeLessThan(3);
  });

  it('refuses an empty prefix', () => {
    expect(() => pickCumulative(mulberry32(1), cumulativeSums([1]), 0)).toThrow(RangeError);
  });
});

describe('poisson', () => {
  it.each([0.5, 4, 25, 150])('has the requested mean (%s)', (mean) => {
    const random = mulberry32(5);
    const draws = Array.from({ length: 5000 }, () => poisson(random, mean));
    const average = draws.reduce((sum, value) => sum + value, 0) / draws.length;
    expect(Math.abs(average - mean)).toBeLessThan(0.05 * mean + 0.05);
    expect(draws.every((value) => Number.isInteger(value) && value >= 0)).toBe(true);
  });

  it('is zero for a mean of zero', () => {
    expect(poisson(mulberry32(1), 0)).toBe(0);
  });
});
