import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { loadEnvFileIfPresent } from './env-file.ts';
import { publicConfigOf, renderIndexHtml } from './index-html.ts';

export interface DevApi {
  handle: (incoming: IncomingMessage, outgoing: ServerResponse) => Promise<void>;
  renderIndexHtml: (html: string) => string;
  /** "demo data" or "proxy to <host>", for the start-up line. */
  source: string;
}

/** The production app wired for Vite's dev server, configured from .env and the environment. */
export function createDevApi(root: string, log: (line: string) => void): DevApi {
  loadEnvFileIfPresent(resolve(root, '.env'));
  const config = loadConfig(process.env);
  const publicConfig = publicConfigOf(config);
  const app = createApp({ config, log });
  return {
    handle: getRequestListener(app.fetch),
    renderIndexHtml: (html) => renderIndexHtml(html, publicConfig),
    source: config.mode === 'demo' ? 'demo data' : `proxy to ${config.apiBase.host}`,
  };
}
