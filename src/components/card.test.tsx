import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getJson } from '../api/client';
import { describeError } from '../api/describe-error';
import { costResponse, type CostResponse } from '../api/schemas';
import { retryDelay, shouldRetry } from '../api/retry';
import { server } from '../test/msw-server';
import { Card, CardBoundary } from './card';

const scope = { org: 'demo', userId: 'admin' };

/** Answers the cost endpoint with each response in turn, the last one from then on. */
function serveCost(...responses: (() => Response)[]) {
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
