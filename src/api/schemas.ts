import * as v from 'valibot';
import { formatCount, formatMoney, formatShare } from '../lib/format';
import { isValidMentorId } from '../../shared/identifiers';
import { parseIsoDay, type IsoDay } from '../../shared/utc-day';
import type { SentimentLabel } from '../../shared/sentiment-labels';

/**
 * Beyond these a figure is a bug upstream, not data: a cost of a billion dollars or a student
 * with a hundred million messages would mislead more than an error does, so it is refused
 * with a message instead of being drawn. Real tenants stay far below (a busy one spends
 * thousands of dollars a year and its busiest students send thousands of messages).
 */
export const MAX_PLAUSIBLE_COST = 10_000_000;
export const MAX_PLAUSIBLE_COUNT = 10_000_000;

// Every schema and check below carries its own words: valibot's defaults ("Invalid type:
// Expected number but received …") are not what a card should show.
const text = v.string('expected string');

// JSON has no NaN or Infinity, but `1e400` parses to Infinity, which v.number() lets through.
const number = v.pipe(v.number('expected number'), v.check((value) => Number.isFinite(value), 'expected number'));

// `-0` is a number too, and would be shown as "-$0.00".
const count = v.pipe(
  number,
  v.check((value) => Number.isInteger(value), 'expected a whole number'),
  v.minValue(0, (issue) => `${formatCount(issue.input)} is not a possible count`),
  v.maxValue(
    MAX_PLAUSIBLE_COUNT,
    (issue) => `${formatCount(issue.input)} is more than ${formatCount(MAX_PLAUSIBLE_COUNT)}, which is not a plausible count`,
  ),
  v.transform((value) => value + 0),
);

const dollars = v.pipe(
  number,
  v.minValue(0, (issue) => `${formatMoney(issue.input)} is not a possible cost`),
  v.maxValue(
    MAX_PLAUSIBLE_COST,
    (issue) =>
      `${formatMoney(issue.input)} is more than ${formatMoney(MAX_PLAUSIBLE_COST)}, which is not a plausible cost for one org`,
  ),
  v.transform((value) => value + 0),
);

/** `2023-06-01T00:00:00Z` (or a bare `2023-06-01`) → its UTC day. */
const apiDay = v.pipe(
  text,
  v.check((value) => parseIsoDay(value.slice(0, 10)) !== null, 'expected an ISO date'),
  v.transform((value): IsoDay => value.slice(0, 10)),
);

/**
 * An object whose missing field reads like a wrong one ("total_cost: expected number"), where
 * valibot's own issue would only name the key. Valibot takes an array for an object; a list
 * where a row (or the cost) belongs is a wrong shape.
 */
function fields<const E extends v.ObjectEntries>(entries: E) {
  return v.pipe(
    v.unknown(),
    v.check((input) => !Array.isArray(input), 'expected object'),
    v.object(entries, (issue) => {
      const key = issue.path?.[0].key;
      const expects = typeof key === 'string' && key in entries ? entries[key]!.expects : 'object';
      // A nested fields() starts from v.unknown(): what it wants is an object.
      return `expected ${expects === 'unknown' ? 'object' : expects}`;
    }),
  );
}

/**
 * The docs' mock server nests the list one level too deep; accept both. The nesting is undone
 * before validation (not with a union), so a bad row is reported as itself, not as "expected array".
 */
function listOrNested<T extends v.GenericSchema>(item: T) {
  return v.pipe(
    v.unknown(),
    v.transform((input) =>
      Array.isArray(input) && input.length > 0 && input.every((entry) => Array.isArray(entry)) ? input.flat() : input,
    ),
    v.array(item, 'expected array'),
  );
}

// The mock server calls the count `conversation_count`; the schema says `sentiment_count`.
// One object with both optional (not a union), so a bad count is reported under its own name.
const sentimentPoint = v.pipe(
  fields({ date: apiDay, sentiment_count: v.optional(count), conversation_count: v.optional(count) }),
  v.forward(
    v.check((point) => point.sentiment_count !== undefined || point.conversation_count !== undefined, 'expected number'),
    ['sentiment_count'],
  ),
  v.transform((point) => ({
    day: point.date,
    count: point.sentiment_count ?? point.conversation_count ?? 0,
  })),
);

