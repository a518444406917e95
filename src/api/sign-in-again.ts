/**
 * When the session ends while the page is open, the next API call is refused; the page then
 * goes through sign-in and back to the same view. At most once in a row: if the calls are
 * refused again right after coming back (a provider or cookie problem), going round again
 * would loop, so the cards show the refusal instead. The mark lives in sessionStorage
 * because the round trip replaces the document.
 */

export const SIGN_IN_AGAIN_KEY = 'ibl-signed-in-again-at';
/** A refusal this soon after the last round trip counts as the same one. */
export const LOOP_WINDOW_MS = 5 * 60_000;

export interface SignInAgain {
  /** A call was refused for want of a session: go and sign in, unless that was just done. */
  refused(): void;
  /** A call was answered: the session works, so the next refusal may sign in again. */
  answered(): void;
}

export interface SignInAgainDeps {
  location: Pick<Location, 'pathname' | 'search' | 'assign'>;
  storage: () => Storage;
  now: () => number;
}

/** Where sign-in starts, to come back to this exact path and query. */
export function signInUrl(location: Pick<Location, 'pathname' | 'search'>): string {
  return `/auth/login?next=${encodeURIComponent(location.pathname + location.search)}`;
}

export function signInAgain(deps: SignInAgainDeps = browserDeps()): SignInAgain {
  let leaving = false;
  return {
    refused() {
      if (leaving) return;
      const storage = storageOrNull(deps.storage);
      // Without storage a loop could not be noticed across the round trip: stay, and let the card say why.
      if (storage === null) return;
      const last = Number(storage.getItem(SIGN_IN_AGAIN_KEY));
      const now = deps.now();
      if (Number.isFinite(last) && last > 0 && now - last < LOOP_WINDOW_MS) return;
      try {
        storage.setItem(SIGN_IN_AGAIN_KEY, String(now));
      } catch {
        return;
      }
      leaving = true;
      deps.location.assign(signInUrl(deps.location));
    },
    answered() {
      if (leaving) return;
      try {
        storageOrNull(deps.storage)?.removeItem(SIGN_IN_AGAIN_KEY);
      } catch {
        // Nothing to clear.
      }
    },
  };
}

function storageOrNull(storage: () => Storage): Storage | null {
  try {
    return storage();
  } catch {
    // Reading window.sessionStorage throws where storage is blocked.
    return null;
  }
}

function browserDeps(): SignInAgainDeps {
  return { location: window.location, storage: () => window.sessionStorage, now: () => Date.now() };
}
