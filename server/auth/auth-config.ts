import { isIP } from 'node:net';
import { isValidIdentifier } from '../../shared/identifiers.ts';
import { ConfigError, type Config } from '../config.ts';
import { DEMO_ORGS } from '../demo/catalog.ts';
import { serverUrl } from '../listen-errors.ts';
import { setting, wholeNumberSetting } from '../settings.ts';
import { parseTrustedProxies, type TrustedProxies } from './trusted-proxies.ts';

export type AuthMode = 'oidc' | 'header' | 'none';

export interface OrgChoice {
  id: string;
  name: string;
}

export interface AllowRules {
  /** Lower case. */
  emails: readonly string[];
  /** Lower case, without "@". */
  domains: readonly string[];
  groups: readonly string[];
}

interface CommonAuth {
  /**
   * IBL_ORGS in order, IBL_ORG always among them. Empty only in openAuth (createApp without an
   * auth runtime), meaning any org.
   */
  orgs: readonly OrgChoice[];
  allow: AllowRules;
  /** One line to print at start, or null. */
  warning: string | null;
}

export interface OidcSettings extends CommonAuth {
  mode: 'oidc';
  issuer: URL;
  clientId: string;
  clientSecret: string;
  scopes: string;
  /** An origin without a trailing slash, e.g. https://analytics.school.edu. */
  publicUrl: string;
  sessionSecret: string;
  idleMs: number;
  maxMs: number;
  groupsClaim: string;
}

export interface HeaderSettings extends CommonAuth {
  mode: 'header';
  /** Lower case, as Headers looks names up. */
  header: string;
  trustedProxies: TrustedProxies;
}

export interface NoAuthSettings extends CommonAuth {
  mode: 'none';
}

export type AuthSettings = OidcSettings | HeaderSettings | NoAuthSettings;

const MIN_SECRET_LENGTH = 32;
const DEFAULT_SCOPES = 'openid email profile';
const DEFAULT_IDLE_MINUTES = 60;
const DEFAULT_MAX_HOURS = 12;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9a-z-]+$/i;
const DOMAIN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

