import { screen, waitFor } from '@testing-library/react';
import type { UrlUpdateEvent } from '../state/url-search';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/render';
import { useDashboardState } from './use-dashboard-state';

function Probe() {
  const { state, notices } = useDashboardState();
  return (
    <>
      <p>period {state.period}</p>
      <p>mentor {state.mentor ?? 'all'}</p>
      <ul>
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
    </>
  );
}

describe('useDashboardState', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-30T15:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('reads the first of repeated keys, replaces the URL with one of each, and says so', async () => {
    const onUrlUpdate = vi.fn<(event: UrlUpdateEvent) => void>();
    renderWithProviders(<Probe />, { searchParams: '?period=30d&period=90d&mentor=5f0c6d8e-93a1-4b57-9d2e-0c4f1a7b3e21&mentor=5f0c6d8e-93a1-4b57-9d2e-0c4f1a7b3e21&utm=x', onUrlUpdate });
    expect(screen.getByText('period 30d')).toBeInTheDocument();
    expect(screen.getByText('mentor 5f0c6d8e-93a1-4b57-9d2e-0c4f1a7b3e21')).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent('“period” appeared 2 times (“30d”, “90d”); the first was used.');
    await waitFor(() => expect(onUrlUpdate).toHaveBeenCalled());
    expect(onUrlUpdate.mock.calls[0]?.[0]).toMatchObject({ options: { history: 'replace' } });
    const search = new URLSearchParams(onUrlUpdate.mock.calls.at(-1)?.[0].queryString);
    expect(search.getAll('period')).toEqual(['30d']);
    expect(search.getAll('mentor')).toEqual(['5f0c6d8e-93a1-4b57-9d2e-0c4f1a7b3e21']);
    expect(search.get('utm')).toBe('x');
  });

  it('leaves a canonical URL alone', async () => {
    const onUrlUpdate = vi.fn<(event: UrlUpdateEvent) => void>();
    renderWithProviders(<Probe />, { searchParams: '?period=30d&mentor=5f0c6d8e-93a1-4b57-9d2e-0c4f1a7b3e21', onUrlUpdate });
    expect(screen.getByText('period 30d')).toBeInTheDocument();
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(onUrlUpdate).not.toHaveBeenCalled();
  });
});
