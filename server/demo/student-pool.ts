import { pickCumulative, randomInt, standardNormal, type Random } from './prng.ts';
import { generateUsernames } from './usernames.ts';

/** An org's students, in the order they enrolled. */
export interface StudentPool {
  usernames: readonly string[];
  /** First day index on which each student can chat; never decreases along the pool. */
  enrolledFrom: Int32Array;
  /** Prefix sums of how much each student chats: sampling the enrolled prefix is O(log n). */
  cumulativeActivity: Float64Array;
  /** Each student's favourite mentors, as indexes into the org's offerings. */
  favorites: readonly (readonly number[])[];
}

// Most students are there from the start of the history; the rest enrol over the year.
const ENROLLED_AT_START = 0.55;

// A log-normal activity spread: a few students chat every day, most now and then, which is the
// heavy tail a top-20 list is for.
const ACTIVITY_SPREAD = 1.25;

function favoriteMentors(random: Random, mentorPopularity: Float64Array): number[] {
  const roll = random();
  const wanted = Math.min(mentorPopularity.length, roll < 0.5 ? 1 : roll < 0.85 ? 2 : 3);
  const chosen: number[] = [];
  while (chosen.length < wanted) {
    const mentor = pickCumulative(random, mentorPopularity);
    if (!chosen.includes(mentor)) chosen.push(mentor);
  }
  return chosen;
}

export function createStudentPool(random: Random, count: number, days: number, mentorPopularity: Float64Array): StudentPool {
  const usernames = generateUsernames(random, count);
  const enrolledFrom = Int32Array.from({ length: count }, () => (random() < ENROLLED_AT_START ? 0 : randomInt(random, days))).sort();
  const cumulativeActivity = new Float64Array(count);
  let total = 0;
  for (let student = 0; student < count; student += 1) {
    total += Math.exp(ACTIVITY_SPREAD * standardNormal(random));
    cumulativeActivity[student] = total;
  }
  const favorites = usernames.map(() => favoriteMentors(random, mentorPopularity));
  return { usernames, enrolledFrom, cumulativeActivity, favorites };
}