export const sentimentResponse = listOrNested(sentimentPoint);
export type SentimentPoint = v.InferOutput<typeof sentimentPoint>;

export const costResponse = fields({ total_cost: dollars });
export type CostResponse = v.InferOutput<typeof costResponse>;

const studentRow = fields({ username: text, chat_message_count: count });
export const topStudentsResponse = listOrNested(studentRow);
export type StudentRow = v.InferOutput<typeof studentRow>;

// The distribution is typed loosely upstream (`additionalProperties: {}`): a number or a
// numeric string is a share, a missing label is 0, anything else is refused by name.
const NUMERIC_TEXT = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const percent = v.optional(
  v.pipe(
    v.unknown(),
    v.transform((input) => (typeof input === 'string' && NUMERIC_TEXT.test(input) ? Number(input) : input)),
    v.number('expected a percentage (a number or numeric string)'),
    v.check((value) => Number.isFinite(value), 'expected a percentage (a number or numeric string)'),
    v.minValue(0, (issue) => `${formatShare(issue.input, 2)} is not a possible share`),
    v.maxValue(100, (issue) => `${formatShare(issue.input, 2)} is more than 100%, which is not a possible share`),
    v.transform((value) => value + 0),
  ),
  0,
);

export const userSentimentResponse = v.pipe(
  fields({
    sentiment_distribution: fields({ positive: percent, neutral: percent, negative: percent }),
    total_sentiments: count,
  }),
  v.transform(
    ({ sentiment_distribution: shares, total_sentiments: total }): SentimentSplit => ({
      shares: { positive: shares.positive, neutral: shares.neutral, negative: shares.negative },
      total,
    }),
  ),
);

/** user-sentiment: each label's share in percent of `total` entries. */
export interface SentimentSplit {
  shares: Record<SentimentLabel, number>;
  total: number;
}

/**
 * The first problem is a value that cannot be true (a negative count), not a wrong shape.
 * Only the plausibility bounds above use min/max checks, so their issue types say which it is.
 */
export function isImplausible(issues: readonly v.BaseIssue<unknown>[]): boolean {
  const type = issues[0]?.type;
  return type === 'min_value' || type === 'max_value';
}

/** The first problem in words, with where it is, e.g. "[0].sentiment_count: expected a whole number". */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'invalid response';
  const path = (issue.path ?? [])
    .map(({ key }) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
    .replace(/^\./, '');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/**
 * A mentor from ibl.ai's mentor search: of its many fields only the unique id (what the URL and
 * `mentor_id` carry), the name and the one-line description are read. A mentor without a name
 * is listed by its slug or id rather than refused.
 */
const mentor = v.pipe(
  fields({
    unique_id: v.pipe(text, v.check((value) => isValidMentorId(value), 'expected a mentor unique id')),
    name: v.optional(v.nullable(text)),
    slug: v.optional(v.nullable(text)),
    description: v.optional(v.nullable(text)),
  }),
  v.transform((item) => ({
    id: item.unique_id,
    name: item.name?.trim() || item.slug?.trim() || item.unique_id,
    description: item.description?.replace(/\s+/g, ' ').trim() ?? '',
  })),
);
export type Mentor = v.InferOutput<typeof mentor>;

/**
 * One page of the mentor search (`MentorSearchResponse`). `count` is every match, not just this
 * page's; it only sizes a hint, so an unusable one counts the page instead of refusing the answer.
 */
export const mentorSearchResponse = v.pipe(
  fields({ count: v.optional(v.unknown()), results: v.optional(v.array(mentor, 'expected a list of mentors')) }),
  v.forward(
    v.check((page) => page.results !== undefined, 'expected a list of mentors'),
    ['results'],
  ),
  v.transform((page) => {
    const mentors = page.results ?? [];
    const total = page.count;
    return {
      count: typeof total === 'number' && Number.isInteger(total) && total >= mentors.length ? total : mentors.length,
      mentors,
    };
  }),
);
export type MentorPage = v.InferOutput<typeof mentorSearchResponse>;
