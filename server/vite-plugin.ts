import type { Plugin } from 'vite';
import type * as DevServerModule from './dev-server.ts';
import type { DevApi } from './dev-server.ts';

// Loaded through Vite's SSR loader rather than imported: vite.config.ts (and so every Vitest
// run) bundles this file, and the server with its demo data must not be part of that bundle.
const DEV_MODULE = '/server/dev-server.ts';

function handledByApp(url: string | undefined): boolean {
  const path = (url ?? '').split('?')[0] ?? '';
  return path === '/healthz' || path === '/api' || path.startsWith('/api/');
}

/**
 * Serves /api/ and /healthz from the same Hono app as `npm start` and fills the config meta
 * tag, so the dev server behaves like production.
 */
export function apiDevPlugin(): Plugin {
  let devApi: DevApi | null = null;

  return {
    name: 'ibl-api-dev',
    apply: 'serve',
    async configureServer(server) {
      if (process.env.VITEST) return;
      // The SSR loader cannot carry the module's type, so it is restated here.
      const devModule = (await server.ssrLoadModule(DEV_MODULE)) as typeof DevServerModule;
      const logger = server.config.logger;
      const api = devModule.createDevApi(server.config.root, (line) => logger.info(line, { timestamp: true }));
      devApi = api;
      server.middlewares.use((req, res, next) => {
        if (!handledByApp(req.url)) {
          next();
          return;
        }
        api.handle(req, res).catch(next);
      });
      logger.info(`  ibl analytics API: ${api.source}`);
    },
    transformIndexHtml: {
      handler(html, context) {
        // Only the dev server fills the tag; a build keeps the placeholder for the server to fill per request.
        if (context.server === undefined || devApi === null) return html;
        return devApi.renderIndexHtml(html);
      },
    },
  };
}
