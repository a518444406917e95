import type { AuthMode, OrgChoice } from './auth-config.ts';
import type { AuthRuntime } from './auth-runtime.ts';
import { viewerAllowed, type Viewer } from './viewer.ts';

/** What the page may know about who is signed in: `/auth/session`, and the page's config meta tag. */
export interface AuthInfo {
  mode: AuthMode;
  user: { name: string | null; email: string | null } | null;
  allowed: boolean;
  orgs: OrgChoice[];
  signOut: boolean;
}

export function authInfoOf(runtime: AuthRuntime, viewer: Viewer): AuthInfo {
  const { mode, orgs } = runtime.settings;
  const allowed = viewerAllowed(viewer);
  const user =
    viewer.kind === 'session'
      ? { name: viewer.session.name, email: viewer.session.email }
      : viewer.kind === 'header'
        ? { name: null, email: viewer.email }
        : null;
  // The org list is for people who may see the dashboard; a refused account learns nothing more.
  return { mode, user, allowed, orgs: allowed ? orgs.map((org) => ({ ...org })) : [], signOut: viewer.kind === 'session' };
}
