// A stand-in for ibl.ai's data manager, for the proxy-mode end-to-end tests. It records what
// arrives (path, query, auth headers) so tests can check what the proxy forwarded.
import { createServer, type ServerResponse } from 'node:http';

interface Seen {
  path: string;
  query: Record<string, string>;
  authorization: string | null;
  cookie: string | null;
}

const seen: Seen[] = [];
// playwright.config.ts passes the free port it chose (e2e/support/env.ts).
const port = Number(process.env.PORT);
if (!Number.isInteger(port) || port <= 0) throw new Error('PORT must be the port to listen on.');
const PREFIX = /^\/dm\/api\/ai-analytics\/orgs\/([^/]+)\/users\/([^/]+)\/([a-z-]+)\/$/;

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
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
  if (url.pathname === '/__reset') {
    seen.length = 0;
    return json(res, 200, { ok: true });
  }
  const match = PREFIX.exec(url.pathname);
  if (!match) return json(res, 404, { detail: 'Not found.' });
  const [, org, , endpoint] = match;
  seen.push({
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    authorization: req.headers.authorization ?? null,
    cookie: req.headers.cookie ?? null,
  });
  if (org === 'missing') return json(res, 404, { detail: 'Organization not found.' });
  if (org === 'broken-cost' && endpoint === 'tenant-cost') return json(res, 500, { detail: 'Cost service exploded.' });

  switch (endpoint) {
    case 'sentiment-count': {
      const days = daysBack(PERIOD_DAYS[url.searchParams.get('period') ?? '7d'] ?? 7);
      // The docs mock's quirks: nested one level too deep, and `conversation_count`.
      return json(res, 200, [days.filter((_, index) => index % 3 !== 1).map((day, index) => ({ date: `${day}T00:00:00Z`, conversation_count: 10 + index }))]);
    }
    case 'tenant-cost':
      return json(res, 200, { total_cost: 3 });
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
