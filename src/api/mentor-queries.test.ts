import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../test/msw-server';
import { analyticsQueries, MENTOR_PAGE_SIZE } from './queries';

const scope = { org: 'demo', userId: 'admin' };
const PATH = '*/api/ai-search/orgs/:org/users/:user/my-mentors/';
const pal = { id: 1, name: 'Physics Pal', unique_id: '42424242-4242-4242-8242-424242424242', slug: 'physics-pal' };

function client() {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}

describe('mentor queries', () => {
  it('search by text with ibl.ai’s page size, sharing one request per query', async () => {
    const seen: string[] = [];
    server.use(
      http.get(PATH, ({ request }) => {
        seen.push(new URL(request.url).search);
        return HttpResponse.json({ count: 1, results: [pal] });
      }),
    );
    const queries = client();
    const [first, second] = await Promise.all([
      queries.fetchQuery(analyticsQueries.mentorSearch(scope, 'phys')),
      queries.fetchQuery(analyticsQueries.mentorSearch(scope, ' phys ')),
    ]);
    expect(first).toEqual({ count: 1, mentors: [{ id: pal.unique_id, name: 'Physics Pal', description: '' }] });
    expect(second).toBe(first);
    await queries.fetchQuery(analyticsQueries.mentorSearch(scope, ''));
    expect(seen).toEqual([`?query=phys&limit=${MENTOR_PAGE_SIZE}`, `?limit=${MENTOR_PAGE_SIZE}`]);
  });

  it('abort a search superseded while in flight', async () => {
    const aborted: string[] = [];
    server.use(
      http.get(PATH, async ({ request }) => {
        const query = new URL(request.url).searchParams.get('query') ?? '';
        request.signal.addEventListener('abort', () => aborted.push(query));
        if (query === 'ph') await delay('infinite');
        return HttpResponse.json({ count: 1, results: [pal] });
      }),
    );
    const queries = client();
    const observer = new QueryObserver(queries, analyticsQueries.mentorSearch(scope, 'ph'));
    const unsubscribe = observer.subscribe(() => undefined);
    await expect.poll(() => queries.isFetching()).toBe(1);
    observer.setOptions(analyticsQueries.mentorSearch(scope, 'phys'));
    await expect.poll(() => observer.getCurrentResult().data?.mentors.length).toBe(1);
    await expect.poll(() => aborted).toEqual(['ph']);
    unsubscribe();
  });

  it('look a mentor up by unique id, in any case, and answer null for one the org does not know', async () => {
    const seen: string[] = [];
    server.use(
      http.get(PATH, ({ request }) => {
        const id = new URL(request.url).searchParams.get('unique_id');
        seen.push(id ?? '');
        return HttpResponse.json({ count: id?.toLowerCase() === pal.unique_id ? 1 : 0, results: id?.toLowerCase() === pal.unique_id ? [pal] : [] });
      }),
    );
    const queries = client();
    expect(await queries.fetchQuery(analyticsQueries.mentor(scope, pal.unique_id.toUpperCase()))).toMatchObject({ name: 'Physics Pal' });
    expect(await queries.fetchQuery(analyticsQueries.mentor(scope, '00000000-0000-4000-8000-000000000000'))).toBeNull();
    expect(seen).toEqual([pal.unique_id.toUpperCase(), '00000000-0000-4000-8000-000000000000']);
  });

  it('do not take another mentor for the one asked for when the API ignores the filter', async () => {
    server.use(http.get(PATH, () => HttpResponse.json({ count: 1, results: [pal] })));
    expect(await client().fetchQuery(analyticsQueries.mentor(scope, '00000000-0000-4000-8000-000000000000'))).toBeNull();
  });
});
