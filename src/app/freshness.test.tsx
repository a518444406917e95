import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { analyticsQueries } from '../api/queries';
import { Freshness } from './freshness';

const key = [...analyticsQueries.all(), 'demo', 'admin', 'tenant-cost', { from: '2026-11-24', to: '2026-11-30' }];

function CardOnCachedData() {
  useQuery({ queryKey: key, queryFn: () => ({ total_cost: 1 }), staleTime: Infinity });
  return null;
}

describe('Freshness', () => {
  it('says when the data on screen was fetched, even when it was in the cache before the cards mounted', async () => {
    const client = new QueryClient();
    const fetchedAt = new Date(2026, 10, 30, 10, 42).getTime();
    client.setQueryData(key, { total_cost: 1 }, { updatedAt: fetchedAt });
    render(
      <QueryClientProvider client={client}>
        <Freshness onRefresh={() => undefined} />
        <CardOnCachedData />
      </QueryClientProvider>,
    );
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
