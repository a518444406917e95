import type { SentimentLabel } from '../../shared/sentiment-labels.ts';
import { dayToDate, type IsoDay } from '../../shared/utc-day.ts';
import type { Random } from './prng.ts';

/** Entries per day for each label; the three add up to the day's sentiment count. */
export type SentimentByLabel = Readonly<Record<SentimentLabel, Int32Array>>;

/** Chance of each label for one entry; they add up to 1. */
export type Mood = Readonly<Record<SentimentLabel, number>>;

// [month (January = 0), first day, last day]: mid-terms and finals of both terms.
const EXAM_WEEKS = [
  [2, 9, 20],
  [4, 4, 15],
  [9, 12, 23],
  [11, 7, 18],
] as const;

// The week before an exam is tense already, at half strength.
const RUN_UP_DAYS = 7;

/** 1 in an exam window, 0.5 in the week before it, 0 otherwise. */
export function examPressure(day: IsoDay): number {
  const date = dayToDate(day);
  const year = date.getUTCFullYear();
  let pressure = 0;
  for (const [month, first, last] of EXAM_WEEKS) {
    const start = Date.UTC(year, month, first);
    const end = Date.UTC(year, month, last);
    const time = date.getTime();
    if (time >= start && time <= end) return 1;
    if (time < start && time >= start - RUN_UP_DAYS * 86_400_000) pressure = 0.5;
  }
  return pressure;
}

/**
 * How students feel on a day: a gentle improvement over the history (the mentors get better),
 * a clear dip in exam weeks, a lighter mood at weekends. `progress` runs from 0 on the first
 * day of the data to 1 today.
 */
export function moodOf(day: IsoDay, progress: number): Mood {
  const pressure = examPressure(day);
  const weekday = dayToDate(day).getUTCDay();
  const weekend = weekday === 0 || weekday === 6 ? 1 : 0;
  const positive = 0.5 + 0.12 * progress - 0.2 * pressure + 0.04 * weekend;
  const negative = 0.2 - 0.06 * progress + 0.16 * pressure - 0.02 * weekend;
  return { positive, neutral: 1 - positive - negative, negative };
}

/** One entry's label, drawn with the mood's chances. */
function drawLabel(random: Random, mood: Mood): SentimentLabel {
  const draw = random();
  if (draw < mood.positive) return 'positive';
  if (draw < mood.positive + mood.negative) return 'negative';
  return 'neutral';
}

/**
 * Labels every day's entries (`sentiment[d]` of them on `calendar[d]`). Its own random stream,
 * so the labels leave the counts, costs and messages drawn before them as they were.
 */
export function labelSentiment(random: Random, sentiment: Int32Array, calendar: readonly IsoDay[]): SentimentByLabel {
  const days = calendar.length;
  const byLabel = { positive: new Int32Array(days), neutral: new Int32Array(days), negative: new Int32Array(days) };
  calendar.forEach((day, index) => {
    const mood = moodOf(day, index / Math.max(1, days - 1));
    const entries = sentiment[index] ?? 0;
    for (let entry = 0; entry < entries; entry += 1) {
      const counts = byLabel[drawLabel(random, mood)];
      counts[index] = (counts[index] ?? 0) + 1;
    }
  });
  return byLabel;
}
