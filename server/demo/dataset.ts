import { addDays, eachDay, type IsoDay } from '../../shared/utc-day.ts';
import { DEMO_ORGS, type DemoOrgProfile } from './catalog.ts';
import { generateOrg } from './generate-org.ts';
import type { SentimentByLabel } from './sentiment-mood.ts';

/**
 * One org's history as per-day aggregates, so a query's work grows with the days it covers,
 * never with the number of messages behind them. Index 0 is the dataset's first day.
 */
export interface OrgData {
  profile: DemoOrgProfile;
  usernames: readonly string[];
  /** The org's mentor ids; a row's mentor is an index into this list. */
  mentorIds: readonly string[];
  /** Sentiment entries per day: one per conversation. */
  sentiment: Int32Array;
  /** The same entries per day by label (user-sentiment's split); the labels add up to `sentiment`. */
  sentimentByLabel: SentimentByLabel;
  /** LLM cost per day in whole micro-dollars (integers, exact as doubles up to 2^53). */
  costMicros: Float64Array;
  /**
   * Student messages per (day, mentor, student), only the non-zero ones. Day d's rows are
   * `rowStart[d]` up to (not including) `rowStart[d + 1]`.
   */
  rowStart: Uint32Array;
  rowStudent: Uint16Array;
  rowMentor: Uint8Array;
  rowMessages: Uint32Array;
}

export interface DemoDataset {
  /** The last day of the data, only partly over (see TODAY_CUTOFF_MINUTE). */
  today: IsoDay;
  firstDay: IsoDay;
  days: number;
  /** Every day of the data, oldest first: date arithmetic done once rather than per query. */
  calendar: readonly IsoDay[];
  orgs: ReadonlyMap<string, OrgData>;
}

/** About fifteen months: a custom range 400 days back still has data. */
export const HISTORY_DAYS = 450;

export const DEFAULT_DEMO_SEED = 2024;

export function buildDemoDataset(options: { today: IsoDay; seed: number; days?: number }): DemoDataset {
  const days = options.days ?? HISTORY_DAYS;
  const firstDay = addDays(options.today, -(days - 1));
  const calendar = eachDay(firstDay, options.today);
  const orgs = new Map(DEMO_ORGS.map((profile) => [profile.id, generateOrg(profile, options.seed, calendar)] as const));
  return { today: options.today, firstDay, days, calendar, orgs };
}
