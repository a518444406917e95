import * as oidc from 'openid-client';
import { ConfigError } from '../config.ts';
import { isLoopbackHost, type OidcSettings } from './auth-config.ts';

/** What the dashboard needs from the provider, on top of openid-client. */
export interface OidcClient {
  /**
   * Where Sign out's form post may end up (the issuer's origin, and the end_session endpoint's
   * when it differs): the CSP's form-action must allow them, as it applies to redirects too.
   */
  formActionOrigins: string[];
  authorizationUrl(checks: SignInChecks): Promise<URL>;
  /** Completes the code flow; openid-client checks state, PKCE and the ID token (issuer, audience, expiry, nonce). */
  finishSignIn(callbackUrl: URL, checks: SignInChecks): Promise<SignedIn>;
  /** The provider's end_session URL, or null when it has none. */
  endSessionUrl(idToken: string | undefined, postLogoutRedirectUri: string): URL | null;
}

export interface SignInChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface SignedIn {
  claims: Record<string, unknown>;
  idToken: string | undefined;
}

const DISCOVERY_TIMEOUT_SECONDS = 10;

function describeDiscoveryFailure(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  const networkCode = cause instanceof Error && 'code' in cause ? String(cause.code) : undefined;
  if (networkCode === 'ECONNREFUSED') return 'connection refused';
  if (networkCode === 'ENOTFOUND' || networkCode === 'EAI_AGAIN') return 'no such host';
  // fetch refuses ports browsers block (4190, 6000, 6665-6669…) before connecting.
  if (cause instanceof Error && cause.message === 'bad port') return 'fetch refuses that port (a port browsers block); run the provider on another one';
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${DISCOVERY_TIMEOUT_SECONDS} s`;
  }
  const code = error instanceof Error && 'code' in error ? String(error.code) : undefined;
  if (code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' && cause instanceof Response) return `it answered HTTP ${cause.status}`;
  if (code === 'OAUTH_PARSE_ERROR' || code === 'OAUTH_RESPONSE_IS_NOT_JSON') return 'the answer is not JSON';
  if (code === 'OAUTH_INVALID_RESPONSE') return 'the answer is not an OpenID configuration';
  if (code === 'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED') {
    const named = (cause as { body?: { issuer?: unknown } } | undefined)?.body?.issuer;
    return `it names another issuer (${String(named).slice(0, 100)}); set OIDC_ISSUER to exactly that`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return (networkCode ? `${message} (${networkCode})` : message).replace(/\s+/g, ' ').slice(0, 160);
}

/** Reads the provider's discovery document; any failure is one ConfigError line naming OIDC_ISSUER. */
export async function discoverOidcClient(settings: OidcSettings): Promise<OidcClient> {
  // Plain http only ever reaches here for a loopback issuer: the config refuses it elsewhere.
  const insecure = settings.issuer.protocol === 'http:' && isLoopbackHost(settings.issuer.hostname);
  let config: oidc.Configuration;
  try {
    config = await oidc.discovery(
      settings.issuer,
      settings.clientId,
      settings.clientSecret,
      oidc.ClientSecretBasic(settings.clientSecret),
      { timeout: DISCOVERY_TIMEOUT_SECONDS, ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}) },
    );
  } catch (error) {
    throw new ConfigError(
      `OIDC_ISSUER ${settings.issuer.href}: cannot read its discovery document (.well-known/openid-configuration): ${describeDiscoveryFailure(error)}.`,
    );
  }
  const metadata = config.serverMetadata();
  if (!metadata.supportsPKCE('S256')) {
    // Many providers leave code_challenge_methods_supported out yet support S256; only an explicit list without it is a mistake.
    if (metadata.code_challenge_methods_supported !== undefined) {
      throw new ConfigError(`OIDC_ISSUER ${settings.issuer.href} does not offer PKCE with S256, which the dashboard requires.`);
    }
  }
  const redirectUri = `${settings.publicUrl}/auth/callback`;

  return {
    formActionOrigins: [
      ...new Set([metadata.issuer, metadata.end_session_endpoint].flatMap((url) => (url === undefined ? [] : [new URL(url).origin]))),
    ],
    async authorizationUrl(checks) {
      return oidc.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: settings.scopes,
        state: checks.state,
        nonce: checks.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
        code_challenge_method: 'S256',
      });
    },
    async finishSignIn(callbackUrl, checks) {
      const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (idClaims === undefined) throw new Error('The provider answered without an ID token.');
      let claims: Record<string, unknown> = { ...idClaims };
      // Many providers put email and groups only in the userinfo answer; the access token stays here.
      if (metadata.userinfo_endpoint !== undefined) {
        const userInfo = await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub);
        // The ID token's own (checked) claims win where both have one.
        claims = { ...userInfo, ...idClaims };
      }
      return { claims, idToken: tokens.id_token };
    },
    endSessionUrl(idToken, postLogoutRedirectUri) {
      if (metadata.end_session_endpoint === undefined) return null;
      return oidc.buildEndSessionUrl(config, {
        post_logout_redirect_uri: postLogoutRedirectUri,
        client_id: settings.clientId,
        ...(idToken !== undefined ? { id_token_hint: idToken } : {}),
      });
    },
  };
}
