import { useEffect } from 'react';
import { onDemand } from '../lib/on-demand';
import { useAppConfig, type AuthInfo } from '../state/app-config';
import { App } from './app';
import { SignOutBlock } from './sign-out-form';

// Only a signed-in person no allow rule lets in sees it, and that view shows no figures: its own chunk.
export const refusalPage = onDemand(() => import('./access-refused'));

/** The dashboard, or for a signed-in person no allow rule lets in, the refusal page instead. */
export function Root() {
  const { auth } = useAppConfig();
  return auth.allowed ? <App /> : <Refusal auth={auth} />;
}

function Refusal({ auth }: { auth: AuthInfo }) {
  const page = refusalPage.use();
  useEffect(() => refusalPage.load(), []);
  if (page.status === 'ready') return <page.value.AccessRefused auth={auth} />;
  if (page.status !== 'failed') return null;
  // The chunk could not be loaded: still say the essential, with the way out.
  return (
    <main className="mx-auto flex min-h-screen max-w-2xl flex-col justify-center gap-4 px-4 py-10">
      <title>No access · Analytics</title>
      <h1 className="text-xl font-semibold tracking-tight text-foreground">No access to this dashboard</h1>
      <p>This account has no access to this dashboard. The details could not be loaded: reload the page to see them.</p>
      <SignOutBlock offered={auth.signOut} />
    </main>
  );
}
