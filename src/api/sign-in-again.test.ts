import { describe, expect, it, vi } from 'vitest';
import { LOOP_WINDOW_MS, SIGN_IN_AGAIN_KEY, signInAgain, signInUrl, type SignInAgainDeps } from './sign-in-again';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

function setup(search = '?period=custom&from=2026-10-01&to=2026-10-31&mentor=a%20b+c%C3%A9') {
  const assign = vi.fn<(url: string | URL) => void>();
  const storage = memoryStorage();
  let now = 1_000_000;
  const deps: SignInAgainDeps = {
    location: { pathname: '/', search, assign },
    storage: () => storage,
    now: () => now,
  };
  return { assign, storage, deps, advance: (ms: number) => (now += ms) };
}

describe('signInUrl', () => {
  it('carries the exact path and query, encoded once', () => {
    const next = '/?mentor=a%20b+c%C3%A9&x="q"';
    const url = signInUrl({ pathname: '/', search: next.slice(1) });
    expect(url).toBe(`/auth/login?next=${encodeURIComponent(next)}`);
    expect(new URL(url, 'http://dash.example').searchParams.get('next')).toBe(next);
  });
});

describe('signInAgain', () => {
  it('goes to sign-in once, however many calls are refused at the same time', () => {
    const { assign, deps, storage } = setup();
    const flow = signInAgain(deps);
    flow.refused();
    flow.refused();
    flow.refused();
    expect(assign).toHaveBeenCalledTimes(1);
    expect(assign).toHaveBeenCalledWith(signInUrl(deps.location));
    expect(storage.getItem(SIGN_IN_AGAIN_KEY)).toBe('1000000');
  });

  it('does not go round again when refused right after coming back', () => {
    const { assign, deps, advance } = setup();
    signInAgain(deps).refused();
    advance(3_000);
    // The page after the round trip: a new document, the mark still in sessionStorage.
    signInAgain(deps).refused();
    expect(assign).toHaveBeenCalledTimes(1);
    advance(LOOP_WINDOW_MS);
    signInAgain(deps).refused();
    expect(assign).toHaveBeenCalledTimes(2);
  });

  it('signs in again later once a call was answered in between', () => {
    const { assign, deps, storage, advance } = setup();
    signInAgain(deps).refused();
    const back = signInAgain(deps);
    back.answered();
    expect(storage.getItem(SIGN_IN_AGAIN_KEY)).toBeNull();
    advance(10_000);
    back.refused();
    expect(assign).toHaveBeenCalledTimes(2);
  });

  it('stays on the page when storage is blocked, rather than risk a loop', () => {
    const { assign, deps } = setup();
    signInAgain({
      ...deps,
      storage: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    }).refused();
    expect(assign).not.toHaveBeenCalled();
  });
});
