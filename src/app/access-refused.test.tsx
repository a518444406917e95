import { act, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { BOB } from '../test/auth-fixtures';
import { server } from '../test/msw-server';
import { renderWithProviders } from '../test/render';
import { Root } from './root';

const bob = BOB;

describe('the refusal page', () => {
  it('names the account, says it has no access and whom to ask, with Sign out', async () => {
    renderWithProviders(<Root />, { config: { auth: bob, userFixed: true }, searchParams: '?period=30d' });
    // The page is a chunk of its own, loaded only for a person it is for.
    expect(await screen.findByRole('heading', { level: 1, name: 'No access to this dashboard' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(main).toHaveTextContent('You are signed in as Bob Outsider (bob@elsewhere.example). This account has no access to this dashboard.');
    expect(main).toHaveTextContent(
      'Ask the administrator who runs this dashboard to add bob@elsewhere.example to AUTH_ALLOWED_EMAILS, AUTH_ALLOWED_DOMAINS or AUTH_ALLOWED_GROUPS.',
    );
    const signOut = screen.getByRole('button', { name: 'Sign out' });
    const form = signOut.closest('form');
    expect(form).toHaveAttribute('method', 'post');
    expect(form).toHaveAttribute('action', '/auth/logout');
  });

  it('shows no figure, card or filter, and asks for nothing', async () => {
    const requests: string[] = [];
    server.use(
      http.all('*', ({ request }) => {
        requests.push(request.url);
        return HttpResponse.json({});
      }),
    );
    renderWithProviders(<Root />, { config: { auth: bob, userFixed: true } });
    await screen.findByRole('main');
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(requests).toEqual([]);
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByText(/\$/)).toBeNull();
    expect(document.title).toBe('No access · Analytics');
  });

  it('names an account known only by its email, and one known by nothing', async () => {
    const { unmount } = renderWithProviders(<Root />, {
      config: { auth: { ...bob, user: { name: null, email: 'bob@elsewhere.example' } } },
    });
    expect(await screen.findByRole('main')).toHaveTextContent('You are signed in as bob@elsewhere.example.');
    unmount();
    renderWithProviders(<Root />, { config: { auth: { ...bob, user: null, signOut: false } } });
    expect(screen.getByRole('main')).toHaveTextContent('could not tell with which account');
    expect(screen.getByRole('main')).toHaveTextContent('to add your account to AUTH_ALLOWED_EMAILS');
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
  });
});
