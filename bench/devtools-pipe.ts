/**
 * Chromium driven over its DevTools pipe, with pages that have no DevTools domain enabled.
 *
 * Playwright enables the Runtime domain in every page it drives. With it on, V8 records a stack
 * with line numbers for every Error a page creates, re-parsing each function on the stack to find
 * them. React DOM creates five Errors while its module initialises, from inside a 200 kB function
 * called from the bundle's top level: in a trace, two V8.CollectSourcePositions of about 9 ms
 * each, and the app's module evaluation takes 30 ms instead of 7. No visitor's browser pays that,
 * and the floor page, having no React, does not either. So time to data is measured in pages the
 * bench opens and navigates through a session that enables nothing, and the page beacons its
 * figure to the server (bench/serve.ts --probe) instead of logging it to a console nobody reads.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

interface Pending {
  resolve: (value: Record<string, unknown>) => void;
  reject: (error: Error) => void;
}

export class DevToolsPipe {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private buffer = '';
  private failure: Error | null = null;

  private constructor(
    private readonly child: ChildProcess,
    private readonly profile: string,
  ) {
    const input = child.stdio[4] as Readable;
    input.setEncoding('utf8');
    input.on('data', (chunk: string) => this.receive(chunk));
    const fail = (error: Error) => {
      this.failure = error;
      for (const { reject } of this.pending.values()) reject(error);
      this.pending.clear();
    };
    child.once('exit', (code, signal) => fail(new Error(`Chromium exited (${signal ?? code})`)));
    child.once('error', (error) => fail(new Error(`Chromium could not run: ${error.message}`)));
    (child.stdio[3] as Writable).on('error', (error) => fail(new Error(`Chromium's DevTools pipe failed: ${error.message}`)));
    input.on('error', (error) => fail(new Error(`Chromium's DevTools pipe failed: ${error.message}`)));
  }

  /** Starts headless Chromium with a throwaway profile and the given extra arguments, in UTC. */
  static launch(executable: string, args: readonly string[]): DevToolsPipe {
    const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
    const child = spawn(
      executable,
      ['--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`, '--no-sandbox', '--hide-scrollbars', '--mute-audio', ...args, 'about:blank'],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'], env: { ...process.env, TZ: 'UTC' } },
    );
    return new DevToolsPipe(child, profile);
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let end = this.buffer.indexOf('\0');
    while (end !== -1) {
      const message = JSON.parse(this.buffer.slice(0, end)) as { id?: number; result?: Record<string, unknown>; error?: { message: string } };
      this.buffer = this.buffer.slice(end + 1);
      const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
      if (waiting !== undefined && message.id !== undefined) {
        this.pending.delete(message.id);
        if (message.error) waiting.reject(new Error(message.error.message));
        else waiting.resolve(message.result ?? {});
      }
      end = this.buffer.indexOf('\0');
    }
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    if (this.failure !== null) return Promise.reject(this.failure);
    const id = this.nextId;
    this.nextId += 1;
    const result = new Promise<Record<string, unknown>>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    (this.child.stdio[3] as Writable).write(`${JSON.stringify({ id, method, params, ...(sessionId === undefined ? {} : { sessionId }) })}\0`);
    return result;
  }

  /**
   * A blank page in a new, empty browser context (no cache, no storage). `navigate` sends it to a
   * URL, as Playwright's page.goto would, but through a session that enables no domain.
   */
  async openPage(): Promise<{ navigate: (url: string) => Promise<void>; close: () => Promise<void> }> {
    const { browserContextId } = await this.send('Target.createBrowserContext');
    const { targetId } = await this.send('Target.createTarget', { url: 'about:blank', browserContextId });
    const { sessionId } = await this.send('Target.attachToTarget', { targetId, flatten: true });
    // An answer from the page's renderer: it is up, as a Playwright page is when newPage resolves.
    await this.send('Page.getFrameTree', {}, sessionId as string);
    return {
      navigate: async (url) => {
        await this.send('Page.navigate', { url }, sessionId as string);
      },
      close: async () => {
        await this.send('Target.disposeBrowserContext', { browserContextId });
      },
    };
  }

  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
    try {
      await Promise.race([this.send('Browser.close'), wait(2000)]);
    } catch {
      // Already gone.
    }
    await Promise.race([exited, wait(5000)]);
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGKILL');
      await exited;
    }
    rmSync(this.profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
}
