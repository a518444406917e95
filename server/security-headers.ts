import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

type ContentSecurityPolicy = NonNullable<NonNullable<Parameters<typeof secureHeaders>[0]>['contentSecurityPolicy']>;

export interface SecurityPolicyOptions {
  /** Origins a form may be sent to besides this one (sign-out redirects to the identity provider). */
  formActionSources?: readonly string[];
}

/** No inline script, no framing: everything the page loads comes from this origin. */
export function contentSecurityPolicy(options: SecurityPolicyOptions = {}): ContentSecurityPolicy {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    // Recharts and Tailwind set inline style attributes.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'", ...(options.formActionSources ?? [])],
  };
}

/**
 * The headers every answer carries (pages, files, API, errors): hono/secure-headers' defaults
 * with our policy. No Strict-Transport-Security: this server speaks plain HTTP behind whatever
 * terminates TLS, and that is where the operator decides on HSTS and its subdomains.
 */
export function securityHeaders(options: SecurityPolicyOptions = {}): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: contentSecurityPolicy(options),
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    xContentTypeOptions: 'nosniff',
    strictTransportSecurity: false,
  });
}
