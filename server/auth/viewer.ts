import type { Context } from 'hono';
import { readSessionId } from './auth-cookies.ts';
import { decideAccess } from './allow-rules.ts';
import type { AuthRuntime } from './auth-runtime.ts';
import type { Session } from './session-store.ts';

/** Who is asking, as far as this request shows. */
export type Viewer =
  | { kind: 'open' }
  | { kind: 'anonymous'; reason: string }
  | { kind: 'session'; session: Session }
  | { kind: 'header'; email: string; allowed: boolean; reason: string };

/** Thrown when the session store cannot answer; the request is then refused 503, never 401. */
export class SessionStoreDown extends Error {
  override name = 'SessionStoreDown';
}

// A dashboard load makes a handful of calls at once; writing the session back once per window
// keeps the store's load down, at the price of the idle timeout being this much less precise.
const REFRESH_AFTER_MS = 15_000;

/** The address of the connection the request came over, as @hono/node-server gives it. */
export function remoteAddress(c: Context): string | undefined {
  const env: unknown = c.env;
  if (typeof env !== 'object' || env === null || !('incoming' in env)) return undefined;
  const incoming = env.incoming as { socket?: { remoteAddress?: unknown } } | undefined;
  const address = incoming?.socket?.remoteAddress;
  return typeof address === 'string' ? address : undefined;
}

/** Seconds until the session would expire by either timeout, for the store's TTL. */
export function sessionTtlSeconds(runtime: AuthRuntime, session: Session): number {
  if (runtime.settings.mode !== 'oidc') return 0;
  const { idleMs, maxMs } = runtime.settings;
  const left = Math.min(session.lastSeenAt + idleMs, session.createdAt + maxMs) - runtime.now();
  return Math.max(1, Math.ceil(left / 1000));
}

async function storeCall<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new SessionStoreDown('The session store is unavailable.', { cause: error });
  }
}

export async function resolveViewer(c: Context, runtime: AuthRuntime): Promise<Viewer> {
  const { settings } = runtime;
  if (settings.mode === 'none') return { kind: 'open' };
  if (settings.mode === 'header') {
    if (!settings.trustedProxies.includes(remoteAddress(c))) {
      return { kind: 'anonymous', reason: `request not from AUTH_TRUSTED_PROXIES (${remoteAddress(c) ?? 'unknown address'})` };
    }
    const email = c.req.header(settings.header)?.trim();
    if (!email) return { kind: 'anonymous', reason: `no ${settings.header} header` };
    // The proxy vouches for the address, so its domain counts as verified.
    const decision = decideAccess(settings.allow, { email, emailVerified: true, groups: [] });
    return { kind: 'header', email, allowed: decision.allowed, reason: decision.reason };
  }

  const id = await readSessionId(c, settings, runtime.keys.sessionCookie);
  if (id === null) return { kind: 'anonymous', reason: 'no session' };
  const session = await storeCall(() => runtime.store.get(id));
  if (session === null) return { kind: 'anonymous', reason: 'unknown or ended session' };
  const now = runtime.now();
  const idle = now - session.lastSeenAt >= settings.idleMs;
  const tooOld = now - session.createdAt >= settings.maxMs;
  if (idle || tooOld) {
    await storeCall(() => runtime.store.delete(id));
    return { kind: 'anonymous', reason: `${session.email ?? session.subject}: session ${idle ? 'idle' : 'maximum age'} timeout` };
  }
  if (now - session.lastSeenAt >= REFRESH_AFTER_MS) {
    session.lastSeenAt = now;
    await storeCall(() => runtime.store.set(session, sessionTtlSeconds(runtime, session)));
  }
  return { kind: 'session', session };
}

export function viewerAllowed(viewer: Viewer): boolean {
  if (viewer.kind === 'open') return true;
  if (viewer.kind === 'session') return viewer.session.allowed;
  if (viewer.kind === 'header') return viewer.allowed;
  return false;
}

/** The name the log and the refusal use. */
export function viewerEmail(viewer: Viewer): string | null {
  if (viewer.kind === 'session') return viewer.session.email ?? viewer.session.subject;
  if (viewer.kind === 'header') return viewer.email;
  return null;
}
