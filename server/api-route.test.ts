import { describe, expect, it } from 'vitest';
import { isApiPath, isSuspiciousTarget, matchApiRoute } from './api-route.ts';

describe('matchApiRoute', () => {
  it('matches the three endpoints and decodes org and user', () => {
    expect(matchApiRoute('/api/ai-analytics/orgs/acme/users/jane%40acme.edu/tenant-cost/')).toEqual({
      kind: 'endpoint',
      org: 'acme',
      userId: 'jane@acme.edu',
      endpoint: 'tenant-cost',
    });
    expect(matchApiRoute('/api/ai-analytics/orgs/a/users/b/sentiment-count/').kind).toBe('endpoint');
    expect(matchApiRoute('/api/ai-analytics/orgs/a/users/b/top-students-by-chat-messages/').kind).toBe('endpoint');
  });

  it.each([
    '/api/ai-analytics/orgs/a/users/b/sentiment-count',
    '/api/ai-analytics/orgs/a/users/b/user-sentiment/',
    '/api/ai-analytics/orgs/a/users/b/sentiment-count/extra/',
    '/api/ai-analytics/orgs/a/users/b//sentiment-count/',
    '/api/ai-analytics/orgs/a/users/b/sentiment%2dcount/',
    '/api/AI-analytics/orgs/a/users/b/sentiment-count/',
    '/api/',
  ])('does not match %s', (path) => {
    expect(matchApiRoute(path)).toEqual({ kind: 'not-found' });
  });

  it.each([
    '/api/ai-analytics/orgs/a%2fb/users/b/sentiment-count/',
    '/api/ai-analytics/orgs/a/users/..%2f..%2fadmin/sentiment-count/',
    '/api/ai-analytics/orgs/%2e%2e/users/b/sentiment-count/',
    '/api/ai-analytics/orgs/a%5cb/users/b/sentiment-count/',
    '/api/ai-analytics/orgs/a%20b/users/b/sentiment-count/',
    '/api/ai-analytics/orgs/a%252fb/users/b/sentiment-count/',
    '/api/ai-analytics/orgs/%E0%A4%A/users/b/sentiment-count/',
    '/api/ai-analytics/orgs/.hidden/users/b/sentiment-count/',
    `/api/ai-analytics/orgs/${'a'.repeat(129)}/users/b/sentiment-count/`,
    '/api/ai-analytics/orgs//users/b/sentiment-count/',
  ])('rejects the identifiers in %s', (path) => {
    expect(matchApiRoute(path).kind).toBe('bad-request');
  });
});

describe('isSuspiciousTarget', () => {
  it.each([
    '/api/ai-analytics/orgs/a/users/b/../x/sentiment-count/',
    '/api/ai-analytics/orgs/a/users/b/%2e%2e/sentiment-count/',
    '/api/ai-analytics/orgs/a/users/b/.%2E/sentiment-count/',
    '/api/ai-analytics/orgs/a/users/./b/sentiment-count/',
    '/api//ai-analytics/orgs/a/users/b/sentiment-count/',
    '/api/ai-analytics/orgs/a%2Fb/users/b/sentiment-count/',
    '/api/ai-analytics\\orgs/a/users/b/sentiment-count/',
  ])('flags %s', (target) => {
    expect(isSuspiciousTarget(target)).toBe(true);
  });

  it('accepts an ordinary target whose query holds dots and slashes', () => {
    expect(isSuspiciousTarget('/api/ai-analytics/orgs/a.b/users/c/tenant-cost/?x=../..//&y=%2f')).toBe(false);
  });
});

describe('isApiPath', () => {
  it('covers /api and everything under it only', () => {
    expect(isApiPath('/api')).toBe(true);
    expect(isApiPath('/api/anything')).toBe(true);
    expect(isApiPath('/apix')).toBe(false);
    expect(isApiPath('/')).toBe(false);
  });
});
