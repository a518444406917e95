import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * JSON sealed with AES-256-GCM under a key derived from SESSION_SECRET: unreadable and
 * tamper-proof in the browser's hands, and readable by every instance that shares the secret.
 */

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A 32-byte key for one purpose, so the cookie keys never equal each other or the secret itself. */
export function deriveKey(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'ibl-analytics-dashboard', purpose, 32));
}

/** `label` binds the value to its use (e.g. the cookie name): a value sealed for one use opens for no other. */
export function seal(key: Buffer, label: string, value: unknown): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(label));
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
}

/** The sealed value, or null when it was altered, sealed under another key or label, or is not ours. */
export function unseal(key: Buffer, label: string, sealed: string): unknown {
  const bytes = Buffer.from(sealed, 'base64url');
  if (bytes.length < IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(label));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    const plain = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
    return JSON.parse(plain.toString('utf8')) as unknown;
  } catch {
    return null;
  }
}
