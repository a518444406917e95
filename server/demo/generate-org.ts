import type { IsoDay } from '../../shared/utc-day.ts';
import { drawMinuteOfDay, isPlatformQuietDay, seasonFactor, TODAY_CUTOFF_MINUTE, weekdayFactor } from './calendar-shape.ts';
import type { DemoOrgProfile, MentorOffering } from './catalog.ts';
import { conversationTokens, tokensCostMicros } from './conversation-cost.ts';
import type { OrgData } from './dataset.ts';
import { demoMentorId } from './mentors.ts';
import { cumulativeSums, deriveSeed, mulberry32, pickCumulative, poisson, randomInt, standardNormal, type Random } from './prng.ts';
import { labelSentiment } from './sentiment-mood.ts';
import { createStudentPool } from './student-pool.ts';

// Day-to-day swing beyond the calendar (a log-normal factor): exams, assignments, outages.
const DAILY_NOISE = 0.14;

// Students mostly return to the mentors they like; the rest is browsing by popularity.
const FAVORITE_SHARE = 0.8;

const MAX_TURNS = 60;

// A row key packs student and mentor; the mentor index is stored in a byte.
const MENTOR_SLOTS = 256;

function isLive(offering: MentorOffering, dayIndex: number, days: number): boolean {
  return offering.liveForDays === undefined || dayIndex >= days - offering.liveForDays;
}

/** Student messages in one conversation: geometric, so most are short and a few run long. */
function drawTurns(random: Random, meanTurns: number): number {
  const extra = Math.floor(Math.log(1 - random()) / Math.log(1 - 1 / meanTurns));
  return Math.min(MAX_TURNS, 1 + extra);
}

function chooseMentor(random: Random, favorites: readonly number[], live: Float64Array, liveMentors: readonly boolean[]): number {
  if (random() < FAVORITE_SHARE) {
    const favorite = favorites[randomInt(random, favorites.length)];
    if (favorite !== undefined && liveMentors[favorite] === true) return favorite;
  }
  return pickCumulative(random, live);
}

/** One org's whole history over `calendar` (oldest first, today last), folded into per-day aggregates. */
export function generateOrg(profile: DemoOrgProfile, seed: number, calendar: readonly IsoDay[]): OrgData {
  const days = calendar.length;
  // The row arrays store mentors in a byte and students in 16 bits.
  if (profile.mentors.length > MENTOR_SLOTS) throw new RangeError(`${profile.id}: too many mentors`);
  if (profile.studentCount > 0xffff) throw new RangeError(`${profile.id}: too many students`);
  const random = mulberry32(deriveSeed(seed, profile.id));
  const popularity = profile.mentors.map((offering) => offering.popularity);
  const pool = createStudentPool(random, profile.studentCount, days, cumulativeSums(popularity));

  const sentiment = new Int32Array(days);
  const costMicros = new Float64Array(days);
  const rowStart = new Uint32Array(days + 1);
  const rowStudent: number[] = [];
  const rowMentor: number[] = [];
  const rowMessages: number[] = [];

  let enrolled = 0;
  for (let dayIndex = 0; dayIndex < days; dayIndex += 1) {
    rowStart[dayIndex] = rowStudent.length;
    while (enrolled < pool.usernames.length && (pool.enrolledFrom[enrolled] ?? days) <= dayIndex) enrolled += 1;
    const day = calendar[dayIndex];
    if (day === undefined || enrolled === 0 || isPlatformQuietDay(day)) continue;

    const liveMentors = profile.mentors.map((offering) => isLive(offering, dayIndex, days));
    const live = cumulativeSums(popularity.map((weight, mentor) => (liveMentors[mentor] === true ? weight : 0)));
    const growth = profile.startLevel + ((1 - profile.startLevel) * dayIndex) / Math.max(1, days - 1);
    const noise = Math.exp(DAILY_NOISE * standardNormal(random));
    const expected = profile.peakConversationsPerDay * growth * weekdayFactor(day) * seasonFactor(day) * noise;
    const conversations = poisson(random, expected);
    const isToday = dayIndex === days - 1;

    const messagesByRow = new Map<number, number>();
    for (let conversation = 0; conversation < conversations; conversation += 1) {
      if (isToday && drawMinuteOfDay(random) >= TODAY_CUTOFF_MINUTE) continue;
      const student = pickCumulative(random, pool.cumulativeActivity, enrolled);
      const mentor = chooseMentor(random, pool.favorites[student] ?? [], live, liveMentors);
      const offering = profile.mentors[mentor];
      if (offering === undefined) throw new RangeError(`${profile.id}: no mentor ${mentor}`);
      const turns = drawTurns(random, offering.meanTurns);
      const row = student * MENTOR_SLOTS + mentor;
      messagesByRow.set(row, (messagesByRow.get(row) ?? 0) + turns);
      sentiment[dayIndex] = (sentiment[dayIndex] ?? 0) + 1;
      costMicros[dayIndex] = (costMicros[dayIndex] ?? 0) + tokensCostMicros(offering.model, conversationTokens(random, turns));
    }
    for (const [row, messages] of messagesByRow) {
      rowStudent.push(Math.floor(row / MENTOR_SLOTS));
      rowMentor.push(row % MENTOR_SLOTS);
      rowMessages.push(messages);
    }
  }
  rowStart[days] = rowStudent.length;

  return {
    profile,
    usernames: pool.usernames,
    mentorIds: profile.mentors.map((offering) => demoMentorId(seed, offering.mentor)),
    sentiment,
    sentimentByLabel: labelSentiment(mulberry32(deriveSeed(seed, `${profile.id}/sentiment-labels`)), sentiment, calendar),
    costMicros,
    rowStart,
    rowStudent: Uint16Array.from(rowStudent),
    rowMentor: Uint8Array.from(rowMentor),
    rowMessages: Uint32Array.from(rowMessages),
  };
}
