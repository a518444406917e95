import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_SESSION_SECRET } from './auth-test-app.ts';

/** The server process itself: a sign-in mistake stops it with one line before it listens. */

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
// An empty working directory, so no .env of the checkout is read.
const cwd = mkdtempSync(join(tmpdir(), 'ibl-start-'));

afterAll(() => rmSync(cwd, { recursive: true, force: true }));

function run(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [MAIN], {
      cwd,
      env: { PATH: process.env.PATH, PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      // Started: that is an answer too; stop it.
      if (stdout.includes('ibl analytics dashboard on')) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('starting the server', () => {
  it('refuses a non-loopback HOST with sign-in unset, in one line', async () => {
    const { code, stdout, stderr } = await run({ HOST: '0.0.0.0' });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^HOST 0\.0\.0\.0 is not a loopback address.*AUTH=none/);
  });

  it('names an unreachable issuer in one line and exits 1 without listening', async () => {
    const port = await closedPort();
    const { code, stdout, stderr } = await run({
      OIDC_ISSUER: `http://127.0.0.1:${port}`,
      OIDC_CLIENT_ID: 'dashboard',
      OIDC_CLIENT_SECRET: 'secret',
      SESSION_SECRET: TEST_SESSION_SECRET,
    });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe(
      `OIDC_ISSUER http://127.0.0.1:${port}/: cannot read its discovery document (.well-known/openid-configuration): connection refused.`,
    );
  });

  it('reports a short secret in one line', async () => {
    const { code, stderr } = await run({ OIDC_ISSUER: 'https://login.school.example', OIDC_CLIENT_ID: 'a', OIDC_CLIENT_SECRET: 'b', SESSION_SECRET: 'short' });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('SESSION_SECRET is 5 characters long; it must have at least 32 (e.g. from `openssl rand -base64 32`).');
  });

  it('starts AUTH=none on 0.0.0.0 with a one-line warning', async () => {
    const { stdout, stderr } = await run({ HOST: '0.0.0.0', AUTH: 'none' });
    expect(stderr.trim()).toBe('Warning: AUTH=none on HOST 0.0.0.0: sign-in is off, and anyone who reaches this address sees the dashboard.');
    expect(stdout).toMatch(/^ibl analytics dashboard on http:\/\/0\.0\.0\.0:\d+ \(demo data, sign-in off[,)]/);
  });
});
