import { describe, expect, it } from 'vitest';
import { DEMO_ORGS } from './catalog.ts';
import { DEFAULT_DEMO_SEED } from './dataset.ts';
import { createDemoApi } from './demo-api.ts';
import { demoMentorId } from './mentors.ts';

const today = '2026-03-10';
const api = createDemoApi({ today });

interface Page {
  count: number;
  next: string | null;
  previous: string | null;
  current_page: number;
  total_pages: number;
  results: { id: number; name: string; unique_id: string; slug: string; platform: string; created_at: string; description: string }[];
}

function isPage(body: unknown): body is Page {
  return typeof body === 'object' && body !== null && 'count' in body && 'results' in body && Array.isArray(body.results);
}

function search(query: string, org = 'demo', answer = api): Page {
  const response = answer({ endpoint: 'my-mentors', org, userId: 'admin@example.com', query: new URLSearchParams(query) });
  expect(response.status).toBe(200);
  if (!isPage(response.body)) throw new Error('not a mentor page');
  return response.body;
}

const names = (page: Page) => page.results.map((mentor) => mentor.name);

describe('my-mentors (demo)', () => {
  it('lists the org’s mentors by name, with the contract’s fields', () => {
    const page = search('');
    const demo = DEMO_ORGS.find((org) => org.id === 'demo');
    expect(page.count).toBe(demo?.mentors.length);
    expect(names(page)).toEqual([...names(page)].sort());
    expect(page).toMatchObject({ next: null, previous: null, current_page: 1, total_pages: 1 });
    expect(page.results[0]).toMatchObject({
      id: expect.any(Number),
      name: 'Algebra Coach',
      unique_id: demoMentorId(DEFAULT_DEMO_SEED, 'algebra-coach'),
      slug: 'algebra-coach',
      platform: 'demo',
      created_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00Z$/),
      description: expect.any(String),
    });
  });

  it('matches part of the name or the description, in any case', () => {
    expect(names(search('query=phys'))).toEqual(['Physics Lab Partner', 'Physics Pal', 'Physiology Tutor']);
    expect(names(search('query=PHYSICS'))).toEqual(['Physics Lab Partner', 'Physics Pal']);
    expect(names(search('query=%20physio%20'))).toEqual(['Physiology Tutor']);
    // "Debugs and explains Python code…": found by its description.
    expect(names(search('query=debugs'))).toEqual(['Python Lab']);
    expect(search('query=no such mentor')).toMatchObject({ count: 0, results: [], total_pages: 1 });
  });

  it('offers only the org’s own mentors', () => {
    expect(names(search('query=phys', 'northwind-academy'))).toEqual([]);
    expect(search('', 'northwind-academy').results.every((mentor) => mentor.platform === 'northwind-academy')).toBe(true);
  });

  it('finds one mentor by its unique id, in either case, and none for an unknown or another org’s id', () => {
    const id = demoMentorId(DEFAULT_DEMO_SEED, 'physiology-tutor');
    expect(names(search(`unique_id=${id}`))).toEqual(['Physiology Tutor']);
    expect(names(search(`unique_id=${id.toUpperCase()}`))).toEqual(['Physiology Tutor']);
    expect(search('unique_id=42424242-4242-4242-8242-424242424242')).toMatchObject({ count: 0, results: [] });
    expect(search('unique_id=python-lab')).toMatchObject({ count: 0, results: [] });
    expect(search(`unique_id=${id}`, 'northwind-academy').count).toBe(0);
  });

  it('pages with limit and offset, linking the next and previous pages', () => {
    const first = search('limit=4');
    expect(first).toMatchObject({ count: 11, current_page: 1, total_pages: 3, previous: null });
    expect(first.results).toHaveLength(4);
    expect(first.next).toBe('/api/ai-search/orgs/demo/users/admin%40example.com/my-mentors/?limit=4&offset=4');
    const second = search('limit=4&offset=4');
    expect(second.current_page).toBe(2);
    expect(second.previous).toBe('/api/ai-search/orgs/demo/users/admin%40example.com/my-mentors/?limit=4');
    const last = search('limit=4&offset=8');
    expect(last.results).toHaveLength(3);
    expect(last.next).toBeNull();
    expect([...names(first), ...names(second), ...names(last)]).toEqual(names(search('')));
  });

  it('reads the default page size of 12 for a missing or unusable limit, as Django REST Framework does', () => {
    for (const limit of ['', 'limit=', 'limit=0', 'limit=-3', 'limit=abc', 'limit=2.5']) {
      expect(search(limit).results, limit).toHaveLength(11);
    }
    expect(search('limit=1000').results).toHaveLength(11);
    expect(search('offset=abc').current_page).toBe(1);
    expect(search('offset=50').results).toEqual([]);
  });

  it('keeps the same ids for the same seed', () => {
    expect(search('', 'demo', createDemoApi({ today, seed: 9 }))).toEqual(search('', 'demo', createDemoApi({ today, seed: 9 })));
    expect(search('', 'demo', createDemoApi({ today, seed: 9 })).results[0]?.unique_id).not.toBe(search('').results[0]?.unique_id);
  });

});
