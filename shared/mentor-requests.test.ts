import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from './endpoints.ts';
import { mentorLookupCall, mentorSearchCall, requestTarget } from './requests.ts';

const scope = { org: 'northwind-academy', userId: 'jane.doe+ops@example.edu' };
const base = '/api/ai-search/orgs/northwind-academy/users/jane.doe%2Bops%40example.edu/my-mentors/';

describe('mentor calls', () => {
  it('search the org’s mentors by text, leaving an empty query and a zero offset off', () => {
    expect(requestTarget(mentorSearchCall(scope, { query: '', limit: 12 }))).toBe(`${base}?limit=12`);
    expect(requestTarget(mentorSearchCall(scope, { query: '  Phys ics ', limit: 12, offset: 24 }))).toBe(
      `${base}?query=Phys+ics&limit=12&offset=24`,
    );
  });

  it('look one mentor up by its unique id', () => {
    expect(requestTarget(mentorLookupCall(scope, '42424242-4242-4242-8242-424242424242'))).toBe(
      `${base}?unique_id=42424242-4242-4242-8242-424242424242`,
    );
  });

  it('only send parameters the endpoint table lets through', () => {
    const allowed: readonly string[] = ENDPOINTS['my-mentors'].params;
    for (const call of [mentorSearchCall(scope, { query: 'a', limit: 1, offset: 1 }), mentorLookupCall(scope, 'x')]) {
      for (const key of Object.keys(call.params)) expect(allowed).toContain(key);
    }
  });
});
