import type { AuthInfo } from '../state/app-config';

/** A signed-in person the allow rules let in, with two orgs to choose from. */
export const ALICE: AuthInfo = {
  mode: 'oidc',
  user: { name: 'Alice Example', email: 'alice@school.example' },
  allowed: true,
  orgs: [
    { id: 'demo', name: 'Demo University' },
    { id: 'northwind-academy', name: 'Northwind Academy' },
  ],
  signOut: true,
};

/** A signed-in person no allow rule lets in. */
export const BOB: AuthInfo = {
  mode: 'oidc',
  user: { name: 'Bob Outsider', email: 'bob@elsewhere.example' },
  allowed: false,
  orgs: [{ id: 'demo', name: 'Demo University' }],
  signOut: true,
};
