import * as z from 'zod/mini';
import { parseIsoDay, type IsoDay } from '../lib/utc-day';

const count = z.int().check(z.gte(0));

/** `2023-06-01T00:00:00Z` (or a bare `2023-06-01`) → its UTC day. */
const apiDay = z.pipe(
  z.string().check(
    z.refine((text) => parseIsoDay(text.slice(0, 10)) !== null, { message: 'expected an ISO date' }),
  ),
  z.transform((text): IsoDay => text.slice(0, 10)),
);

/** The docs' mock server nests the list one level too deep; accept both. */
function listOrNested<T extends z.ZodMiniType>(item: T) {
  return z.pipe(
    z.union([z.array(item), z.array(z.array(item))]),
    z.transform((list) => list.flat() as z.output<T>[]),
  );
}

// The mock server calls the count `conversation_count`; the schema says `sentiment_count`.
const sentimentPoint = z.pipe(
  z.union([
    z.object({ date: apiDay, sentiment_count: count }),
    z.object({ date: apiDay, conversation_count: count }),
  ]),
  z.transform((point) => ({
    day: point.date,
    count: 'sentiment_count' in point ? point.sentiment_count : point.conversation_count,
  })),
);

export const sentimentResponse = listOrNested(sentimentPoint);
export type SentimentPoint = z.output<typeof sentimentPoint>;

export const costResponse = z.object({
  total_cost: z.number().check(z.gte(0)),
});
export type CostResponse = z.output<typeof costResponse>;

const studentRow = z.object({ username: z.string(), chat_message_count: count });
export const topStudentsResponse = listOrNested(studentRow);
export type StudentRow = z.output<typeof studentRow>;

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
