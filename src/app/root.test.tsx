import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { BOB } from '../test/auth-fixtures';
import { renderWithProviders } from '../test/render';
import { Root } from './root';

// The refusal page's chunk cannot be loaded (a deploy replaced it, the network dropped).
vi.mock('./access-refused', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

const bob = BOB;

describe('the refusal page when its chunk fails to load', () => {
  it('still says there is no access, how to see why, and offers Sign out', async () => {
    renderWithProviders(<Root />, { config: { auth: bob, userFixed: true } });
    expect(await screen.findByRole('heading', { level: 1, name: 'No access to this dashboard' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveTextContent('reload the page');
    expect(screen.getByRole('button', { name: 'Sign out' }).closest('form')).toHaveAttribute('action', '/auth/logout');
    expect(screen.queryByRole('region')).toBeNull();
  });
});
