import * as z from 'zod/mini';
import { formatCount, formatMoney } from '../lib/format';
import { parseIsoDay, type IsoDay } from '../lib/utc-day';

/**
 * Beyond these a figure is a bug upstream, not data: a cost of a billion dollars or a student
 * with a hundred million messages would mislead more than an error does, so it is refused
 * with a message instead of being drawn. Real tenants stay far below (a busy one spends
 * thousands of dollars a year and its busiest students send thousands of messages).
 */
export const MAX_PLAUSIBLE_COST = 10_000_000;
export const MAX_PLAUSIBLE_COUNT = 10_000_000;

/** Marks an issue as "right type, impossible value", so the card can say so in those words. */
const IMPLAUSIBLE = { implausible: true } as const;

// JSON has no NaN or Infinity, but `1e400` parses to Infinity; z.number() refuses both.
// `-0` is a number too, and would be shown as "-$0.00".
const count = z.pipe(
  z.number().check(
    z.superRefine((value: number, context) => {
      if (!Number.isInteger(value)) {
        context.addIssue({ code: 'custom', message: 'expected a whole number', input: value });
      } else if (value < 0) {
        context.addIssue({
          code: 'custom',
          message: `${formatCount(value)} is not a possible count`,
          input: value,
          params: IMPLAUSIBLE,
        });
      } else if (value > MAX_PLAUSIBLE_COUNT) {
        context.addIssue({
          code: 'custom',
          message: `${formatCount(value)} is more than ${formatCount(MAX_PLAUSIBLE_COUNT)}, which is not a plausible count`,
          input: value,
          params: IMPLAUSIBLE,
        });
      }
    }),
  ),
  z.transform((value) => value + 0),
);

const dollars = z.pipe(
  z.number().check(
    z.superRefine((value: number, context) => {
      if (value < 0) {
        context.addIssue({
          code: 'custom',
          message: `${formatMoney(value)} is not a possible cost`,
          input: value,
          params: IMPLAUSIBLE,
        });
      } else if (value > MAX_PLAUSIBLE_COST) {
        context.addIssue({
          code: 'custom',
          message: `${formatMoney(value)} is more than ${formatMoney(MAX_PLAUSIBLE_COST)}, which is not a plausible cost for one org`,
          input: value,
          params: IMPLAUSIBLE,
        });
      }
    }),
  ),
  z.transform((value) => value + 0),
);

/** `2023-06-01T00:00:00Z` (or a bare `2023-06-01`) → its UTC day. */
const apiDay = z.pipe(
  z.string().check(
    z.refine((text) => parseIsoDay(text.slice(0, 10)) !== null, { message: 'expected an ISO date' }),
  ),
  z.transform((text): IsoDay => text.slice(0, 10)),
);

/**
 * The docs' mock server nests the list one level too deep; accept both. The nesting is undone
 * before validation (not with a union), so a bad row is reported as itself, not as "expected array".
 */
function listOrNested<T extends z.ZodMiniType>(item: T) {
  return z.pipe(
    z.transform((input: unknown) =>
      Array.isArray(input) && input.length > 0 && input.every((entry) => Array.isArray(entry)) ? input.flat() : input,
    ),
    z.array(item),
  );
}

// The mock server calls the count `conversation_count`; the schema says `sentiment_count`.
// One object with both optional (not a union), so a bad count is reported under its own name.
const sentimentPoint = z.pipe(
  z
    .object({ date: apiDay, sentiment_count: z.optional(count), conversation_count: z.optional(count) })
    .check(
      z.refine((point) => point.sentiment_count !== undefined || point.conversation_count !== undefined, {
        message: 'expected number',
        path: ['sentiment_count'],
      }),
    ),
  z.transform((point) => ({
    day: point.date,
    count: point.sentiment_count ?? point.conversation_count ?? 0,
  })),
);

export const sentimentResponse = listOrNested(sentimentPoint);
export type SentimentPoint = z.output<typeof sentimentPoint>;

export const costResponse = z.object({ total_cost: dollars });
export type CostResponse = z.output<typeof costResponse>;

const studentRow = z.object({ username: z.string(), chat_message_count: count });
export const topStudentsResponse = listOrNested(studentRow);
export type StudentRow = z.output<typeof studentRow>;

/** The first problem is a value that cannot be true (a negative count), not a wrong shape. */
export function isImplausible(error: { issues: readonly z.core.$ZodIssue[] }): boolean {
  const issue = innermost(error.issues[0]);
  return issue?.code === 'custom' && issue.params?.['implausible'] === true;
}

/**
 * The first problem in words, e.g. "[0].sentiment_count: expected a whole number ≥ 0".
 * zod/mini ships no English messages, so the common issue codes are worded here.
 */
export function describeIssues(error: { issues: readonly z.core.$ZodIssue[] }): string {
  const issue = innermost(error.issues[0]);
  if (!issue) return 'invalid response';
  const path = issue.path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('')
    .replace(/^\./, '');
  const text = wordIssue(issue);
  return path ? `${path}: ${text}` : text;
}

/** A union's "Invalid input" hides the cause: follow its first branch down, keeping the path. */
function innermost(issue: z.core.$ZodIssue | undefined): z.core.$ZodIssue | undefined {
  if (issue?.code !== 'invalid_union') return issue;
  const inner = issue.errors[0]?.[0];
  if (!inner) return issue;
  return innermost({ ...inner, path: [...issue.path, ...inner.path] });
}

function wordIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' ? 'expected a whole number' : `expected ${issue.expected}`;
    case 'too_small':
      return `expected at least ${String(issue.minimum)}`;
    case 'custom':
      return issue.message;
    default:
      return issue.message || issue.code;
  }
}
