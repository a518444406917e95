import { endpointPath } from '../../shared/endpoints.ts';
import { DEMO_MENTORS } from './catalog.ts';
import type { DemoDataset, OrgData } from './dataset.ts';
import type { DemoResponse } from './demo-api.ts';
import { demoMentorRecords, type MentorRecord } from './mentors.ts';

/** ibl.ai's page size when the request names none, and the most one page holds here. */
export const DEFAULT_MENTOR_LIMIT = 12;
export const MAX_MENTOR_LIMIT = 100;

interface Listed {
  record: MentorRecord;
  /** Name and description in lower case, for a case-insensitive substring match. */
  haystack: string;
}

/** A paging value as Django REST Framework reads it: anything but a whole number falls back to the default. */
function wholeNumber(text: string | null, fallback: number, { positive }: { positive: boolean }): number {
  if (text === null || !/^\d+$/.test(text.trim())) return fallback;
  const value = Number(text.trim());
  return positive && value === 0 ? fallback : value;
}

function pageLink(org: string, userId: string, query: URLSearchParams, limit: number, offset: number): string {
  const next = new URLSearchParams(query);
  next.set('limit', String(limit));
  if (offset > 0) next.set('offset', String(offset));
  else next.delete('offset');
  return `${endpointPath('my-mentors', org, userId)}?${next.toString()}`;
}

export interface MentorSearchRequest {
  org: string;
  userId: string;
  query: URLSearchParams;
}

/**
 * ibl.ai's mentor search over the demo catalog: the org's mentors whose name or description
 * holds `query` (any case), or the one whose `unique_id` is given, by name, a page at a time.
 * The lists are built once; a search is a scan of a dozen strings.
 */
export function createMentorSearch(dataset: DemoDataset, seed: number): (org: OrgData, request: MentorSearchRequest) => DemoResponse {
  const records = demoMentorRecords(seed, dataset.today);
  const byOrg = new Map<OrgData, Listed[]>();
  for (const org of dataset.orgs.values()) {
    const listed = org.profile.mentors.flatMap((offering): Listed[] => {
      const record = records.get(offering.mentor);
      return record ? [{ record, haystack: `${record.name}\n${record.description}`.toLowerCase() }] : [];
    });
    listed.sort((a, b) => (a.record.name < b.record.name ? -1 : a.record.name > b.record.name ? 1 : 0));
    byOrg.set(org, listed);
  }
  if (records.size !== DEMO_MENTORS.length) throw new RangeError('demo mentors need unique keys');

  return (org, request) => {
    const { query } = request;
    const text = (query.get('query') ?? '').trim().toLowerCase();
    const uniqueId = (query.get('unique_id') ?? '').trim().toLowerCase();
    const limit = Math.min(MAX_MENTOR_LIMIT, wholeNumber(query.get('limit'), DEFAULT_MENTOR_LIMIT, { positive: true }));
    const offset = wholeNumber(query.get('offset'), 0, { positive: false });

    const matches = (byOrg.get(org) ?? []).filter(
      (entry) => (uniqueId === '' || entry.record.unique_id === uniqueId) && (text === '' || entry.haystack.includes(text)),
    );
    const count = matches.length;
    const results = matches.slice(offset, offset + limit).map(({ record }) => ({
      ...record,
      platform: org.profile.id,
      // Real answers carry many more fields; the dashboard must not depend on them.
      categories: [],
      is_featured: false,
    }));
    return {
      status: 200,
      body: {
        count,
        next: offset + limit < count ? pageLink(request.org, request.userId, query, limit, offset + limit) : null,
        previous: offset > 0 ? pageLink(request.org, request.userId, query, limit, Math.max(0, offset - limit)) : null,
        current_page: Math.floor(offset / limit) + 1,
        total_pages: Math.max(1, Math.ceil(count / limit)),
        results,
      },
    };
  };
}
