/**
 * The figures pages send to the bench server (bench/probe.js → POST /__bench/report), read from
 * the server's stdout, where bench/serve.ts --probe prints one `bench-report {json}` line each.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export const REPORT_LINE_PREFIX = 'bench-report ';

export interface PageReport {
  name: string;
  target: string;
  value: number;
}

/** A report line as the server prints it, or null for any other line. */
export function parseReportLine(line: string): PageReport | null {
  return line.startsWith(REPORT_LINE_PREFIX) ? parseReport(line.slice(REPORT_LINE_PREFIX.length)) : null;
}

/** A beacon's body (the probe's JSON), or null when it is not one. */
export function parseReport(text: string): PageReport | null {
  try {
    const body = JSON.parse(text) as Partial<PageReport>;
    return typeof body.name === 'string' && typeof body.target === 'string' && typeof body.value === 'number'
      ? { name: body.name, target: body.target, value: body.value }
      : null;
  } catch {
    return null;
  }
}

interface Waiter {
  name: string;
  target: string;
  resolve: (value: number) => void;
}

export class PageReports {
  private readonly waiters: Waiter[] = [];

  /** Reads the reports a bench server prints, if given its output; `add` takes them from anywhere else. */
  constructor(output?: Readable) {
    if (output === undefined) return;
    createInterface({ input: output }).on('line', (line) => {
      const report = parseReportLine(line);
      if (report !== null) this.add(report);
    });
  }

  add(report: PageReport): void {
    // Reports nobody waits for (pages Playwright drives also send them) are dropped.
    const index = this.waiters.findIndex((waiter) => waiter.name === report.name && waiter.target === report.target);
    if (index === -1) return;
    const [waiter] = this.waiters.splice(index, 1);
    waiter?.resolve(report.value);
  }

  /** The next report of this name from a page of this target. Start waiting before the navigation that causes it. */
  next(name: string, target: string, timeoutMs: number): Promise<number> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const index = this.waiters.indexOf(waiter);
        if (index !== -1) this.waiters.splice(index, 1);
        reject(new Error(`no ${name} report from the ${target} page within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      const waiter: Waiter = {
        name,
        target,
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
      };
      this.waiters.push(waiter);
    });
  }
}
