/** A source of uniform floats in [0, 1). */
export type Random = () => number;

/**
 * mulberry32: one 32-bit word of state, fast and well spread. Good enough for demo numbers
 * (never for anything secret), and it needs no dependency.
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over UTF-16 code units: lets a label (an org id) pick its own stream from one seed. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A seed for one named part of the data. Each org draws from its own stream, so adding an org
 * or changing one org's profile leaves the other orgs' numbers as they were.
 */
export function deriveSeed(seed: number, label: string): number {
  return hashString(`${seed >>> 0}/${label}`);
}

/** An integer in [0, maxExclusive). */
export function randomInt(random: Random, maxExclusive: number): number {
  return Math.floor(random() * maxExclusive);
}

/** A standard normal draw (Box–Muller); `1 - random()` keeps the logarithm away from 0. */
export function standardNormal(random: Random): number {
  const radius = Math.sqrt(-2 * Math.log(1 - random()));
  return radius * Math.cos(2 * Math.PI * random());
}

/**
 * A Poisson draw. Knuth's product method is exact but slow for large means, where the normal
 * approximation is indistinguishable for counts of sessions.
 */
export function poisson(random: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean >= 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * standardNormal(random)));
  const limit = Math.exp(-mean);
  let count = 0;
  let product = random();
  while (product > limit) {
    count += 1;
    product *= random();
  }
  return count;
}

/** Prefix sums of weights, for `pickCumulative`. */
export function cumulativeSums(weights: readonly number[]): Float64Array {
  const sums = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((weight, index) => {
    total += weight;
    sums[index] = total;
  });
  return sums;
}

/**
 * An index drawn with probability proportional to its weight, among the first `count` entries
 * of `cumulative` (so a growing prefix, such as the students enrolled so far, can be sampled
 * without rebuilding the sums). Binary search: O(log count).
 */
export function pickCumulative(random: Random, cumulative: Float64Array, count: number = cumulative.length): number {
  if (count <= 0) throw new RangeError('pickCumulative needs at least one entry');
  const target = random() * (cumulative[count - 1] ?? 0);
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((cumulative[middle] ?? 0) > target) high = middle;
    else low = middle + 1;
  }
  return low;
}
