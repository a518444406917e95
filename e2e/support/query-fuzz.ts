// A seeded generator of hostile query strings for the dashboard's URL: random bytes, unicode,
// very long values, script and SQL injection, repeated keys, and near-misses of valid links.
// Pure (no Playwright), so the URL parser's unit test feeds it thousands of inputs too.

import { DEFAULT_DEMO_SEED } from '../../server/demo/dataset.ts';
import { demoMentorId } from '../../server/demo/mentors.ts';
import { mulberry32 } from '../../server/demo/prng.ts';

const PYTHON_LAB = demoMentorId(DEFAULT_DEMO_SEED, 'python-lab');
const CAREER_ADVISOR = demoMentorId(DEFAULT_DEMO_SEED, 'career-advisor');

/** The demo data's own seeded generator: the same sequence for the same seed on every machine. */
export const seededRandom = mulberry32;

const OWNED_KEYS = ['period', 'from', 'to', 'mentor', 'org', 'user', 'compare', 'budget'] as const;
const LOOKALIKE_KEYS = ['Period', 'PERIOD', 'period[]', ' period', 'period ', 'from_', 'mentor_id', 'utm_source', '', '%70eriod'];

const INJECTIONS = [
  '<script>alert(1)</script>',
  '</script><script>window.__xss=1</script>',
  '"><img src=x onerror="window.__xss=1">',
  "'><svg onload=window.__xss=1>",
  'javascript:window.__xss=1',
  "' OR '1'='1",
  "1; DROP TABLE users; --",
  "admin'--",
  '{{constructor.constructor("window.__xss=1")()}}',
  '${window.__xss=1}',
  '../../../etc/passwd',
  '%2e%2e%2f%2e%2e%2f',
  '\\..\\..\\windows',
  '__proto__',
  'constructor',
  'toString',
  'null',
  'undefined',
  'NaN',
  '-Infinity',
  '1e309',
  '0x1F',
  '%00',
  '%0d%0aSet-Cookie:%20x=1',
];

