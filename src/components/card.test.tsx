import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLIENT_TIMEOUT_MS, getJson } from '../api/client';
import { describeError } from '../api/describe-error';
import { costResponse, type CostResponse } from '../api/schemas';
import { retryDelay, shouldRetry } from '../api/retry';
import { server } from '../test/msw-server';
import { Card, CardBoundary } from './card';

const scope = { org: 'demo', userId: 'admin' };

/** Answers the cost endpoint with each response in turn, the last one from then on. */
function serveCost(...responses: (() => Response | Promise<Response>)[]) {
  let calls = 0;
  server.use(
    http.get('*/tenant-cost/', () => {
      calls += 1;
      const respond = responses[Math.min(calls, responses.length) - 1];
      if (!respond) throw new Error('no response');
      return respond();
    }),
  );
  return () => calls;
}

function CostProbe({ title, render: draw, actions }: { title: string; render: (data: CostResponse) => ReactNode; actions?: ReactNode }) {
  const query = useQuery({
    queryKey: ['cost', title],
    queryFn: ({ signal }) => getJson({ endpoint: 'tenant-cost', scope: scope, params: {} }, costResponse, signal),
  });
  return (
    <Card
      title={title}
      query={query}
      describeError={(error) => describeError(error, scope)}
      actions={actions}
      toolbar={
        <label>
          Filter <input />
        </label>
      }
    >
      {draw}
    </Card>
  );
}

function renderWith(client: QueryClient, ui: ReactNode) {
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
}

const noRetries = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });
/** The app's retry policy, wired as src/app/query-client.ts wires it. */
const createQueryClient = () => new QueryClient({ defaultOptions: { queries: { retry: shouldRetry, retryDelay } } });

afterEach(() => vi.useRealTimers());

