/**
 * Return paths after sign-in, kept byte for byte. Node hands over the request target with each
 * byte as one character (latin1), and writes header values back the same way, so a path held
 * as such a "byte string" reaches the Location header exactly as the browser sent it:
 * percent-encodings, "+", quotes and raw UTF-8 alike.
 */

/** Percent-decodes to bytes, one character per byte; never throws, unlike decodeURIComponent. */
function decodeBytes(value: string): string {
  return value.replace(/%([0-9a-f]{2})/gi, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** Percent-encodes every byte outside the unreserved set, so the value survives as one query parameter. */
export function encodeBytes(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'latin1')) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** The raw value of one query parameter, decoded once to bytes ("+" stays "+"), or null. */
export function rawQueryParam(target: string, name: string): string | null {
  const query = target.indexOf('?');
  if (query === -1) return null;
  for (const pair of target.slice(query + 1).split('&')) {
    const equals = pair.indexOf('=');
    const key = equals === -1 ? pair : pair.slice(0, equals);
    if (decodeBytes(key) === name) return decodeBytes(equals === -1 ? '' : pair.slice(equals + 1));
  }
  return null;
}

/**
 * A same-origin path, or "/". Browsers treat "\" like "/" and drop tabs and newlines, so
 * "/\evil.example" and "/\t/evil.example" would leave the site, as would "//evil.example";
 * each is refused as sent and once more after percent-decoding.
 */
export function safeNextPath(raw: string | null | undefined): string {
  if (raw === null || raw === undefined || raw === '') return '/';
  return isSafePath(raw) && isSafePath(decodeBytes(raw)) ? raw : '/';
}

function isSafePath(path: string): boolean {
  if (!path.startsWith('/') || path.startsWith('//')) return false;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f\\]/.test(path)) return false;
  const base = 'http://dashboard.invalid';
  try {
    return new URL(path, base).origin === base;
  } catch {
    return false;
  }
}

/** Where to send someone who opened `target` (path and query as sent) without a session. */
export function loginPathFor(target: string): string {
  return `/auth/login?next=${encodeBytes(target)}`;
}
