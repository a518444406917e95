import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { useLayoutEffect, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { analyticsQueries } from '../api/queries';
import { Freshness } from './freshness';

const key = [...analyticsQueries.all(), 'demo', 'admin', 'tenant-cost', { from: '2026-11-24', to: '2026-11-30' }];

function CardOnCachedData() {
  useQuery({ queryKey: key, queryFn: () => ({ total_cost: 1 }), staleTime: Infinity });
  return null;
}

const AT_10_42 = new Date(2026, 10, 30, 10, 42).getTime();

/** A client whose cache holds the card's data, fetched at 10:42, before anything mounts. */
function clientWithCardData(): QueryClient {
  const client = new QueryClient();
  client.setQueryData(key, { total_cost: 1 }, { updatedAt: AT_10_42 });
  return client;
}

/** Freshness and a card on that data, and whatever else the test puts after them. */
function renderWithCard(client: QueryClient, after: ReactNode = null) {
  return render(
    <QueryClientProvider client={client}>
      <Freshness onRefresh={() => undefined} />
      <CardOnCachedData />
      {after}
    </QueryClientProvider>,
  );
}

describe('Freshness', () => {
  it('says when the data on screen was fetched, even when it was in the cache before the cards mounted', async () => {
    renderWithCard(clientWithCardData());
    expect(await screen.findByText(/^Updated 10:42/)).toBeInTheDocument();
  });

  it('says when in the first frame already, so the header does not move once the cards subscribe', () => {
    const firstFrame: string[] = [];
    function FirstFrame() {
      // Layout effects run in the first commit, before any card's subscription (a passive effect).
      useLayoutEffect(() => void firstFrame.push(screen.getByTestId('freshness').textContent ?? ''), []);
      return null;
    }
    renderWithCard(clientWithCardData(), <FirstFrame />);
    expect(firstFrame).toEqual([expect.stringMatching(/^Updated 10:42/)]);
  });

  it('counts only the cards on screen once they are there, not data cached for another view', async () => {
    const client = clientWithCardData();
    const otherView = [...analyticsQueries.all(), 'demo', 'admin', 'tenant-cost', { from: '2026-11-01', to: '2026-11-30' }];
    client.setQueryData(otherView, { total_cost: 2 }, { updatedAt: new Date(2026, 10, 30, 11, 5).getTime() });
    renderWithCard(client);
    expect(await screen.findByText(/^Updated 10:42/)).toBeInTheDocument();
  });

  it('says Loading… while nothing on screen has data', () => {
    render(
      <QueryClientProvider client={new QueryClient()}>
        <Freshness onRefresh={() => undefined} />
      </QueryClientProvider>,
    );
    expect(screen.getByTestId('freshness')).toHaveTextContent('Loading…');
  });
});
