import { describe, expect, it } from 'vitest';
import {
  DATE_FORMAT_MESSAGE,
  optionalText,
  parseOptionalRange,
  parsePeriod,
  parseRequiredRange,
  RANGE_ORDER_MESSAGE,
  REQUIRED_MESSAGE,
} from './query-params.ts';

const query = (text: string) => new URLSearchParams(text);

describe('parsePeriod', () => {
  it('defaults to 7d and accepts every preset', () => {
    expect(parsePeriod(query(''))).toEqual({ ok: true, value: '7d' });
    for (const period of ['today', 'yesterday', '7d', '30d', '90d']) {
      expect(parsePeriod(query(`period=${period}`))).toEqual({ ok: true, value: period });
    }
  });

  it('rejects anything else in DRF wording, including an empty value and another case', () => {
    expect(parsePeriod(query('period=xyz'))).toEqual({ ok: false, errors: { period: ['"xyz" is not a valid choice.'] } });
    expect(parsePeriod(query('period='))).toEqual({ ok: false, errors: { period: ['"" is not a valid choice.'] } });
    expect(parsePeriod(query('period=7D'))).toEqual({ ok: false, errors: { period: ['"7D" is not a valid choice.'] } });
  });

  it('takes the last of repeated values, as Django does', () => {
    expect(parsePeriod(query('period=xyz&period=30d'))).toEqual({ ok: true, value: '30d' });
  });
});

describe('parseRequiredRange', () => {
  it('accepts an inclusive range, a single day included', () => {
    expect(parseRequiredRange(query('start_date=2026-02-01&end_date=2026-02-28'))).toEqual({
      ok: true,
      value: { from: '2026-02-01', to: '2026-02-28' },
    });
    expect(parseRequiredRange(query('start_date=2026-02-01&end_date=2026-02-01')).ok).toBe(true);
  });

  it('reports every missing field at once', () => {
    expect(parseRequiredRange(query(''))).toEqual({
      ok: false,
      errors: { start_date: [REQUIRED_MESSAGE], end_date: [REQUIRED_MESSAGE] },
    });
    expect(parseRequiredRange(query('start_date=2026-02-01'))).toEqual({ ok: false, errors: { end_date: [REQUIRED_MESSAGE] } });
  });

  it.each(['2026-02-30', '2026-2-01', '01/02/2026', '2026-02-01T00:00:00Z', ''])('rejects "%s" as a wrong format', (text) => {
    expect(parseRequiredRange(query(`start_date=${encodeURIComponent(text)}&end_date=2026-03-01`))).toEqual({
      ok: false,
      errors: { start_date: [DATE_FORMAT_MESSAGE] },
    });
  });

  it('mixes missing and malformed fields in one answer', () => {
    expect(parseRequiredRange(query('end_date=yesterday'))).toEqual({
      ok: false,
      errors: { start_date: [REQUIRED_MESSAGE], end_date: [DATE_FORMAT_MESSAGE] },
    });
  });

  it('rejects a start after the end as a non-field error', () => {
    expect(parseRequiredRange(query('start_date=2026-03-02&end_date=2026-03-01'))).toEqual({
      ok: false,
      errors: { non_field_errors: [RANGE_ORDER_MESSAGE] },
    });
  });
});

describe('parseOptionalRange', () => {
  const today = '2026-03-10';

  it('defaults to the last 30 days', () => {
    expect(parseOptionalRange(query(''), today)).toEqual({ ok: true, value: { from: '2026-02-09', to: today } });
    expect(parseOptionalRange(query('start_date=&end_date='), today)).toEqual({ ok: true, value: { from: '2026-02-09', to: today } });
  });

  it('fills a missing end with today and a missing start with 29 days before the end', () => {
    expect(parseOptionalRange(query('start_date=2026-03-01'), today)).toEqual({ ok: true, value: { from: '2026-03-01', to: today } });
    expect(parseOptionalRange(query('end_date=2026-01-31'), today)).toEqual({ ok: true, value: { from: '2026-01-02', to: '2026-01-31' } });
  });

  it('validates given dates like the required ones', () => {
    expect(parseOptionalRange(query('start_date=2026-13-01'), today)).toEqual({ ok: false, errors: { start_date: [DATE_FORMAT_MESSAGE] } });
    expect(parseOptionalRange(query('start_date=2026-03-11'), today)).toEqual({
      ok: false,
      errors: { non_field_errors: [RANGE_ORDER_MESSAGE] },
    });
  });
});

describe('optionalText', () => {
  it('treats an empty value as absent', () => {
    expect(optionalText(query('mentor_id='), 'mentor_id')).toBeUndefined();
    expect(optionalText(query(''), 'mentor_id')).toBeUndefined();
    expect(optionalText(query('mentor_id=python-lab'), 'mentor_id')).toBe('python-lab');
  });
});
