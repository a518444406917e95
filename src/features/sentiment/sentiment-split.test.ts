import { describe, expect, it } from 'vitest';
import { formatRange } from '../../lib/format';
import { changeWords, shareChange, splitCsv, splitSegments, splitSentence } from './sentiment-split';

const split = (positive: number, neutral: number, negative: number, total: number) => ({ shares: { positive, neutral, negative }, total });
const current = split(61.54, 26.15, 12.31, 130);
const before = split(58.33, 25, 16.67, 120);

describe('splitSegments', () => {
  it('lists positive, neutral, negative with the API’s shares and bar widths that fill the bar', () => {
    const segments = splitSegments(split(65.25, 22.25, 12.49, 400));
    expect(segments?.map((segment) => [segment.name, segment.percent])).toEqual([
      ['Positive', 65.25],
      ['Neutral', 22.25],
      ['Negative', 12.49],
    ]);
    expect(segments?.reduce((sum, segment) => sum + segment.width, 0)).toBeCloseTo(1, 12);
    expect(segments?.[0]?.width).toBeCloseTo(65.25 / 99.99, 12);
  });

  it('gives a label the API left out no width', () => {
    expect(splitSegments(split(100, 0, 0, 3))?.map((segment) => segment.width)).toEqual([1, 0, 0]);
  });

  it('is null when there is nothing to split', () => {
    expect(splitSegments(split(0, 0, 0, 0))).toBeNull();
    expect(splitSegments(split(0, 0, 0, 12))).toBeNull();
  });

  it('carries the previous share and the change in points beside each label', () => {
    const segments = splitSegments(current, before);
    expect(segments?.map((segment) => [segment.previousPercent, segment.change])).toEqual([
      [58.33, { points: 3.2, direction: 'up' }],
      [25, { points: 1.2, direction: 'up' }],
      [16.67, { points: -4.4, direction: 'down' }],
    ]);
    expect(splitSegments(current, split(0, 0, 0, 0))?.every((segment) => segment.change === null)).toBe(true);
  });
});

describe('shareChange', () => {
  it('subtracts the shares as shown, to one decimal, so the points match what the eye sees', () => {
    // 61.54 shows as 61.5 and 58.36 as 58.4: the card says +3.1, not +3.18 rounded to +3.2.
    expect(shareChange(61.54, 58.36)).toEqual({ points: 3.1, direction: 'up' });
    expect(shareChange(20.04, 20.01)).toEqual({ points: 0, direction: 'same' });
    expect(Object.is(shareChange(20.01, 20.04).points, 0)).toBe(true);
    expect(shareChange(10, 12.5)).toEqual({ points: -2.5, direction: 'down' });
  });

  it('words a change for a sentence', () => {
    expect(changeWords({ points: 3.2, direction: 'up' }, 'en-US')).toBe('up 3.2 points');
    expect(changeWords({ points: -1, direction: 'down' }, 'en-US')).toBe('down 1.0 point');
    expect(changeWords({ points: 0, direction: 'same' }, 'en-US')).toBe('unchanged');
  });
});

describe('splitSentence', () => {
  const range = { from: '2026-11-01', to: '2026-11-07' };

  it('reads the split, its count and that it covers all mentors', () => {
    expect(splitSentence(current, null, 'en-US')).toBe('Of 130 entries across all mentors: 61.5% positive, 26.2% neutral, 12.3% negative.');
  });

  it('adds the previous shares with up and down in words', () => {
    expect(splitSentence(current, { split: before, range }, 'en-US')).toBe(
      'Of 130 entries across all mentors: 61.5% positive (up 3.2 points from 58.3%), 26.2% neutral (up 1.2 points from 25.0%), ' +
        `12.3% negative (down 4.4 points from 16.7%). The previous period (${formatRange(range, 'en-US')}) had 120.`,
    );
  });

  it('says when there is nothing to split or to compare with', () => {
    expect(splitSentence(split(0, 0, 0, 0), null, 'en-US')).toBe('No sentiment entries to split into positive, neutral and negative in this range.');
    expect(splitSentence(current, { split: split(0, 0, 0, 0), range }, 'en-US')).toMatch(
      /12\.3% negative\. No entries in the previous period \(Nov 1\s–\s7, 2026\) to compare with\.$/,
    );
  });
});

describe('splitCsv', () => {
  it('has one row per figure: the API’s shares, then the count', () => {
    expect(splitCsv(current, null)).toEqual({
      header: ['Measure', 'Value', 'Unit'],
      rows: [
        ['Positive share', 61.54, '%'],
        ['Neutral share', 26.15, '%'],
        ['Negative share', 12.31, '%'],
        ['Entries', 130, 'entries'],
      ],
    });
  });

  it('adds the previous period and the change in points when comparing', () => {
    expect(splitCsv(current, before).rows.slice(4)).toEqual([
      ['Previous period positive share', 58.33, '%'],
      ['Previous period neutral share', 25, '%'],
      ['Previous period negative share', 16.67, '%'],
      ['Previous period entries', 120, 'entries'],
      ['Positive share change', 3.2, 'points'],
      ['Neutral share change', 1.2, 'points'],
      ['Negative share change', -4.4, 'points'],
    ]);
    expect(splitCsv(current, split(0, 0, 0, 0)).rows.slice(4)).toEqual([['Previous period entries', 0, 'entries']]);
  });
});
