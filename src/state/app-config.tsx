import { createContext, use, type ReactNode } from 'react';
import type { UrlRules } from '../../shared/dashboard-url';

export type AuthMode = 'oidc' | 'header' | 'none';

/** Who is signed in and what they may see: the server's `/auth/session` answer. */
export interface AuthInfo {
  mode: AuthMode;
  user: { name: string | null; email: string | null } | null;
  /** False: signed in, but no allow rule matches; the page shows no figure. */
  allowed: boolean;
  /** The orgs this dashboard may show (`IBL_ORGS`), in order, with display names. */
  orgs: { id: string; name: string }[];
  /** Show the Sign out form (oidc mode with a session). */
  signOut: boolean;
}

/** What the server tells the page about itself, in `<meta name="ibl-config">`. Never the key. */
export interface AppConfig {
  mode: 'demo' | 'proxy';
  org: string;
  userId: string;
  auth: AuthInfo;
  /** While sign-in is on the server sends its own user upstream, so a `user=` in the URL is corrected away. */
  userFixed: boolean;
}

const OPEN_AUTH: AuthInfo = { mode: 'none', user: null, allowed: true, orgs: [], signOut: false };

/**
 * No meta, or one that is not a JSON object (a page served by something other than the
 * dashboard server): nothing is known of sign-in, and the server still refuses every API
 * call it should.
 */
export const FALLBACK_CONFIG: AppConfig = { mode: 'demo', org: 'demo', userId: 'admin', auth: OPEN_AUTH, userFixed: false };

/**
 * A meta whose `auth` field cannot be read: closed, so the refusal page shows instead of
 * figures. The server's answers still decide; this only keeps the page from guessing.
 */
const UNREADABLE_AUTH: AuthInfo = { ...OPEN_AUTH, allowed: false };

export function readAppConfig(doc: Document): AppConfig {
  return parseAppConfig(doc.querySelector('meta[name="ibl-config"]')?.getAttribute('content'));
}

/** The meta tag's content, read as the page reads it (the server's render reads it the same way). */
export function parseAppConfig(content: string | null | undefined): AppConfig {
  if (!content) return FALLBACK_CONFIG;
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    return FALLBACK_CONFIG;
  }
  if (!isRecord(value)) return FALLBACK_CONFIG;
  const auth = 'auth' in value ? readAuth(value.auth) : OPEN_AUTH;
  return {
    mode: value.mode === 'proxy' ? 'proxy' : 'demo',
    org: nonEmptyString(value.org) ?? FALLBACK_CONFIG.org,
    userId: nonEmptyString(value.userId) ?? FALLBACK_CONFIG.userId,
    auth,
    userFixed: value.userFixed === true || auth.mode !== 'none',
  };
}

function readAuth(value: unknown): AuthInfo {
  if (!isRecord(value)) return UNREADABLE_AUTH;
  const mode: AuthMode = value.mode === 'oidc' || value.mode === 'header' || value.mode === 'none' ? value.mode : 'oidc';
  return {
    mode,
    user: readUser(value.user),
    // Only an explicit true lets figures show.
    allowed: value.allowed === true,
    orgs: Array.isArray(value.orgs) ? value.orgs.flatMap(readOrg) : [],
    signOut: value.signOut === true,
  };
}

function readUser(value: unknown): AuthInfo['user'] {
  if (!isRecord(value)) return null;
  const name = nonEmptyString(value.name);
  const email = nonEmptyString(value.email);
  return name === null && email === null ? null : { name, email };
}

function readOrg(value: unknown): AuthInfo['orgs'] {
  if (!isRecord(value)) return [];
  const id = nonEmptyString(value.id);
  if (id === null) return [];
  return [{ id, name: nonEmptyString(value.name) ?? id }];
}

function nonEmptyString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How a person is named on the page: their name, else their email. */
export function displayName(user: AuthInfo['user']): string | null {
  return user?.name ?? user?.email ?? null;
}

/** The orgs a URL may name, for the shared parser; null when the server named none. */
export function allowedOrgIds(auth: AuthInfo): string[] | null {
  return auth.orgs.length > 0 ? auth.orgs.map((org) => org.id) : null;
}

/** What the shared URL parser lets a link choose here (the server builds the same from its config). */
export function urlRulesOf(config: AppConfig): UrlRules {
  return { orgs: allowedOrgIds(config.auth), userFixed: config.userFixed };
}

const AppConfigContext = createContext<AppConfig>(FALLBACK_CONFIG);

export function AppConfigProvider({ config, children }: { config: AppConfig; children: ReactNode }) {
  return <AppConfigContext value={config}>{children}</AppConfigContext>;
}

export function useAppConfig(): AppConfig {
  return use(AppConfigContext);
}
