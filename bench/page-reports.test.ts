import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { PageReports, parseReport } from './page-reports.ts';

describe('PageReports', () => {
  it('hands each waiter the next report of its name and target, whatever else arrives', async () => {
    const output = new PassThrough();
    const reports = new PageReports(output);
    const app = reports.next('data-bench-shown', 'app', 1000);
    const floor = reports.next('data-bench-shown', 'floor-page', 1000);
    output.write('bench server on http://127.0.0.1:1\n');
    output.write('bench-report {"name":"data-bench-click","target":"app","value":5}\n');
    output.write('bench-report {"name":"data-bench-shown","target":"floor-page","value":61}\n');
    output.write('bench-report {"name":"data-bench-shown","target":"app","value":140.5}\n');
    await expect(app).resolves.toBe(140.5);
    await expect(floor).resolves.toBe(61);
  });

  it('takes beacons handed to it by an in-process server (the cache bench), dropping what is not one', async () => {
    const reports = new PageReports();
    const shown = reports.next('data-bench-shown', 'app', 1000);
    expect(parseReport('not json')).toBeNull();
    expect(parseReport('{"name":"data-bench-shown","target":"app"}')).toBeNull();
    const report = parseReport('{"name":"data-bench-shown","target":"app","value":287}');
    if (report === null) throw new Error('a beacon was not read');
    reports.add(report);
    await expect(shown).resolves.toBe(287);
  });

  it('gives up after its timeout with a message that names the page', async () => {
    const reports = new PageReports(new PassThrough());
    await expect(reports.next('data-bench-shown', 'floor-app', 20)).rejects.toThrow('no data-bench-shown report from the floor-app page within 0.02 s');
  });
});
