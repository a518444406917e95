import type { Context } from 'hono';
import { deleteCookie, getCookie, getSignedCookie, setCookie, setSignedCookie } from 'hono/cookie';
import type { CookieOptions } from 'hono/utils/cookie';
import type { OidcSettings } from './auth-config.ts';
import { seal, unseal } from './sealed-value.ts';

/**
 * The dashboard's two cookies, both HttpOnly and SameSite=Lax (the provider's redirect back is
 * a cross-site navigation, which Strict would strip them from); Secure with the __Host- prefix
 * when PUBLIC_URL is https. Neither holds a token.
 */

const SESSION_COOKIE = 'ibl_session';
const SIGN_IN_COOKIE = 'ibl_signin';
export const SIGN_IN_MAX_AGE_SECONDS = 600;

function options(settings: OidcSettings, maxAge?: number): CookieOptions {
  const secure = settings.publicUrl.startsWith('https:');
  return {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    ...(secure ? { secure: true, prefix: 'host' as const } : {}),
    ...(maxAge !== undefined ? { maxAge } : {}),
  };
}

function prefix(settings: OidcSettings): 'host' | undefined {
  return settings.publicUrl.startsWith('https:') ? 'host' : undefined;
}

/** The session id from a correctly signed cookie, or null. */
export async function readSessionId(c: Context, settings: OidcSettings, key: Buffer): Promise<string | null> {
  const value = await getSignedCookie(c, key, SESSION_COOKIE, prefix(settings));
  return typeof value === 'string' && value !== '' ? value : null;
}

export async function writeSessionId(c: Context, settings: OidcSettings, key: Buffer, id: string): Promise<void> {
  await setSignedCookie(c, SESSION_COOKIE, id, key, options(settings, Math.floor(settings.maxMs / 1000)));
}

export function clearSessionCookie(c: Context, settings: OidcSettings): void {
  deleteCookie(c, SESSION_COOKIE, options(settings));
}

/** What a sign-in has to remember between leaving for the provider and coming back. */
export interface SignInState {
  state: string;
  nonce: string;
  codeVerifier: string;
  next: string;
  startedAt: number;
}

function isSignInState(value: unknown): value is SignInState {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.state === 'string' &&
    typeof record.nonce === 'string' &&
    typeof record.codeVerifier === 'string' &&
    typeof record.next === 'string' &&
    typeof record.startedAt === 'number'
  );
}

export function writeSignInState(c: Context, settings: OidcSettings, key: Buffer, state: SignInState): void {
  setCookie(c, SIGN_IN_COOKIE, seal(key, SIGN_IN_COOKIE, state), options(settings, SIGN_IN_MAX_AGE_SECONDS));
}

/** The sign-in state if the cookie is ours, intact and younger than its max-age by `now`. */
export function readSignInState(c: Context, settings: OidcSettings, key: Buffer, now: number): SignInState | null {
  const sealed = getCookie(c, SIGN_IN_COOKIE, prefix(settings));
  if (sealed === undefined) return null;
  const value = unseal(key, SIGN_IN_COOKIE, sealed);
  if (!isSignInState(value)) return null;
  const age = now - value.startedAt;
  return age >= 0 && age <= SIGN_IN_MAX_AGE_SECONDS * 1000 ? value : null;
}

export function clearSignInState(c: Context, settings: OidcSettings): void {
  deleteCookie(c, SIGN_IN_COOKIE, options(settings));
}
