import type { SentimentSplit } from '../../api/schemas';
import type { CsvTable } from '../../lib/csv';
import { formatCount, formatOneDecimal, formatRange, formatShare } from '../../lib/format';
import { SENTIMENT_LABELS, type SentimentLabel } from '../../../shared/sentiment-labels';
import type { DayRange } from '../../../shared/periods';

export const LABEL_NAMES: Record<SentimentLabel, string> = { positive: 'Positive', neutral: 'Neutral', negative: 'Negative' };

export interface ShareChange {
  /** Points between the shares as shown (one decimal), so the change is what the eye subtracts. */
  points: number;
  direction: 'up' | 'down' | 'same';
}

export interface SplitSegment {
  label: SentimentLabel;
  name: string;
  /** As the API gave it, in percent. */
  percent: number;
  /** Part of the bar, 0..1: the shares scaled to fill it, so rounding (99.99) or a missing label never leaves a gap or overflows. */
  width: number;
  previousPercent: number | null;
  change: ShareChange | null;
}

/** The split as the card shows it, in label order; null when no entry was counted (nothing to split). */
export function splitSegments(split: SentimentSplit, previous: SentimentSplit | null = null): SplitSegment[] | null {
  const sum = SENTIMENT_LABELS.reduce((total, label) => total + split.shares[label], 0);
  if (split.total === 0 || sum === 0) return null;
  const before = previous && hasEntries(previous) ? previous : null;
  return SENTIMENT_LABELS.map((label) => {
    const percent = split.shares[label];
    const previousPercent = before ? before.shares[label] : null;
    return {
      label,
      name: LABEL_NAMES[label],
      percent,
      width: percent / sum,
      previousPercent,
      change: previousPercent === null ? null : shareChange(percent, previousPercent),
    };
  });
}

export function hasEntries(split: SentimentSplit): boolean {
  return split.total > 0 && SENTIMENT_LABELS.some((label) => split.shares[label] > 0);
}

const oneDecimal = (percent: number) => Math.round(percent * 10) / 10;

export function shareChange(current: number, previous: number): ShareChange {
  const points = Math.round((oneDecimal(current) - oneDecimal(previous)) * 10) / 10 + 0;
  return { points, direction: points > 0 ? 'up' : points < 0 ? 'down' : 'same' };
}

/** "+3.2 pts", worded for a sentence: "up 3.2 points", "down 1.6 points", "unchanged". */
export function changeWords(change: ShareChange, locale?: string): string {
  if (change.direction === 'same') return 'unchanged';
  const magnitude = formatOneDecimal(Math.abs(change.points), locale);
  return `${change.direction} ${magnitude} ${Math.abs(change.points) === 1 ? 'point' : 'points'}`;
}

/**
 * The split in one sentence for screen readers, e.g. "Of 895 entries across all mentors: 60.8%
 * positive (down 1.6 points from 62.4%), 23.1% neutral (…), 16.1% negative (…)."
 */
export function splitSentence(
  split: SentimentSplit,
  previous: { split: SentimentSplit; range: DayRange } | null,
  locale?: string,
): string {
  const segments = splitSegments(split, previous?.split ?? null);
  if (!segments) return 'No sentiment entries to split into positive, neutral and negative in this range.';
  const parts = segments.map((segment) => {
    const share = `${formatShare(segment.percent, 1, locale)} ${segment.label}`;
    if (!segment.change || segment.previousPercent === null) return share;
    const from = formatShare(segment.previousPercent, 1, locale);
    return segment.change.direction === 'same' ? `${share} (unchanged from ${from})` : `${share} (${changeWords(segment.change, locale)} from ${from})`;
  });
  const entries = `${formatCount(split.total, locale)} ${split.total === 1 ? 'entry' : 'entries'}`;
  let sentence = `Of ${entries} across all mentors: ${parts.join(', ')}.`;
  if (previous && !hasEntries(previous.split)) {
    sentence += ` No entries in the previous period (${formatRange(previous.range, locale)}) to compare with.`;
  } else if (previous) {
    sentence += ` The previous period (${formatRange(previous.range, locale)}) had ${formatCount(previous.split.total, locale)}.`;
  }
  return sentence;
}

export const SPLIT_CSV_HEADER = ['Measure', 'Value', 'Unit'] as const;

/**
 * The split as CSV rows, one per figure the card shows: each label's share as the API gave it
 * (two decimals), the number of entries; with a comparison, the previous period's and the
 * change in points (the points between the shares as shown).
 */
export function splitCsv(split: SentimentSplit, previous: SentimentSplit | null): CsvTable {
  const rows: (string | number)[][] = SENTIMENT_LABELS.map((label) => [`${LABEL_NAMES[label]} share`, split.shares[label], '%']);
  rows.push(['Entries', split.total, 'entries']);
  if (previous !== null) {
    const before = hasEntries(previous) ? previous : null;
    for (const label of SENTIMENT_LABELS) {
      if (before) rows.push([`Previous period ${label} share`, before.shares[label], '%']);
    }
    rows.push(['Previous period entries', previous.total, 'entries']);
    if (before && hasEntries(split)) {
      for (const label of SENTIMENT_LABELS) {
        rows.push([`${LABEL_NAMES[label]} share change`, shareChange(split.shares[label], before.shares[label]).points, 'points']);
      }
    }
  }
  return { header: SPLIT_CSV_HEADER, rows };
}
