import { addDays, type IsoDay } from '../../shared/utc-day.ts';
import { DEMO_MENTORS, type DemoMentor } from './catalog.ts';
import { deriveSeed, mulberry32 } from './prng.ts';

/** A mentor as ibl.ai's mentor search lists it: the fields the dashboard reads, and a few it ignores. */
export interface MentorRecord {
  id: number;
  name: string;
  unique_id: string;
  slug: string;
  description: string;
  created_at: string;
}

function hex32(word: number): string {
  return (word >>> 0).toString(16).padStart(8, '0');
}

/**
 * A version 4 UUID drawn from the seed and the mentor's key: the same for the same seed on every
 * machine and every day, different for another seed.
 */
export function demoMentorId(seed: number, key: string): string {
  const random = mulberry32(deriveSeed(seed, `mentor/${key}`));
  const digits = [0, 1, 2, 3].map(() => hex32(Math.floor(random() * 2 ** 32))).join('');
  const version = `4${digits.slice(13, 16)}`;
  const variant = `${'89ab'[parseInt(digits[16] ?? '0', 16) & 3]}${digits.slice(17, 20)}`;
  return `${digits.slice(0, 8)}-${digits.slice(8, 12)}-${version}-${variant}-${digits.slice(20, 32)}`;
}

function record(mentor: DemoMentor, index: number, seed: number, today: IsoDay): MentorRecord {
  // A working-hours minute of its creation day, so the dates look like someone made them.
  const minute = 8 * 60 + Math.floor(mulberry32(deriveSeed(seed, `created/${mentor.key}`))() * 10 * 60);
  const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00Z`;
  return {
    id: index + 1,
    name: mentor.name,
    unique_id: demoMentorId(seed, mentor.key),
    slug: mentor.key,
    description: mentor.description,
    created_at: `${addDays(today, -mentor.ageDays)}T${time}`,
  };
}

/** Every catalogued mentor by its key. */
export function demoMentorRecords(seed: number, today: IsoDay): ReadonlyMap<string, MentorRecord> {
  return new Map(DEMO_MENTORS.map((mentor, index) => [mentor.key, record(mentor, index, seed, today)] as const));
}
