import { describe, expect, it } from 'vitest';
import { dashboardRequests, requestTarget, sentimentRequest } from './requests.ts';

const today = '2026-11-30';
const scope = { org: 'northwind-academy', userId: 'jane.doe+ops@example.edu' };

describe('dashboardRequests', () => {
  it('builds the four calls of a view, parameters in a fixed order, empty ones left off', () => {
    const targets = dashboardRequests(scope, { period: '30d', range: { from: '2026-11-01', to: '2026-11-30' }, mentor: null }, today).map(
      requestTarget,
    );
    const base = '/api/ai-analytics/orgs/northwind-academy/users/jane.doe%2Bops%40example.edu';
    expect(targets).toEqual([
      `${base}/sentiment-count/?period=30d`,
      `${base}/user-sentiment/?start_date=2026-11-01&end_date=2026-11-30`,
      `${base}/tenant-cost/?start_date=2026-11-01&end_date=2026-11-30`,
      `${base}/top-students-by-chat-messages/?start_date=2026-11-01&end_date=2026-11-30`,
    ]);
  });

  it('asks sentiment for the covering preset of a custom range, its split for exactly the range, and top students for the mentor', () => {
    const view = { period: 'custom' as const, range: { from: '2026-11-20', to: '2026-11-25' }, mentor: 'mentor python/lab' };
    const [sentiment, split, , students] = dashboardRequests(scope, view, today).map(requestTarget);
    expect(sentimentRequest(view.period, view.range, today).preset).toBe('30d');
    expect(sentiment).toMatch(/\/sentiment-count\/\?period=30d$/);
    expect(split).toMatch(/\/user-sentiment\/\?start_date=2026-11-20&end_date=2026-11-25$/);
    expect(students).toMatch(/\/top-students-by-chat-messages\/\?mentor_id=mentor\+python%2Flab&start_date=2026-11-20&end_date=2026-11-25$/);
  });

  it('asks the split for a custom range beyond the last 90 days by its own dates, where the line can only get 90d', () => {
    const view = { period: 'custom' as const, range: { from: '2026-05-01', to: '2026-06-15' }, mentor: null };
    const [sentiment, split] = dashboardRequests(scope, view, today).map(requestTarget);
    expect(sentiment).toMatch(/\/sentiment-count\/\?period=90d$/);
    expect(split).toMatch(/\/user-sentiment\/\?start_date=2026-05-01&end_date=2026-06-15$/);
  });
});
