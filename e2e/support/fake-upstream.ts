// A stand-in for ibl.ai's data manager, for the proxy-mode end-to-end tests. It records what
// arrives (path, query, auth headers) so tests can check what the proxy forwarded, and fails
// the next requests to an endpoint the way a test asked (POST /__fail, see ./upstream.ts).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { UpstreamFailure } from './upstream.ts';
import { UPSTREAM_MENTORS } from './upstream-mentors.ts';

interface Seen {
  path: string;
  query: Record<string, string>;
  authorization: string | null;
  cookie: string | null;
}

const seen: Seen[] = [];
/** Raised by /__bump: the figures change, so a test sees whether an answer is new or cached. */
let bumps = 0;
/** Failures still to be served, first come first served per endpoint. */
let failures: UpstreamFailure[] = [];
// playwright.config.ts passes the free port it chose (e2e/support/env.ts).
const port = Number(process.env.PORT);
if (!Number.isInteger(port) || port <= 0) throw new Error('PORT must be the port to listen on.');
const PREFIX = /^\/dm\/api\/(?:ai-analytics|ai-search)\/orgs\/([^/]+)\/users\/([^/]+)\/([a-z-]+)\/$/;

function mentorPage(query: URLSearchParams) {
  const text = (query.get('query') ?? '').toLowerCase();
  const id = query.get('unique_id');
  const results = UPSTREAM_MENTORS.filter(
    (mentor) => (id === null || mentor.unique_id === id) && `${mentor.name} ${mentor.description}`.toLowerCase().includes(text),
  ).map((mentor) => ({ ...mentor, platform: 'acme', created_at: '2025-09-01T10:00:00Z', settings: { temperature: 0.2 } }));
  return { count: results.length, next: null, previous: null, current_page: 1, total_pages: 1, results };
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => resolve(JSON.parse(body) as unknown));
    req.on('error', reject);
  });
}

function fail(res: ServerResponse, reply: UpstreamFailure['reply']) {
  if ('drop' in reply) {
    // Headers and half a body, then the connection is gone.
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.write('[{"username": "cut.sho');
    setTimeout(() => res.socket?.destroy(), 20);
    return;
  }
  res.writeHead(reply.status, { 'Content-Type': reply.contentType ?? 'application/json', ...reply.headers });
  res.end(reply.json === undefined ? (reply.body ?? '') : JSON.stringify(reply.json));
}

function daysBack(count: number): string[] {
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  return Array.from({ length: count }, (_, index) => new Date(today - (count - 1 - index) * 86_400_000).toISOString().slice(0, 10));
}

const PERIOD_DAYS: Record<string, number> = { today: 1, yesterday: 1, '7d': 7, '30d': 30, '90d': 90 };

createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
  if (url.pathname === '/__health') return json(res, 200, { ok: true });
  if (url.pathname === '/__seen') return json(res, 200, seen);
  if (url.pathname === '/__bump') {
    bumps += 1;
    return json(res, 200, { bumps });
  }
  if (url.pathname === '/__reset') {
    seen.length = 0;
    bumps = 0;
    failures = [];
    return json(res, 200, { ok: true });
  }
  if (url.pathname === '/__fail' && req.method === 'POST') {
    void readJson(req).then((failure) => {
      failures.push(failure as UpstreamFailure);
      json(res, 200, { ok: true });
    });
    return;
  }
  const match = PREFIX.exec(url.pathname);
  if (!match) return json(res, 404, { detail: 'Not found.' });
  const [, , , endpoint] = match;
  seen.push({
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    authorization: req.headers.authorization ?? null,
    cookie: req.headers.cookie ?? null,
  });
  const failure = failures.find((candidate) => candidate.endpoint === endpoint && candidate.times > 0);
  if (failure) {
    failure.times -= 1;
    return fail(res, failure.reply);
  }

  switch (endpoint) {
    case 'sentiment-count': {
      const days = daysBack(PERIOD_DAYS[url.searchParams.get('period') ?? '7d'] ?? 7);
      // The docs mock's quirks: nested one level too deep, and `conversation_count`.
      return json(res, 200, [days.filter((_, index) => index % 3 !== 1).map((day, index) => ({ date: `${day}T00:00:00Z`, conversation_count: 10 + index }))]);
    }
    case 'user-sentiment':
      // The distribution is typed loosely: one share as a numeric string, as some serializers send it.
      return json(res, 200, { sentiment_distribution: { positive: '61.54', negative: 12.31, neutral: 26.15 }, total_sentiments: 130 });
    case 'tenant-cost':
      return json(res, 200, { total_cost: 3 + bumps });
    case 'my-mentors':
      return json(res, 200, mentorPage(url.searchParams));
    case 'top-students-by-chat-messages':
      return json(res, 200, [
        { username: 'upstream.student', chat_message_count: 7 },
        { username: '<img src=x onerror=alert(1)>', chat_message_count: 7 },
        { username: 'quiet.one', chat_message_count: 2 },
      ]);
    default:
      return json(res, 404, { detail: 'Not found.' });
  }
}).listen(port, '127.0.0.1', () => console.log(`fake upstream on ${port}`));
