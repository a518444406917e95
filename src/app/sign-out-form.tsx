/**
 * A same-origin form post: the server deletes the session, then sends the browser to the
 * provider's sign-out (or home). A plain form needs no script and cannot be forged from
 * another site, which the server checks (Origin, Sec-Fetch-Site).
 */
export function SignOutForm() {
  return (
    <form method="post" action="/auth/logout">
      <button type="submit" className="button-secondary">
        Sign out
      </button>
    </form>
  );
}

/** Sign out as a block of its own (the refusal pages), when the sign-in mode has one. */
export function SignOutBlock({ offered }: { offered: boolean }) {
  return offered ? (
    <div>
      <SignOutForm />
    </div>
  ) : null;
}
