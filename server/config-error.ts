/** A configuration mistake; the message is one line meant for the operator and never holds a secret. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
