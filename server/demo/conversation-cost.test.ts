import { describe, expect, it } from 'vitest';
import { DEMO_MENTORS, DEMO_ORGS, MODEL_PRICES } from './catalog.ts';
import { conversationTokens, tokensCostMicros } from './conversation-cost.ts';
import { mulberry32 } from './prng.ts';

describe('conversation cost', () => {
  it('is a whole number of micro-dollars, price per million tokens times tokens', () => {
    expect(tokensCostMicros('gpt-4o', { input: 1_000_000, output: 0 })).toBe(2_500_000);
    expect(tokensCostMicros('gpt-4o-mini', { input: 1000, output: 100 })).toBe(210);
    expect(Number.isInteger(tokensCostMicros('gemini-1.5-flash', { input: 333, output: 77 }))).toBe(true);
  });

  it('grows faster than the number of messages, since history is resent', () => {
    const short = conversationTokens(mulberry32(1), 2).input;
    const long = conversationTokens(mulberry32(1), 20).input;
    expect(long).toBeGreaterThan(10 * short);
  });

  it('prices the big models above the small ones', () => {
    const tokens = { input: 5000, output: 1000 };
    expect(tokensCostMicros('gpt-4o', tokens)).toBeGreaterThan(10 * tokensCostMicros('gpt-4o-mini', tokens));
  });
});

describe('catalog', () => {
  it('has unique mentor keys, and every org offers only catalogued mentors with known models', () => {
    const ids = DEMO_MENTORS.map((mentor) => mentor.key);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(6);
    expect(DEMO_ORGS.length).toBeGreaterThanOrEqual(2);
    expect(DEMO_ORGS[0]?.id).toBe('demo');
    for (const org of DEMO_ORGS) {
      expect(org.studentCount).toBeGreaterThanOrEqual(300);
      const offered = org.mentors.map((offering) => offering.mentor);
      expect(new Set(offered).size).toBe(offered.length);
      for (const offering of org.mentors) {
        expect(ids).toContain(offering.mentor);
        expect(Object.keys(MODEL_PRICES)).toContain(offering.model);
      }
      // Some mentor must be live from the first day, or early days could pick no mentor.
      expect(org.mentors.some((offering) => offering.liveForDays === undefined)).toBe(true);
    }
  });
});
