import type { Config } from '../config.ts';
import { loadAuthConfig, type AuthSettings } from './auth-config.ts';
import { discoverOidcClient, type OidcClient } from './oidc-client.ts';
import { deriveKey } from './sealed-value.ts';
import { MemorySessionStore, type SessionStore } from './session-store.ts';

/** Sign-in as the running server holds it: settings, the discovered provider, the session store, a clock. */
export interface AuthRuntime {
  settings: AuthSettings;
  /** Set in oidc mode only. */
  oidc: OidcClient | null;
  store: SessionStore;
  now: () => number;
  /** Keys derived from SESSION_SECRET; empty buffers outside oidc mode, where no cookie is set. */
  keys: { sessionCookie: Buffer; signInCookie: Buffer };
}

export interface ResolveAuthOptions {
  store?: SessionStore;
  now?: () => number;
  /** For tests that need no provider; production always discovers. */
  oidc?: OidcClient;
}

/** Completes the settings with the network part (the provider's discovery document, in oidc mode). */
export async function resolveAuth(settings: AuthSettings, options: ResolveAuthOptions = {}): Promise<AuthRuntime> {
  const now = options.now ?? Date.now;
  const store = options.store ?? new MemorySessionStore(now);
  if (settings.mode !== 'oidc') {
    return { settings, oidc: null, store, now, keys: { sessionCookie: Buffer.alloc(0), signInCookie: Buffer.alloc(0) } };
  }
  return {
    settings,
    oidc: options.oidc ?? (await discoverOidcClient(settings)),
    store,
    now,
    keys: {
      sessionCookie: deriveKey(settings.sessionSecret, 'session cookie signature'),
      signInCookie: deriveKey(settings.sessionSecret, 'sign-in state cookie'),
    },
  };
}

/**
 * Sign-in off and any org: today's behaviour, for createApp without an auth runtime (tests and
 * tools). The server itself (main.ts) always resolves one, so IBL_ORGS applies there.
 */
export function openAuth(config: Config): AuthRuntime {
  const settings = { ...loadAuthConfig({ AUTH: 'none' }, { ...config, host: '127.0.0.1' }), orgs: [] };
  const store = new MemorySessionStore();
  return { settings, oidc: null, store, now: Date.now, keys: { sessionCookie: Buffer.alloc(0), signInCookie: Buffer.alloc(0) } };
}
