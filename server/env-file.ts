import { existsSync } from 'node:fs';

/**
 * Loads a .env file into process.env if there is one. Node's loader leaves variables that are
 * already set alone, so the real environment wins over the file.
 */
export function loadEnvFileIfPresent(path: string): boolean {
  if (!existsSync(path)) return false;
  process.loadEnvFile(path);
  return true;
}
