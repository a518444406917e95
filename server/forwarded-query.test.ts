import { describe, expect, it } from 'vitest';
import { ENDPOINT_NAMES, ENDPOINTS } from '../shared/endpoints.ts';
import { forwardedSearch } from './forwarded-query.ts';

describe('forwardedSearch', () => {
  it('keeps only the mentor search’s four parameters, as the client encoded them', () => {
    expect(forwardedSearch('my-mentors', '?query=Phys%20Pal&limit=12&offset=0&unique_id=abc&category=x&featured=true&tags=a')).toBe(
      '?query=Phys%20Pal&limit=12&offset=0&unique_id=abc',
    );
    expect(forwardedSearch('my-mentors', '?query=a+b&page_size=500')).toBe('?query=a+b');
  });

  it('drops everything for a query with nothing allowed, and keeps repeated allowed keys', () => {
    expect(forwardedSearch('my-mentors', '?mentor_id=x')).toBe('');
    expect(forwardedSearch('my-mentors', '')).toBe('');
    expect(forwardedSearch('my-mentors', '?')).toBe('');
    expect(forwardedSearch('my-mentors', '?limit=1&&limit=2')).toBe('?limit=1&limit=2');
  });

  it('matches keys after decoding them, and drops a key that does not decode', () => {
    expect(forwardedSearch('my-mentors', '?%71uery=x&%E0%A4%A=1&unique%5Fid=7')).toBe('?%71uery=x&unique%5Fid=7');
  });

  it('applies each endpoint’s own list', () => {
    for (const endpoint of ENDPOINT_NAMES) {
      const own = ENDPOINTS[endpoint].params.map((key) => `${key}=1`).join('&');
      expect(forwardedSearch(endpoint, `?${own}&group_by=day&format=csv`)).toBe(`?${own}`);
    }
    expect(forwardedSearch('top-students-by-chat-messages', '?query=x&mentor_id=y')).toBe('?mentor_id=y');
  });
});
