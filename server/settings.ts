import { ConfigError } from './config-error.ts';

/** A variable's trimmed value; undefined when unset or blank. */
export function setting(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** A whole-number variable within [min, max], or `fallback` when unset; anything else stops the server with one line. */
export function wholeNumberSetting(
  env: NodeJS.ProcessEnv,
  name: string,
  { fallback, min, max, unit }: { fallback: number; min: number; max: number; unit: string },
): number {
  const raw = setting(env, name);
  if (raw === undefined) return fallback;
  const value = /^\d{1,6}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(value >= min && value <= max)) {
    throw new ConfigError(`${name} must be a whole number of ${unit} from ${min} to ${max} (got "${raw.slice(0, 40)}").`);
  }
  return value;
}
