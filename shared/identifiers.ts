/**
 * Org keys and user ids go into the upstream path, so only a conservative character set is
 * accepted: no slashes, percent signs, backslashes or leading dots can reach a URL. Mentor ids
 * travel in the query string and may also hold a colon.
 */
const PATH_ID = /^[A-Za-z0-9][A-Za-z0-9._@+-]{0,127}$/;
const MENTOR_ID = /^[A-Za-z0-9][A-Za-z0-9._:@+-]{0,127}$/;

export const PATH_ID_RULE = 'letters, digits and . _ @ + -, at most 128 characters';
export const MENTOR_ID_RULE = 'letters, digits and . _ : @ + -, at most 128 characters';

/** An org key or user id that may go into an API path. */
export function isValidIdentifier(value: string): boolean {
  return PATH_ID.test(value);
}

export function isValidMentorId(value: string): boolean {
  return MENTOR_ID.test(value);
}
