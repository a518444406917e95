/**
 * Org keys and user ids go into the upstream path, so only a conservative character set is
 * accepted: no slashes, percent signs, backslashes or leading dots can reach a URL.
 */
const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._@+-]{0,127}$/;

export function isValidIdentifier(value: string): boolean {
  return IDENTIFIER.test(value);
}
