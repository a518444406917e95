import type { Endpoint } from '../../shared/endpoints.ts';
import { resolvePreset } from '../../shared/periods.ts';
import { parseIsoDay, todayUtc, type IsoDay } from '../../shared/utc-day.ts';
import { buildDemoDataset, DEFAULT_DEMO_SEED, type DemoDataset, type OrgData } from './dataset.ts';
import {
  costMicros,
  labelPercentages,
  messagesByStudent,
  microsToDollars,
  sentimentByDay,
  sentimentByLabel,
  topStudents,
} from './queries.ts';
import { createMentorSearch } from './mentor-search.ts';
import { optionalText, parseOptionalRange, parsePeriod, parseRequiredRange, type FieldErrors } from './query-params.ts';

export interface DemoRequest {
  endpoint: Endpoint;
  org: string;
  userId: string;
  query: URLSearchParams;
}

export interface DemoResponse {
  status: number;
  body: unknown;
}

export interface DemoApiOptions {
  /** The last day of the data, `YYYY-MM-DD` in UTC; default: today's UTC date at creation. */
  today?: string;
  /** Any number; its 32-bit unsigned integer part picks the data (default DEFAULT_DEMO_SEED). */
  seed?: number;
}

function orgNotFound(): DemoResponse {
  return { status: 404, body: { detail: 'Organization not found.' } };
}

function invalid(errors: FieldErrors): DemoResponse {
  return { status: 400, body: errors };
}

function sentimentCount(dataset: DemoDataset, org: OrgData, query: URLSearchParams): DemoResponse {
  const period = parsePeriod(query);
  if (!period.ok) return invalid(period.errors);
  // The real API leaves out days without entries; the dashboard fills the gaps.
  const body = sentimentByDay(dataset, org, resolvePreset(period.value, dataset.today))
    .filter((entry) => entry.count > 0)
    .map((entry) => ({ date: `${entry.day}T00:00:00Z`, sentiment_count: entry.count }));
  return { status: 200, body };
}

function userSentiment(dataset: DemoDataset, org: OrgData, query: URLSearchParams): DemoResponse {
  const range = parseRequiredRange(query);
  if (!range.ok) return invalid(range.errors);
  const counts = sentimentByLabel(dataset, org, range.value);
  const shares = labelPercentages(counts);
  // Keys in the order of the contract's example; the dashboard reads them by name.
  return {
    status: 200,
    body: {
      sentiment_distribution: { positive: shares.positive, negative: shares.negative, neutral: shares.neutral },
      total_sentiments: counts.positive + counts.neutral + counts.negative,
    },
  };
}

function tenantCost(dataset: DemoDataset, org: OrgData, query: URLSearchParams): DemoResponse {
  const range = parseRequiredRange(query);
  if (!range.ok) return invalid(range.errors);
  return { status: 200, body: { total_cost: microsToDollars(costMicros(dataset, org, range.value)) } };
}

function topStudentsByMessages(dataset: DemoDataset, org: OrgData, query: URLSearchParams): DemoResponse {
  const range = parseOptionalRange(query, dataset.today);
  if (!range.ok) return invalid(range.errors);
  // An unknown mentor id is an empty answer, not an error: the filter simply matches nobody.
  const counts = messagesByStudent(dataset, org, range.value, optionalText(query, 'mentor_id'));
  return { status: 200, body: topStudents(counts) };
}

/**
 * A stand-in for ibl.ai's analytics API over generated data: same paths' answers, same
 * validation errors, same quirks (empty days left out). The data is built once, here, and every
 * request reads the pre-computed per-day aggregates.
 */
export function createDemoApi(options: DemoApiOptions = {}): (request: DemoRequest) => DemoResponse {
  const today: IsoDay | null = options.today === undefined ? todayUtc() : parseIsoDay(options.today);
  if (today === null) throw new RangeError(`today must be a YYYY-MM-DD date, got "${options.today ?? ''}"`);
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const dataset = buildDemoDataset({ today, seed });
  const mentorSearch = createMentorSearch(dataset, seed);

  return (request) => {
    // Any admin user id is accepted: the demo has no access control to imitate.
    const org = dataset.orgs.get(request.org);
    if (org === undefined) return orgNotFound();
    switch (request.endpoint) {
      case 'sentiment-count':
        return sentimentCount(dataset, org, request.query);
      case 'user-sentiment':
        return userSentiment(dataset, org, request.query);
      case 'tenant-cost':
        return tenantCost(dataset, org, request.query);
      case 'top-students-by-chat-messages':
        return topStudentsByMessages(dataset, org, request.query);
      case 'my-mentors':
        return mentorSearch(org, request);
    }
  };
}