const UNICODE = [
  '７ｄ', // fullwidth "7d"
  '30d\u200b', // zero-width space
  'ménteur',
  '导师-python',
  'مرشد',
  '\u202e30d', // right-to-left override
  'e\u0301\u0301\u0301',
  '😀🎉',
  '👩‍👩‍👧‍👦'.repeat(10),
  '%F0%9F%98%80',
  '%ED%A0%80', // an encoded lone surrogate
  '%E0%A4%A', // a cut-off UTF-8 sequence
  '%C0%AE', // overlong "."
  '\ufeff2026-01-01',
  '２０２６-０１-０１',
];

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function isoDay(offsetDays: number, today: Date): string {
  return new Date(today.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

function plausibleValue(random: () => number, key: (typeof OWNED_KEYS)[number], today: Date): string {
  switch (key) {
    case 'period':
      return pick(random, ['today', 'yesterday', '7d', '30d', '90d', 'custom', 'Custom', '7D', '365d', 'week', '']);
    case 'from':
    case 'to':
      return pick(random, [
        isoDay(-Math.floor(random() * 500), today),
        isoDay(Math.floor(random() * 40), today),
        '2026-02-30',
        '2026-13-01',
        '2026-1-1',
        '20260101',
        '0000-01-01',
        '9999-12-31',
        '2026-01-01T00:00:00Z',
        '',
      ]);
    case 'mentor':
      return pick(random, [
        PYTHON_LAB,
        PYTHON_LAB.toUpperCase(),
        'mentor:42',
        'a'.repeat(128),
        'a'.repeat(129),
        ` ${CAREER_ADVISOR} `,
        '-leading',
        '',
      ]);
    case 'org':
      return pick(random, ['demo', 'northwind-academy', 'missing-org', 'a:b', 'a/b', '.hidden', '']);
    case 'user':
      return pick(random, ['admin', 'someone@example.com', 'a b', '']);
    case 'compare':
      return pick(random, ['previous', 'Previous', 'true', '1', '']);
    case 'budget':
      return pick(random, ['250', '99.50', '99.999', '0', '-3', '1e9', '10000000', '10000000.01', 'Infinity', 'NaN', '', ' 250 ']);
  }
}

function randomText(random: () => number, length: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789-_.~!$\'()*,;:@/?%&=+#[]<>"` \\^{}|';
  let text = '';
  for (let index = 0; index < length; index += 1) text += alphabet[Math.floor(random() * alphabet.length)] ?? '';
  return text;
}

/** Characters a browser would change or read as syntax, written percent-encoded half of the time. */
function maybeEncode(random: () => number, value: string): string {
  return random() < 0.5 ? encodeURIComponent(value) : value;
}

type Generator = (random: () => number, today: Date) => string;

const GENERATORS: readonly Generator[] = [
  // Random characters, syntax included.
  (random) => randomText(random, Math.floor(random() * 80)),
  // Owned keys with plausible and near-miss values.
  (random, today) => {
    const keys = OWNED_KEYS.filter(() => random() < 0.45);
    return keys.map((key) => `${key}=${encodeURIComponent(plausibleValue(random, key, today))}`).join('&');
  },
  // Injection strings in owned and foreign keys.
  (random) => {
    const key = random() < 0.8 ? pick(random, OWNED_KEYS) : pick(random, LOOKALIKE_KEYS);
    return `${key}=${maybeEncode(random, pick(random, INJECTIONS))}${random() < 0.5 ? `&period=${pick(random, ['30d', 'custom'])}` : ''}`;
  },
  // Unicode and broken percent-encoding.
  (random) => {
    const key = pick(random, OWNED_KEYS);
    const value = pick(random, UNICODE);
    return `${key}=${value.startsWith('%') ? value : maybeEncode(random, value)}`;
  },
  // Very long values (kept under the server's 16 KB request line).
  (random) => {
    const key = pick(random, OWNED_KEYS);
    const unit = pick(random, ['a', '7d', '😀', '<script>', '%', 'mentor-']);
    const repeat = 200 + Math.floor(random() * 1200);
    return `${key}=${encodeURIComponent(unit.repeat(repeat)).slice(0, 6000)}`;
  },
  // Repeated keys, with equal or differing values.
  (random, today) => {
    const key = pick(random, OWNED_KEYS);
    const count = 2 + Math.floor(random() * 3);
    const values = Array.from({ length: count }, () =>
      random() < 0.3 ? plausibleValue(random, key, today) : pick(random, [...INJECTIONS, ...UNICODE, '30d', '']),
    );
    if (random() < 0.3) values.fill(values[0] ?? '');
    return values.map((value) => `${key}=${encodeURIComponent(value)}`).join('&');
  },
  // Lookalike and foreign keys, empty keys, stray separators.
  (random, today) =>
    [
      `${encodeURIComponent(pick(random, LOOKALIKE_KEYS))}=${encodeURIComponent(plausibleValue(random, 'period', today))}`,
      pick(random, ['&&', '=', '==', '&=&', 'period', 'period&', '%', '+', '']),
      `period=${pick(random, ['30d', 'custom', ''])}`,
    ].join(pick(random, ['&', '&&', ';'])),
  // Valid links (no notice expected for most of them).
  (random, today) => {
    const parts: string[] = [];
    const choice = pick(random, ['30d', '90d', 'today', 'yesterday', 'custom', '7d']);
    if (choice === 'custom') {
      const end = -Math.floor(random() * 200);
      parts.push('period=custom', `from=${isoDay(end - Math.floor(random() * 60), today)}`, `to=${isoDay(end, today)}`);
    } else {
      parts.push(`period=${choice}`);
    }
    if (random() < 0.4) parts.push(`mentor=${pick(random, [PYTHON_LAB, CAREER_ADVISOR])}`);
    if (random() < 0.2) parts.push('org=northwind-academy');
    if (random() < 0.2) parts.push('compare=previous');
    if (random() < 0.2) parts.push(`budget=${pick(random, ['250', '99.5', '1200'])}`);
    return parts.join('&');
  },
];

/** `count` query strings (without the "?"), the same ones for the same seed. */
export function fuzzQueries(seed: number, count: number, today: Date = new Date()): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const generate = GENERATORS[index % GENERATORS.length];
    if (!generate) throw new Error('no generators');
    return generate(random, today);
  });
}
