import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { UrlUpdateEvent } from '../state/url-search';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppConfig } from '../state/app-config';
import { server } from '../test/msw-server';
import { ALICE } from '../test/auth-fixtures';
import { renderWithProviders } from '../test/render';
import { App } from './app';

const alice = ALICE;
const signedIn: Partial<AppConfig> = { auth: alice, userFixed: true };

/** Answers every analytics call, recording the org of each. */
function serveAll() {
  const orgs: string[] = [];
  server.use(
    http.get('*/api/ai-analytics/orgs/:org/users/:user/:endpoint/', ({ params }) => {
      orgs.push(String(params.org));
      switch (params.endpoint) {
        case 'sentiment-count':
          return HttpResponse.json([{ date: '2026-11-30T00:00:00Z', sentiment_count: 9 }]);
        case 'tenant-cost':
          return HttpResponse.json({ total_cost: 12.5 });
        case 'top-students-by-chat-messages':
          return HttpResponse.json([{ username: 'maria.garcia', chat_message_count: 4 }]);
        default:
          return HttpResponse.json({ count: 0, next: null, previous: null, current_page: 1, total_pages: 1, results: [] });
      }
    }),
  );
  return orgs;
}

/** The page's own header (each card has one too). */
function pageHeader(): HTMLElement {
  const header = screen.getByRole('heading', { level: 1, name: 'Mentor analytics' }).closest('header');
  if (header === null) throw new Error('no page header');
  return header;
}

// The whole dashboard renders in each test: slow on a busy 2-core machine.
describe('App with sign-in', { timeout: 15_000 }, () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-30T15:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('shows who is signed in and a Sign out form in the header', async () => {
    serveAll();
    renderWithProviders(<App />, { config: signedIn });
    const header = pageHeader();
    expect(header).toHaveTextContent('Signed in as Alice Example');
    const signOut = screen.getByRole('button', { name: 'Sign out' });
    expect(header).toContainElement(signOut);
    expect(signOut.closest('form')).toHaveAttribute('action', '/auth/logout');
    expect(signOut.closest('form')).toHaveAttribute('method', 'post');
    expect((await screen.findAllByText('$12.50'))[0]).toBeInTheDocument();
  });

  it('names a person by email when the provider gave no name; no Sign out in header mode', () => {
    serveAll();
    renderWithProviders(<App />, {
      config: { auth: { ...alice, mode: 'header', signOut: false, user: { name: null, email: 'alice@school.example' } }, userFixed: true },
    });
    expect(pageHeader()).toHaveTextContent('Signed in as alice@school.example');
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
  });

  it('shows no account and no Sign out without sign-in', () => {
    serveAll();
    renderWithProviders(<App />);
    expect(pageHeader()).not.toHaveTextContent('Signed in');
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
  });

  it('switches org from the header menu with one history entry, and asks for that org', async () => {
    const orgs = serveAll();
    const onUrlUpdate = vi.fn<(event: UrlUpdateEvent) => void>();
    renderWithProviders(<App />, { config: signedIn, onUrlUpdate });
    await screen.findAllByText('$12.50');
    await userEvent.click(screen.getByRole('button', { name: 'Org: Demo University' }));
    await userEvent.click(screen.getByRole('menuitemradio', { name: 'Northwind Academy' }));
    await waitFor(() => expect(onUrlUpdate).toHaveBeenCalledTimes(1));
    expect(onUrlUpdate.mock.calls[0]?.[0]).toMatchObject({ queryString: '?org=northwind-academy', options: { history: 'push' } });
    expect(await screen.findByRole('button', { name: 'Org: Northwind Academy' })).toHaveFocus();
    await waitFor(() => expect(orgs).toContain('northwind-academy'));
    expect(document.title).toContain('northwind-academy');
  });

  it('drops the org from the URL when switching back to the default one', async () => {
    serveAll();
    const onUrlUpdate = vi.fn<(event: UrlUpdateEvent) => void>();
    renderWithProviders(<App />, { config: signedIn, onUrlUpdate, searchParams: '?org=northwind-academy' });
    await userEvent.click(screen.getByRole('button', { name: 'Org: Northwind Academy' }));
    await userEvent.click(screen.getByRole('menuitemradio', { name: 'Demo University' }));
    await waitFor(() => expect(onUrlUpdate).toHaveBeenCalledTimes(1));
    expect(onUrlUpdate.mock.calls[0]?.[0]).toMatchObject({ queryString: '', options: { history: 'push' } });
  });

  it('corrects an org outside the allowed ones and a user in place, with notices, and never asks for them', async () => {
    const orgs = serveAll();
    const onUrlUpdate = vi.fn<(event: UrlUpdateEvent) => void>();
    renderWithProviders(<App />, { config: signedIn, onUrlUpdate, searchParams: '?org=rival-university&user=someone&period=30d' });
    const notice = await screen.findByText('The link was corrected.');
    expect(notice.parentElement).toHaveTextContent('This dashboard does not show org “rival-university”; showing demo.');
    expect(notice.parentElement).toHaveTextContent('The user in the link (“someone”) does not apply while sign-in is on');
    await waitFor(() => expect(onUrlUpdate).toHaveBeenCalled());
    expect(onUrlUpdate.mock.calls[0]?.[0]).toMatchObject({ queryString: '?period=30d', options: { history: 'replace' } });
    await screen.findAllByText('$12.50');
    expect(orgs.every((org) => org === 'demo')).toBe(true);
  });

  it('shows a plain org badge when only one org is allowed', () => {
    serveAll();
    renderWithProviders(<App />, { config: { auth: { ...alice, orgs: [alice.orgs[0]!] }, userFixed: true } });
    expect(pageHeader()).toHaveTextContent('Demo University');
    expect(screen.queryByRole('button', { name: /^Org:/ })).toBeNull();
  });
});