function list(env: NodeJS.ProcessEnv, name: string): string[] {
  return (setting(env, name) ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** localhost, 127.0.0.0/8 and ::1, with or without IPv6 brackets. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost' || bare.endsWith('.localhost')) return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (isIP(bare) === 6) return bare === '::1' || /^::ffff:127\./.test(bare);
  return false;
}

function parseMode(env: NodeJS.ProcessEnv): AuthMode | null {
  const raw = setting(env, 'AUTH');
  if (raw === undefined) return null;
  const mode = raw.toLowerCase();
  if (mode !== 'oidc' && mode !== 'header' && mode !== 'none') {
    throw new ConfigError(`AUTH must be oidc, header or none (got "${raw.slice(0, 40)}").`);
  }
  return mode;
}

function parseOrgs(env: NodeJS.ProcessEnv, config: Config): OrgChoice[] {
  const entries = list(env, 'IBL_ORGS');
  if (entries.length === 0) {
    if (config.mode === 'proxy') return [{ id: config.org, name: config.org }];
    const demo = DEMO_ORGS.map((org) => ({ id: org.id, name: org.name }));
    return demo.some((org) => org.id === config.org) ? demo : [{ id: config.org, name: config.org }, ...demo];
  }
  const orgs: OrgChoice[] = [];
  for (const entry of entries) {
    const equals = entry.indexOf('=');
    const id = (equals === -1 ? entry : entry.slice(0, equals)).trim();
    const name = equals === -1 ? id : entry.slice(equals + 1).trim();
    if (!isValidIdentifier(id)) {
      throw new ConfigError(
        `IBL_ORGS: "${id.slice(0, 40)}" is not an org id (letters, digits and . _ @ + -); write entries as id or id=Display Name, separated by commas.`,
      );
    }
    if (name === '') throw new ConfigError(`IBL_ORGS: "${id}=" has an empty display name; write id or id=Display Name.`);
    if (orgs.some((org) => org.id === id)) throw new ConfigError(`IBL_ORGS lists "${id}" twice.`);
    orgs.push({ id, name });
  }
  if (!orgs.some((org) => org.id === config.org)) {
    throw new ConfigError(`IBL_ORGS must include IBL_ORG ("${config.org}"), the org the dashboard opens on.`);
  }
  return orgs;
}

function parseAllowRules(env: NodeJS.ProcessEnv): AllowRules {
  const emails = list(env, 'AUTH_ALLOWED_EMAILS').map((email) => email.toLowerCase());
  const badEmail = emails.find((email) => !EMAIL.test(email));
  if (badEmail !== undefined) {
    throw new ConfigError(`AUTH_ALLOWED_EMAILS: "${badEmail.slice(0, 80)}" is not an email address.`);
  }
  const domains = list(env, 'AUTH_ALLOWED_DOMAINS').map((domain) => domain.replace(/^@/, '').toLowerCase());
  const badDomain = domains.find((domain) => !DOMAIN.test(domain));
  if (badDomain !== undefined) {
    throw new ConfigError(`AUTH_ALLOWED_DOMAINS: "${badDomain.slice(0, 80)}" is not a domain like school.edu.`);
  }
  return { emails, domains, groups: list(env, 'AUTH_ALLOWED_GROUPS') };
}

function parseIssuer(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('OIDC_ISSUER is not a valid URL; expected something like https://accounts.google.com.');
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new ConfigError(
      'OIDC_ISSUER must start with https:// (http:// is accepted only on localhost, 127.0.0.0/8 or [::1], for testing).',
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError('OIDC_ISSUER must start with https://, like https://accounts.google.com.');
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new ConfigError('OIDC_ISSUER must be the bare issuer URL, without user name, query string or fragment.');
  }
  return url;
}

function parsePublicUrl(env: NodeJS.ProcessEnv, config: Config): string {
  const raw = setting(env, 'PUBLIC_URL');
  if (raw === undefined) {
    if (!isLoopbackHost(config.host)) {
      throw new ConfigError(
        `PUBLIC_URL is required with AUTH=oidc when HOST (${config.host}) is not a loopback address: set it to the address people open, e.g. https://analytics.school.edu.`,
      );
    }
    return serverUrl(config.host, config.port);
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('PUBLIC_URL is not a valid URL; expected something like https://analytics.school.edu.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError('PUBLIC_URL must start with https:// (or http:// for a loopback test setup).');
  }
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/') {
    throw new ConfigError(
      'PUBLIC_URL must be an origin only, like https://analytics.school.edu: the dashboard is served from its root.',
    );
  }
  return url.origin;
}

function parseOidc(env: NodeJS.ProcessEnv, config: Config, common: CommonAuth): OidcSettings {
  const rawIssuer = setting(env, 'OIDC_ISSUER');
  if (rawIssuer === undefined) {
    throw new ConfigError('AUTH=oidc needs OIDC_ISSUER, the address of your identity provider (e.g. https://accounts.google.com).');
  }
  const issuer = parseIssuer(rawIssuer);
  const clientId = setting(env, 'OIDC_CLIENT_ID');
  if (clientId === undefined) {
    throw new ConfigError('OIDC_CLIENT_ID is empty; set it to the client ID of the app registered at your identity provider.');
  }
  const clientSecret = setting(env, 'OIDC_CLIENT_SECRET');
  if (clientSecret === undefined) {
    throw new ConfigError('OIDC_CLIENT_SECRET is empty; set it to the client secret of the app registered at your identity provider.');
  }
  const sessionSecret = setting(env, 'SESSION_SECRET');
  if (sessionSecret === undefined) {
    throw new ConfigError(
      'SESSION_SECRET is required with AUTH=oidc: at least 32 random characters (e.g. from `openssl rand -base64 32`), the same on every instance.',
    );
  }
  if (sessionSecret.length < MIN_SECRET_LENGTH) {
    throw new ConfigError(
      `SESSION_SECRET is ${sessionSecret.length} characters long; it must have at least ${MIN_SECRET_LENGTH} (e.g. from \`openssl rand -base64 32\`).`,
    );
  }
  const scopes = (setting(env, 'OIDC_SCOPES') ?? DEFAULT_SCOPES).split(/\s+/);
  if (!scopes.includes('openid')) throw new ConfigError('OIDC_SCOPES must include openid (default: openid email profile).');
  const publicUrl = parsePublicUrl(env, config);
  return {
    ...common,
    mode: 'oidc',
    issuer,
    clientId,
    clientSecret,
    scopes: scopes.join(' '),
    publicUrl,
    sessionSecret,
    idleMs: wholeNumberSetting(env, 'SESSION_IDLE_MINUTES', { fallback: DEFAULT_IDLE_MINUTES, min: 1, max: 10_080, unit: 'minutes' }) * 60_000,
    maxMs: wholeNumberSetting(env, 'SESSION_MAX_HOURS', { fallback: DEFAULT_MAX_HOURS, min: 1, max: 8_760, unit: 'hours' }) * 3_600_000,
    groupsClaim: setting(env, 'OIDC_GROUPS_CLAIM') ?? 'groups',
  };
}

function parseHeader(env: NodeJS.ProcessEnv, common: CommonAuth): HeaderSettings {
  const header = setting(env, 'AUTH_HEADER');
  if (header === undefined) {
    throw new ConfigError(
      'AUTH=header needs AUTH_HEADER, the request header your proxy puts the signed-in email in (e.g. X-Forwarded-Email).',
    );
  }
  if (!HEADER_NAME.test(header)) throw new ConfigError(`AUTH_HEADER "${header.slice(0, 40)}" is not a valid header name.`);
  const entries = list(env, 'AUTH_TRUSTED_PROXIES');
  if (entries.length === 0) {
    throw new ConfigError(
      'AUTH=header needs AUTH_TRUSTED_PROXIES, the addresses or CIDR ranges of the proxy that sets AUTH_HEADER (e.g. 127.0.0.1 or 10.0.0.0/8).',
    );
  }
  const trustedProxies = parseTrustedProxies(entries);
  if ('invalid' in trustedProxies) {
    throw new ConfigError(
      `AUTH_TRUSTED_PROXIES: "${trustedProxies.invalid.slice(0, 60)}" is not an IP address or CIDR range like 10.0.0.0/8 or fd00::/8.`,
    );
  }
  if (common.allow.groups.length > 0) {
    throw new ConfigError('AUTH_ALLOWED_GROUPS needs AUTH=oidc: in header mode only an email arrives; use AUTH_ALLOWED_EMAILS or AUTH_ALLOWED_DOMAINS.');
  }
  return { ...common, mode: 'header', header: header.toLowerCase(), trustedProxies };
}

/**
 * Reads the sign-in settings. Everything here is checked without the network, so a missing or
 * short secret is reported before the issuer is ever asked for its discovery document.
 */
export function loadAuthConfig(env: NodeJS.ProcessEnv, config: Config): AuthSettings {
  const explicit = parseMode(env);
  const mode: AuthMode = explicit ?? (setting(env, 'OIDC_ISSUER') !== undefined ? 'oidc' : 'none');
  const loopback = isLoopbackHost(config.host);
  if (explicit === null && mode === 'none' && !loopback) {
    throw new ConfigError(
      `HOST ${config.host} is not a loopback address, so anyone who reaches it would see the dashboard: set OIDC_ISSUER (with OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, SESSION_SECRET, PUBLIC_URL) to turn sign-in on, AUTH=header behind a signing-in proxy, or AUTH=none to run it open deliberately.`,
    );
  }
  const allow = parseAllowRules(env);
  const common: CommonAuth = { orgs: parseOrgs(env, config), allow, warning: null };
  if (mode === 'oidc') return parseOidc(env, config, common);
  if (mode === 'header') return parseHeader(env, common);
  const rule = ['AUTH_ALLOWED_EMAILS', 'AUTH_ALLOWED_DOMAINS', 'AUTH_ALLOWED_GROUPS'].find((name) => setting(env, name));
  if (rule !== undefined) {
    throw new ConfigError(`${rule} has no effect with AUTH=none; turn sign-in on with OIDC_ISSUER or AUTH=header, or remove it.`);
  }
  return {
    ...common,
    mode: 'none',
    warning: loopback
      ? null
      : `Warning: AUTH=none on HOST ${config.host}: sign-in is off, and anyone who reaches this address sees the dashboard.`,
  };
}

/** Whether the viewer's choice of `user` is overridden by IBL_USER_ID. */
export function signInIsOn(settings: AuthSettings): boolean {
  return settings.mode !== 'none';
}
