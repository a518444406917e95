import { expect, it } from 'vitest';
import { deriveKey, seal, unseal } from './sealed-value.ts';

const key = deriveKey('a-session-secret-of-more-than-32-characters', 'sign-in state cookie');

it('opens what it sealed, and nothing altered or sealed elsewhere', () => {
  const sealed = seal(key, 'ibl_signin', { state: 's', next: '/?a=1' });
  expect(sealed).not.toContain('state');
  expect(unseal(key, 'ibl_signin', sealed)).toEqual({ state: 's', next: '/?a=1' });
  expect(unseal(key, 'ibl_session', sealed)).toBeNull();
  expect(unseal(deriveKey('another-session-secret-of-32-characters!', 'sign-in state cookie'), 'ibl_signin', sealed)).toBeNull();
  const bytes = Buffer.from(sealed, 'base64url');
  bytes[14] = (bytes[14] ?? 0) ^ 1;
  expect(unseal(key, 'ibl_signin', bytes.toString('base64url'))).toBeNull();
  expect(unseal(key, 'ibl_signin', 'short')).toBeNull();
});

it('derives different keys for different purposes', () => {
  expect(deriveKey('a-session-secret-of-more-than-32-characters', 'session cookie signature').equals(key)).toBe(false);
});
