import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFirstViewRenderer } from './first-view-loader.ts';

const dir = mkdtempSync(join(tmpdir(), 'ibl-renderer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function moduleFile(name: string, source: string): string {
  const file = join(dir, name);
  writeFileSync(file, source);
  return file;
}

async function load(file: string) {
  const lines: string[] = [];
  const render = await loadFirstViewRenderer(file, (line) => lines.push(line));
  return { render, lines };
}

describe('loadFirstViewRenderer', () => {
  it('says in one line that pages are drawn in the browser when the build is missing', async () => {
    const { render, lines } = await load(join(dir, 'nowhere.js'));
    expect(render).toBeNull();
    expect(lines).toEqual([`first view: ${join(dir, 'nowhere.js')} is missing (run \`npm run build\`); pages are rendered in the browser`]);
  });

  it('refuses a module without renderFirstView, or one that cannot draw the demo data', async () => {
    const empty = await load(moduleFile('empty.mjs', 'export const other = 1;'));
    expect(empty.render).toBeNull();
    expect(empty.lines[0]).toMatch(/exports no renderFirstView; pages are rendered in the browser$/);
    const broken = await load(moduleFile('broken.mjs', 'export async function renderFirstView() { throw new Error("window is not defined"); }'));
    expect(broken.render).toBeNull();
    expect(broken.lines[0]).toMatch(/does not render \(window is not defined\); pages are rendered in the browser$/);
  });

  it('draws one first view from the demo data before answering any page, through the app’s own routes', async () => {
    const file = moduleFile(
      'working.mjs',
      `export const seen = [];
       export async function renderFirstView(request) {
         const answer = await request.fetch('/api/ai-analytics/orgs/demo/users/admin/tenant-cost/?start_date=2026-11-01&end_date=2026-11-07', { headers: {} });
         seen.push({ page: request.pageUrl, status: answer.status, body: await answer.json() });
         return { html: '<main></main>', state: '{}', answered: [] };
       }`,
    );
    const { render, lines } = await load(file);
    expect(render).toBeTypeOf('function');
    expect(lines).toEqual([]);
    const { seen } = (await import(file)) as { seen: { page: string; status: number; body: { total_cost: number } }[] };
    expect(seen).toHaveLength(1);
    expect(seen[0]?.status).toBe(200);
    expect(seen[0]?.body.total_cost).toBeGreaterThan(0);
  });
});
