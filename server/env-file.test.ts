import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadEnvFileIfPresent } from './env-file.ts';

const NAMES = ['IBL_TEST_FROM_FILE', 'IBL_TEST_ALREADY_SET'];

describe('loadEnvFileIfPresent', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const name of NAMES) delete process.env[name];
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('loads the file but lets variables already in the environment win', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ibl-env-'));
    dirs.push(dir);
    writeFileSync(join(dir, '.env'), 'IBL_TEST_FROM_FILE=file\nIBL_TEST_ALREADY_SET=file\n');
    process.env.IBL_TEST_ALREADY_SET = 'environment';

    expect(loadEnvFileIfPresent(join(dir, '.env'))).toBe(true);
    expect(process.env.IBL_TEST_FROM_FILE).toBe('file');
    expect(process.env.IBL_TEST_ALREADY_SET).toBe('environment');
  });

  it('does nothing without a file', () => {
    expect(loadEnvFileIfPresent(join(tmpdir(), 'ibl-no-such-dir', '.env'))).toBe(false);
  });
});
