const formatters = new Map<string, unknown>();

/**
 * One Intl formatter per kind and locale. Building one costs far more than using it: on a
 * first load the dashboard built dozens and spent about 20 ms of its time to data doing so.
 */
export function cachedFormatter<T>(kind: string, locale: string | undefined, build: () => T): T {
  const key = `${kind}|${locale ?? ''}`;
  const known = formatters.get(key) as T | undefined;
  if (known !== undefined) return known;
  const made = build();
  formatters.set(key, made);
  return made;
}
