import type { AuthInfo } from '../state/app-config';
import { SignOutBlock } from './sign-out-form';

/**
 * For a person the provider signed in but no allow rule lets in: who they are signed in as,
 * that this dashboard is closed to them and whom to ask. It shows no figure and asks the API
 * for nothing.
 */
export function AccessRefused({ auth }: { auth: AuthInfo }) {
  const email = auth.user?.email ?? null;
  const name = auth.user?.name ?? null;
  const account = email ?? name;
  return (
    <div className="mx-auto flex min-h-screen max-w-2xl flex-col justify-center gap-5 px-4 py-10 sm:px-6">
      <title>No access · Analytics</title>
      <main className="flex flex-col gap-4 rounded-xl border border-border bg-card p-6 text-card-foreground shadow-sm">
        <h1 className="text-xl font-semibold tracking-tight text-foreground">No access to this dashboard</h1>
        {account === null ? (
          <p>You are signed in, but the dashboard could not tell with which account.</p>
        ) : (
          <p>
            You are signed in as <strong className="font-semibold">{name && email ? `${name} (${email})` : account}</strong>.
            This account has no access to this dashboard.
          </p>
        )}
        <p className="text-muted-foreground">
          Ask the administrator who runs this dashboard to add{' '}
          {email === null ? 'your account' : <span className="font-medium text-foreground">{email}</span>} to{' '}
          <code>AUTH_ALLOWED_EMAILS</code>, <code>AUTH_ALLOWED_DOMAINS</code> or <code>AUTH_ALLOWED_GROUPS</code>. If you
          meant to use another account, sign out and sign in with that one.
        </p>
        <SignOutBlock offered={auth.signOut} />
      </main>
    </div>
  );
}
