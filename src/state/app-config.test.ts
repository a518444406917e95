import { describe, expect, it } from 'vitest';
import { ALICE } from '../test/auth-fixtures';
import { allowedOrgIds, displayName, FALLBACK_CONFIG, readAppConfig } from './app-config';

function pageWith(content: unknown): Document {
  const doc = document.implementation.createHTMLDocument('page');
  const meta = doc.createElement('meta');
  meta.name = 'ibl-config';
  meta.content = typeof content === 'string' ? content : JSON.stringify(content);
  doc.head.append(meta);
  return doc;
}

const signedIn = {
  mode: 'proxy',
  org: 'demo',
  userId: 'admin',
  userFixed: true,
  auth: ALICE,
};

describe('readAppConfig', () => {
  it('reads who is signed in, the allowed orgs and the fixed user', () => {
    const config = readAppConfig(pageWith(signedIn));
    expect(config).toEqual(signedIn);
    expect(displayName(config.auth.user)).toBe('Alice Example');
    expect(allowedOrgIds(config.auth)).toEqual(['demo', 'northwind-academy']);
  });

  it('reads a page without auth fields as a dashboard without sign-in', () => {
    const config = readAppConfig(pageWith({ mode: 'demo', org: 'demo', userId: 'admin' }));
    expect(config.auth).toEqual({ mode: 'none', user: null, allowed: true, orgs: [], signOut: false });
    expect(config.userFixed).toBe(false);
    expect(allowedOrgIds(config.auth)).toBeNull();
  });

  it('falls back to the defaults when the meta is missing or not a JSON object', () => {
    expect(readAppConfig(document.implementation.createHTMLDocument('bare'))).toBe(FALLBACK_CONFIG);
    expect(readAppConfig(pageWith('{not json'))).toBe(FALLBACK_CONFIG);
    expect(readAppConfig(pageWith('[1,2]'))).toBe(FALLBACK_CONFIG);
  });

  it('falls back closed when the auth field is unreadable or allowed is anything but true', () => {
    for (const auth of ['yes', null, [], { ...signedIn.auth, allowed: 'true' }, { ...signedIn.auth, allowed: undefined }]) {
      const config = readAppConfig(pageWith({ ...signedIn, auth }));
      expect(config.auth.allowed, JSON.stringify(auth)).toBe(false);
    }
  });

  it('fixes the user whenever sign-in is on, even if userFixed is missing', () => {
    expect(readAppConfig(pageWith({ ...signedIn, userFixed: undefined })).userFixed).toBe(true);
  });

  it('names a person by email when there is no name, and skips malformed orgs', () => {
    const config = readAppConfig(
      pageWith({
        ...signedIn,
        auth: { ...signedIn.auth, user: { name: '', email: 'bob@elsewhere.example' }, orgs: [{ id: 'x' }, { name: 'no id' }, 'y'] },
      }),
    );
    expect(displayName(config.auth.user)).toBe('bob@elsewhere.example');
    expect(config.auth.orgs).toEqual([{ id: 'x', name: 'x' }]);
    expect(config.auth.signOut).toBe(true);
  });

  it('never shows Sign out unless the server says so', () => {
    expect(readAppConfig(pageWith({ ...signedIn, auth: { ...signedIn.auth, signOut: 1 } })).auth.signOut).toBe(false);
  });
});
