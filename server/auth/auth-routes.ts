import { randomBytes } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import * as oidc from 'openid-client';
import { rawTarget } from '../api-route.ts';
import { jsonError, jsonResponse } from '../json-response.ts';
import {
  clearSessionCookie,
  clearSignInState,
  readSessionId,
  readSignInState,
  writeSessionId,
  writeSignInState,
} from './auth-cookies.ts';
import type { OidcSettings } from './auth-config.ts';
import { authInfoOf } from './auth-info.ts';
import { plainText, signInProblemHtml } from './auth-pages.ts';
import type { AuthRuntime } from './auth-runtime.ts';
import { decideAccess } from './allow-rules.ts';
import { rawQueryParam, safeNextPath } from './next-path.ts';
import type { Session } from './session-store.ts';
import { resolveViewer, sessionTtlSeconds, SessionStoreDown } from './viewer.ts';

export const STORE_DOWN_DETAIL = 'Cannot check your session right now: the session store is unavailable.';

/** The request target as sent (path and query), else what the URL parser left of it. */
export function targetOf(c: Context): string {
  const raw = rawTarget(c.env);
  if (raw !== null) return raw;
  const url = new URL(c.req.url);
  return `${url.pathname}${url.search}`;
}

function claimString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function claimGroups(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The callback's failure in words for the person, without echoing anything secret. */
function describeCallbackFailure(error: unknown): string {
  if (error instanceof oidc.AuthorizationResponseError) {
    const description = error.error_description ? `: ${error.error_description.slice(0, 200)}` : '';
    return `The identity provider did not sign you in (${error.error.slice(0, 60)}${description}).`;
  }
  return 'The answer from the identity provider could not be verified.';
}

function sessionFrom(claims: Record<string, unknown>, settings: OidcSettings, now: number, idToken: string | undefined): Session {
  const email = claimString(claims.email);
  const emailVerified = claims.email_verified === true || claims.email_verified === 'true';
  const groups = claimGroups(claims[settings.groupsClaim]);
  const { allowed } = decideAccess(settings.allow, { email, emailVerified, groups });
  return {
    id: randomBytes(32).toString('base64url'),
    subject: String(claims.sub),
    email,
    emailVerified,
    name: claimString(claims.name),
    groups,
    allowed,
    createdAt: now,
    lastSeenAt: now,
    ...(idToken !== undefined ? { idToken } : {}),
  };
}

/** /auth/login, /auth/callback, /auth/logout and /auth/session; mount with app.route('/auth', ...). */
export function createAuthRoutes(runtime: AuthRuntime, log: (line: string) => void): Hono {
  const routes = new Hono();
  const { settings } = runtime;

  routes.use(async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  });

  routes.get('/session', async (c) => {
    try {
      return jsonResponse(200, authInfoOf(runtime, await resolveViewer(c, runtime)));
    } catch (error) {
      if (error instanceof SessionStoreDown) return jsonError(503, STORE_DOWN_DETAIL);
      throw error;
    }
  });

  if (settings.mode !== 'oidc' || runtime.oidc === null) {
    routes.all('*', () => jsonError(404, 'Sign-in is not turned on for this dashboard.'));
    return routes;
  }
  const provider = runtime.oidc;
  const keys = runtime.keys;

  routes.get('/login', async (c) => {
    const next = safeNextPath(rawQueryParam(targetOf(c), 'next'));
    const checks = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
    writeSignInState(c, settings, keys.signInCookie, { ...checks, next, startedAt: runtime.now() });
    return c.redirect((await provider.authorizationUrl(checks)).href, 302);
  });

  routes.get('/callback', async (c) => {
    const signIn = readSignInState(c, settings, keys.signInCookie, runtime.now());
    clearSignInState(c, settings);
    const respond = (status: 400 | 503, message: string, next: string): Response =>
      c.html(signInProblemHtml(message, next), status);
    if (signIn === null) {
      log('auth: sign-in refused: no sign-in in progress (expired or missing sign-in cookie)');
      return respond(400, 'This sign-in expired or was started in another browser. Start it again.', '/');
    }
    const search = targetOf(c).replace(/^[^?]*/, '');
    let signedIn;
    try {
      signedIn = await provider.finishSignIn(new URL(`${settings.publicUrl}/auth/callback${search}`), signIn);
    } catch (error) {
      const message = describeCallbackFailure(error);
      log(`auth: sign-in refused: ${error instanceof Error ? error.name : 'error'}: ${message}`);
      return respond(400, message, signIn.next);
    }
    const session = sessionFrom(signedIn.claims, settings, runtime.now(), signedIn.idToken);
    try {
      // A new id at every sign-in; a session this browser had before ends here.
      const previous = await readSessionId(c, settings, keys.sessionCookie);
      if (previous !== null) await runtime.store.delete(previous);
      await runtime.store.set(session, sessionTtlSeconds(runtime, session));
    } catch {
      log(`auth: sign-in of ${session.email ?? session.subject} failed: session store unavailable`);
      return respond(503, STORE_DOWN_DETAIL, signIn.next);
    }
    await writeSessionId(c, settings, keys.sessionCookie, session.id);
    const decision = decideAccess(settings.allow, session);
    log(`auth: sign-in ${session.email ?? session.subject} ${decision.allowed ? 'allowed' : 'not allowed'}: ${decision.reason}`);
    return c.redirect(signIn.next, 302);
  });

  const publicOrigin = new URL(settings.publicUrl).origin;
  const sameSite = csrf({ origin: publicOrigin, secFetchSite: 'same-origin' });
  routes.post('/logout', async (c) => {
    try {
      await sameSite(c, () => Promise.resolve());
    } catch (error) {
      if (!(error instanceof HTTPException)) throw error;
      log(`auth: sign-out refused: cross-site request (Origin ${c.req.header('origin') ?? 'none'})`);
      return plainText(403, 'Sign-out refused: the request came from another site.');
    }
    const id = await readSessionId(c, settings, keys.sessionCookie);
    let session: Session | null = null;
    try {
      if (id !== null) {
        session = await runtime.store.get(id);
        await runtime.store.delete(id);
      }
    } catch {
      log('auth: sign-out failed: session store unavailable');
      return plainText(503, STORE_DOWN_DETAIL);
    }
    clearSessionCookie(c, settings);
    log(`auth: sign-out ${session?.email ?? session?.subject ?? '(no session)'}`);
    const endSession = provider.endSessionUrl(session?.idToken, `${settings.publicUrl}/`);
    return c.redirect(endSession?.href ?? '/', 303);
  });

  return routes;
}
