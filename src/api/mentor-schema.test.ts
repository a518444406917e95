import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { describeIssues, mentorSearchResponse } from './schemas';

function problem(body: unknown) {
  const result = v.safeParse(mentorSearchResponse, body);
  return result.success ? null : describeIssues(result.issues);
}

const pal = {
  id: 11,
  name: 'Physics Pal',
  unique_id: '42424242-4242-4242-8242-424242424242',
  slug: 'physics-pal',
  platform: 'acme',
  created_at: '2025-09-01T10:00:00Z',
  description: 'Mechanics,\n waves and   electricity.',
  settings: { temperature: 0.2 },
  categories: [{ name: 'Science' }],
};

describe('mentorSearchResponse', () => {
  it('reads the contract’s shape: the id, the name and a one-line description of each mentor', () => {
    expect(
      v.parse(mentorSearchResponse, { count: 2, next: null, previous: null, current_page: 1, total_pages: 1, results: [pal] }),
    ).toEqual({
      count: 2,
      mentors: [{ id: '42424242-4242-4242-8242-424242424242', name: 'Physics Pal', description: 'Mechanics, waves and electricity.' }],
    });
  });

  it('lists a mentor without a name by its slug, else its id, and one without a description with none', () => {
    const bare = { unique_id: 'abc-1' };
    expect(v.parse(mentorSearchResponse, { results: [{ ...bare, name: ' ', slug: 'lab' }, { ...bare, name: null }, bare] }).mentors).toEqual([
      { id: 'abc-1', name: 'lab', description: '' },
      { id: 'abc-1', name: 'abc-1', description: '' },
      { id: 'abc-1', name: 'abc-1', description: '' },
    ]);
  });

  it('counts the page when the total is missing or unusable', () => {
    expect(v.parse(mentorSearchResponse, { results: [pal] }).count).toBe(1);
    expect(v.parse(mentorSearchResponse, { count: 'many', results: [pal] }).count).toBe(1);
    expect(v.parse(mentorSearchResponse, { count: 0, results: [pal] }).count).toBe(1);
    expect(v.parse(mentorSearchResponse, { count: 40, results: [] })).toEqual({ count: 40, mentors: [] });
  });

  it('says plainly that the list of mentors is missing', () => {
    expect(problem({ count: 0 })).toBe('results: expected a list of mentors');
    expect(problem({ results: null })).toBe('results: expected a list of mentors');
    expect(problem({ results: { 0: pal } })).toBe('results: expected a list of mentors');
    expect(problem([pal])).toBe('expected object');
    expect(problem(null)).toBe('expected object');
  });

  it('names the bad item and field', () => {
    expect(problem({ results: [pal, 5] })).toBe('results[1]: expected object');
    expect(problem({ results: [pal, { name: 'No id' }] })).toBe('results[1].unique_id: expected string');
    expect(problem({ results: [{ ...pal, unique_id: 42 }] })).toBe('results[0].unique_id: expected string');
    expect(problem({ results: [{ ...pal, name: 7 }] })).toBe('results[0].name: expected string');
  });

  it('refuses an id that could not travel in the URL', () => {
    for (const id of ['', '../etc', 'a b', 'x'.repeat(200), '<script>']) {
      expect(problem({ results: [{ ...pal, unique_id: id }] }), id).toBe('results[0].unique_id: expected a mentor unique id');
    }
  });
});
