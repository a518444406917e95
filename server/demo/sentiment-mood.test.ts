import { describe, expect, it } from 'vitest';
import { eachDay } from '../../shared/utc-day.ts';
import { buildDemoDataset, DEFAULT_DEMO_SEED } from './dataset.ts';
import { mulberry32 } from './prng.ts';
import { examPressure, labelSentiment, moodOf } from './sentiment-mood.ts';

describe('moodOf', () => {
  it('gives chances that add up to 1 and stay well inside 0..1, whatever the day', () => {
    for (const day of eachDay('2025-01-01', '2026-12-31')) {
      for (const progress of [0, 0.5, 1]) {
        const mood = moodOf(day, progress);
        expect(mood.positive + mood.neutral + mood.negative).toBeCloseTo(1, 12);
        for (const chance of Object.values(mood)) expect(chance).toBeGreaterThan(0.1);
      }
    }
  });

  it('dips in exam weeks, a little in the week before, and improves gently over the history', () => {
    expect(examPressure('2026-10-15')).toBe(1);
    expect(examPressure('2026-10-08')).toBe(0.5);
    expect(examPressure('2026-11-10')).toBe(0);
    // Two Thursdays: in the October mid-terms and a quiet November week.
    expect(moodOf('2026-10-15', 0.5).positive).toBeLessThan(moodOf('2026-11-12', 0.5).positive - 0.15);
    expect(moodOf('2026-10-15', 0.5).negative).toBeGreaterThan(moodOf('2026-11-12', 0.5).negative + 0.1);
    expect(moodOf('2026-11-12', 1).positive).toBeGreaterThan(moodOf('2026-11-12', 0).positive + 0.1);
  });
});

describe('labelSentiment', () => {
  const calendar = eachDay('2026-09-01', '2026-11-30');
  const sentiment = Int32Array.from(calendar, (_, index) => (index % 7 === 0 ? 0 : 40 + (index % 5)));

  it('labels every entry of every day once', () => {
    const labels = labelSentiment(mulberry32(1), sentiment, calendar);
    calendar.forEach((_, index) => {
      expect((labels.positive[index] ?? 0) + (labels.neutral[index] ?? 0) + (labels.negative[index] ?? 0)).toBe(sentiment[index]);
    });
  });

  it('is the same for the same random stream, different for another', () => {
    expect(labelSentiment(mulberry32(1), sentiment, calendar)).toEqual(labelSentiment(mulberry32(1), sentiment, calendar));
    expect(labelSentiment(mulberry32(1), sentiment, calendar)).not.toEqual(labelSentiment(mulberry32(2), sentiment, calendar));
  });
});

describe('the demo dataset’s labels', () => {
  it('add up to the day’s sentiment count, every day of every org', () => {
    const dataset = buildDemoDataset({ today: '2026-11-30', seed: DEFAULT_DEMO_SEED });
    for (const org of dataset.orgs.values()) {
      const { positive, neutral, negative } = org.sentimentByLabel;
      for (let day = 0; day < dataset.days; day += 1) {
        expect((positive[day] ?? 0) + (neutral[day] ?? 0) + (negative[day] ?? 0)).toBe(org.sentiment[day]);
      }
    }
  });
});