describe('Card', () => {
  it('keeps a render error inside the card: title, filter and the other cards stay, Retry draws it again', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    serveCost(
      () => HttpResponse.json({ total_cost: 1 }),
      () => HttpResponse.json({ total_cost: 2 }),
    );
    const fragile = (data: CostResponse) => {
      if (data.total_cost === 1) throw new Error('the chart exploded');
      return <p>Total {data.total_cost}</p>;
    };
    renderWith(
      noRetries(),
      <>
        <CostProbe title="Fragile" render={fragile} />
        <CostProbe title="Sturdy" render={(data) => <p>Sturdy total {data.total_cost}</p>} />
      </>,
    );
    const card = screen.getByRole('region', { name: 'Fragile' });
    const alert = await within(card).findByRole('alert');
    expect(alert).toHaveTextContent('This card could not be drawn from the data it received.');
    expect(within(card).getByRole('heading', { name: 'Fragile' })).toBeInTheDocument();
    expect(within(card).getByRole('textbox', { name: 'Filter' })).toBeEnabled();
    expect(await screen.findByText(/Sturdy total/)).toBeInTheDocument();
    expect(logged).toHaveBeenCalledWith('A dashboard card failed to render', expect.any(Error), expect.any(String));

    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(card).findByText('Total 2')).toBeInTheDocument();
    expect(within(card).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps a failing header control from taking the body with it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    serveCost(() => HttpResponse.json({ total_cost: 3 }));
    function Broken(): ReactNode {
      throw new Error('the date picker exploded');
    }
    renderWith(noRetries(), <CostProbe title="Cost" render={(data) => <p>Total {data.total_cost}</p>} actions={<Broken />} />);
    expect(await screen.findByText('Total 3')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Cost' })).toBeInTheDocument();
  });

  it('shows the error with Retry, and Retry asks again', async () => {
    const calls = serveCost(
      () => HttpResponse.json({ detail: 'Invalid token.' }, { status: 401 }),
      () => HttpResponse.json({ total_cost: 5 }),
    );
    renderWith(noRetries(), <CostProbe title="Cost" render={(data) => <p>Total {data.total_cost}</p>} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The API key was refused (Invalid token.). Check IBL_API_KEY on the dashboard server.');
    expect(alert).not.toHaveTextContent('Tried');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Total 5')).toBeInTheDocument();
    expect(calls()).toBe(2);
  });

  it('says when it retries a 429, counting down what Retry-After asked for', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const calls = serveCost(
      () => HttpResponse.json({ detail: 'Slow down.' }, { status: 429, headers: { 'Retry-After': '7' } }),
      () => HttpResponse.json({ total_cost: 6 }),
    );
    renderWith(createQueryClient(), <CostProbe title="Cost" render={(data) => <p>Total {data.total_cost}</p>} />);
    await act(() => vi.advanceTimersByTimeAsync(10));
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('The analytics API is rate limiting requests and asked to wait 7 s.');
    expect(notice).toHaveTextContent('Retrying in 7 s…');
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(screen.getByRole('status')).toHaveTextContent('Retrying in 6 s…');
    await act(() => vi.advanceTimersByTimeAsync(5_980));
    expect(calls()).toBe(1);
    await act(() => vi.advanceTimersByTimeAsync(20));
    expect(calls()).toBe(2);
    expect(screen.getByText('Total 6')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('gives up after three tries of a 5xx, says so, and Retry starts over', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const fail = () => HttpResponse.json({ detail: 'boom' }, { status: 500 });
    const calls = serveCost(fail, fail, fail, () => HttpResponse.json({ total_cost: 7 }));
    renderWith(createQueryClient(), <CostProbe title="Cost" render={(data) => <p>Total {data.total_cost}</p>} />);
    await act(() => vi.advanceTimersByTimeAsync(10));
    expect(screen.getByRole('status')).toHaveTextContent('The analytics API failed (500: boom).');
    expect(screen.getByRole('status')).toHaveTextContent('Retrying in 1 s…');
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(screen.getByRole('status')).toHaveTextContent('Retrying in 2 s…');
    await act(() => vi.advanceTimersByTimeAsync(2_000));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The analytics API failed (500: boom).');
    expect(alert).toHaveTextContent('Tried 3 times. Wait a moment, then press Retry.');
    expect(calls()).toBe(3);
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await act(() => vi.advanceTimersByTimeAsync(10));
    expect(screen.getByText('Total 7')).toBeInTheDocument();
    expect(calls()).toBe(4);
  });
});

interface Failure {
  name: string;
  /** The API's answer to each failing try. */
  respond: () => Response | Promise<Response>;
  /** What the card says, while it retries and once it gives up. */
  says: string;
  /** Seconds before each automatic retry; none for a 4xx or a bad answer. */
  retries?: readonly number[];
  /** No answer at all: the client's own timeout ends each try. */
  hangs?: boolean;
}

const json = (status: number, body: JsonBodyType, headers?: Record<string, string>) => () => HttpResponse.json(body, { status, headers });
const text = (status: number, body: string, contentType: string) => () =>
  new HttpResponse(body, { status, headers: { 'Content-Type': contentType } });
const BACKOFF = [1, 2] as const;

/**
 * Every kind of failure one card's endpoint can have, through the real fetch client, the app's
 * retry policy and the card shell: what the card says, when it retries, how often it asked.
 * (The end-to-end suite keeps one test per class of failure, through the real server.)
 */
const FAILURES: readonly Failure[] = [
  {
    name: '400 with field errors',
    respond: json(400, { start_date: ['Enter a valid date.'] }),
    says: 'The analytics API refused the filters: start_date: Enter a valid date.\nCheck the period, dates and mentor in the link.',
  },
  {
    name: '401',
    respond: json(401, { detail: 'Invalid token.' }),
    says: 'The API key was refused (Invalid token.). Check IBL_API_KEY on the dashboard server.',
  },
  {
    name: '403',
    respond: json(403, { detail: 'You do not have permission to perform this action.' }),
    says: 'The API key lacks analytics rights for org “demo” as admin “admin” (You do not have permission to perform this action.). Check IBL_API_KEY and IBL_USER_ID.',
  },
  {
    name: '404',
    respond: json(404, { detail: 'Organization not found.' }),
    says: 'The org “demo” was not found (Organization not found.). Check the org in the link or IBL_ORG.',
  },
  {
    name: '429 with Retry-After',
    respond: json(429, { detail: 'Request was throttled. Expected available in 7 seconds.' }, { 'Retry-After': '7' }),
    says: 'The analytics API is rate limiting requests and asked to wait 7 s.',
    retries: [7, 7],
  },
  {
    name: '429 with a Retry-After longer than a minute',
    respond: json(429, { detail: 'Request was throttled.' }, { 'Retry-After': '120' }),
    says: 'The analytics API is rate limiting requests and asked to wait 2 min. Press Retry after that.',
  },
  {
    name: '429 without Retry-After',
    respond: json(429, { detail: 'Request was throttled.' }),
    says: 'The analytics API is rate limiting requests.',
    retries: BACKOFF,
  },
  {
    name: '500',
    respond: json(500, { detail: 'Internal server error.' }),
    says: 'The analytics API failed (500: Internal server error.). If this persists, check the API’s status and the dashboard server’s log.',
    retries: BACKOFF,
  },
  {
    name: '502 from the dashboard server: API unreachable',
    respond: json(502, { detail: 'Cannot reach the analytics API at base.manager.iblai.app.' }),
    says: 'Cannot reach the analytics API at base.manager.iblai.app. If this persists, check IBL_API_BASE and the dashboard server’s network.',
    retries: BACKOFF,
  },
  {
    name: '503 without a body',
    respond: () => new HttpResponse(null, { status: 503 }),
    says: 'The analytics API is unavailable (503: Service Unavailable). If this persists, check the API’s status page.',
    retries: BACKOFF,
  },
  {
    name: '504 from the dashboard server: API timeout',
    respond: json(504, { detail: 'The analytics API did not answer within 30 s.' }),
    says: 'The analytics API did not answer within 30 s. It may be busy; if this persists, try a shorter period.',
    retries: BACKOFF,
  },
  {
    name: 'an HTML error page',
    respond: text(
      502,
      '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>',
      'text/html',
    ),
    says: 'The analytics API failed (502: Bad Gateway) and sent an HTML error page instead of data. If this persists, check the API’s status and the dashboard server’s log.',
    retries: BACKOFF,
  },
  {
    name: 'an HTML page with status 200',
    respond: text(200, '<!doctype html><html><body><h1>Sign in</h1></body></html>', 'text/html'),
    says: 'The analytics API answered in an unexpected shape (an HTML page instead of JSON). The numbers cannot be shown; try again, and report it if it persists.',
  },
  {
    name: 'malformed JSON',
    respond: text(200, '{"total_cost": 5.7', 'application/json'),
    says: 'The analytics API answered in an unexpected shape (the body is not valid JSON). The numbers cannot be shown; try again, and report it if it persists.',
  },
  {
    name: 'an empty body with status 200',
    respond: text(200, '', 'application/json'),
    says: 'The analytics API answered in an unexpected shape (the answer was empty). The numbers cannot be shown; try again, and report it if it persists.',
  },
  {
    name: 'a body of the wrong shape',
    respond: json(200, { total: 5.75 }),
    says: 'The analytics API answered in an unexpected shape (total_cost: expected number). The numbers cannot be shown; try again, and report it if it persists.',
  },
  {
    name: 'a NaN-like string',
    respond: json(200, { total_cost: 'NaN' }),
    says: 'The analytics API answered in an unexpected shape (total_cost: expected number). The numbers cannot be shown; try again, and report it if it persists.',
  },
  {
    name: 'a negative figure',
    respond: json(200, { total_cost: -3 }),
    says: 'The analytics API sent a value that cannot be right (total_cost: -$3.00 is not a possible cost), so it is not shown. Try again, and report it to ibl.ai if it persists.',
  },
  {
    name: 'an absurdly large figure (1e15)',
    respond: json(200, { total_cost: 1e15 }),
    says: 'The analytics API sent a value that cannot be right (total_cost: $1,000,000,000,000,000.00 is more than $10,000,000.00, which is not a plausible cost for one org), so it is not shown. Try again, and report it to ibl.ai if it persists.',
  },
  {
    name: 'a timeout (no answer at all)',
    respond: async () => {
      await delay('infinite');
      return HttpResponse.json(null);
    },
    says: 'The dashboard server did not answer within 35 s. If this keeps happening, check that it is running and can reach the analytics API.',
    retries: BACKOFF,
    hangs: true,
  },
  {
    name: 'a dropped connection',
    respond: () => HttpResponse.error(),
    says: 'Cannot reach the dashboard server: the connection failed or was dropped. Check your network connection and that the dashboard server is running.',
    retries: BACKOFF,
  },
];

describe('Card, for each kind of failure', () => {
  const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
  // The page shows line breaks; text content reads them as spaces.
  const asRead = (message: string) => message.replace(/\s+/g, ' ');

  it.each(FAILURES)('$name: says what happened, retries when it should, and Retry asks again', async (failure) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const retries = failure.retries ?? [];
    const tries = retries.length + 1;
    const calls = serveCost(...Array.from({ length: tries }, () => failure.respond), () => HttpResponse.json({ total_cost: 8 }));
    renderWith(createQueryClient(), <CostProbe title="Cost" render={(data) => <p>Total {data.total_cost}</p>} />);
    const card = screen.getByRole('region', { name: 'Cost' });

    for (const [index, wait] of retries.entries()) {
      if (failure.hangs) await advance(CLIENT_TIMEOUT_MS);
      await advance(10);
      // While it retries, the card says why and when the next try starts.
      const notice = within(card).getByRole('status');
      expect(notice).toHaveTextContent(asRead(failure.says));
      expect(notice).toHaveTextContent(`Retrying in ${wait} s…`);
      expect(within(card).queryByRole('alert')).not.toBeInTheDocument();
      expect(calls()).toBe(index + 1);
      await advance(wait * 1000 - 10);
    }
    if (failure.hangs) await advance(CLIENT_TIMEOUT_MS);
    await advance(10);

    const alert = within(card).getByRole('alert');
    expect(alert).toHaveTextContent(asRead(failure.says));
    if (tries > 1) expect(alert).toHaveTextContent(`Tried ${tries} times. Wait a moment, then press Retry.`);
    else expect(alert).not.toHaveTextContent('Tried');
    expect(within(card).queryByRole('status')).not.toBeInTheDocument();
    expect(card).toHaveAttribute('aria-busy', 'false');
    // Given up: nothing more is asked until someone presses Retry.
    await advance(60_000);
    expect(calls()).toBe(tries);

    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await advance(10);
    expect(within(card).getByText('Total 8')).toBeInTheDocument();
    expect(within(card).queryByRole('alert')).not.toBeInTheDocument();
    expect(calls()).toBe(tries + 1);
  });
});

describe('CardBoundary', () => {
  it('keeps an error thrown before the card shell draws to that card', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let broken = true;
    function Feature(): ReactNode {
      if (broken) throw new Error('a hook failed');
      return <p>Feature drawn</p>;
    }
    render(
      <>
        <CardBoundary title="Feature">
          <Feature />
        </CardBoundary>
        <p>Neighbour</p>
      </>,
    );
    const card = screen.getByRole('region', { name: 'Feature' });
    expect(within(card).getByRole('alert')).toHaveTextContent('This card could not be drawn.');
    expect(screen.getByText('Neighbour')).toBeInTheDocument();
    broken = false;
    await userEvent.click(within(card).getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('Feature drawn')).toBeInTheDocument();
  });
});
