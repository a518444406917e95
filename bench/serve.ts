/**
 * The server the bench measures, started as its own process: the real app (server/app.ts) on
 * the bench's build, plus the two floors under /floor/ on the same origin. With
 * `--api=static` every API call is answered with one fixed body instead of the demo's
 * queries: the baseline of the server benchmark.
 * With `--probe`, every HTML page starts with bench/probe.js (its hash added to the page's
 * Content-Security-Policy), and the figures pages send to /__bench/report are printed on stdout,
 * one `bench-report {"name":…,"target":…,"value":…}` line each (bench/probe-injection.ts).
 * The first view is rendered on the server with the build's renderer beside the client directory
 * (bench/first-view-module.ts), as server/main.ts does, unless `--no-first-view`.
 *   tsx bench/serve.ts --port=4390 --client=bench/.tmp/app [--floor=bench/.tmp/floor] [--api=static] [--probe] [--no-first-view]
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { loadFirstViewRenderer } from '../server/first-view-loader.ts';
import { firstViewModule } from './first-view-module.ts';
import { builtFiles } from '../server/static.ts';
import { REPORT_PATH, reportLine, withProbe } from './probe-injection.ts';
import { STATIC_API_BODY } from './static-body.ts';

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((argument) => argument.startsWith(prefix))?.slice(prefix.length);
}

const port = Number(option('port') ?? '4390');
const clientDir = option('client');
const floorDir = option('floor');
if (clientDir === undefined) throw new Error('--client=<built app directory> is required');

const config = loadConfig({ HOST: '127.0.0.1', PORT: String(port), IBL_ORG: 'demo', IBL_USER_ID: 'admin' });
// The server renders first views as server/main.ts does, unless told --no-first-view.
const renderFirstView = process.argv.includes('--no-first-view')
  ? null
  : await loadFirstViewRenderer(firstViewModule(clientDir), (line) => console.error(line));
const app = createApp({
  config,
  clientDir,
  renderFirstView,
  ...(option('api') === 'static' ? { demoApi: () => ({ status: 200, body: STATIC_API_BODY }) } : {}),
});
// The floors' files go out exactly as the app's do (build-time Brotli or gzip, same headers).
const floors = floorDir === undefined ? null : floorFiles(floorDir);

function floorFiles(root: string): Hono {
  const files = builtFiles(root);
  return new Hono().get('*', async (c) => (await files(c)) ?? c.text('Not found.\n', 404));
}

const probe = process.argv.includes('--probe');

async function handle(request: Request, env: unknown): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (probe && pathname === REPORT_PATH && request.method === 'POST') {
    process.stdout.write(await reportLine(request));
    return new Response(null, { status: 204 });
  }
  const response = floors !== null && pathname.startsWith('/floor/') ? await floors.fetch(request, env) : await app.fetch(request, env);
  return probe ? withProbe(response, pathname) : response;
}

const server = serve(
  {
    hostname: '127.0.0.1',
    port,
    fetch: handle,
  },
  () => console.log(`bench server on http://127.0.0.1:${port}`),
);

const stop = () => server.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
