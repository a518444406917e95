import { displayName, type AuthInfo } from '../state/app-config';
import { SignOutForm } from './sign-out-form';

/** Who is signed in, for the header; nothing when the dashboard runs without sign-in. */
export function SignedInUser({ auth }: { auth: AuthInfo }) {
  const name = displayName(auth.user);
  if (auth.mode === 'none' || name === null) return null;
  const email = auth.user?.email;
  return (
    <div className="flex items-center gap-2">
      <p className="text-sm text-muted-foreground" title={email && email !== name ? email : undefined}>
        Signed in as <span className="font-medium text-foreground">{name}</span>
      </p>
      {auth.signOut ? <SignOutForm /> : null}
    </div>
  );
}
