import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { RenderFirstView } from '../shared/first-view-render.ts';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';

/**
 * Renders one first view from the demo data, once, at start: the renderer is checked before the
 * first visitor comes, and its code is compiled, so that visitor's page is not the one that waits
 * for it (the first render in a process takes several times as long as the next).
 */
async function warmUp(render: RenderFirstView): Promise<void> {
  const demo = createApp({ config: loadConfig({}) });
  const markup = await render({
    pageUrl: 'http://127.0.0.1/?period=30d',
    configJson: JSON.stringify({ mode: 'demo', org: 'demo', userId: 'admin' }),
    locale: undefined,
    fetch: (target, init) => Promise.resolve(demo.request(target, init)),
  });
  if (markup === null) throw new Error('it drew nothing from the demo data');
}

/**
 * The built renderer (`vite build --ssr`, dist/server/entry-server.js), or null when there is
 * none: the pages are then rendered in the browser alone.
 */
export async function loadFirstViewRenderer(file: string, log: (line: string) => void): Promise<RenderFirstView | null> {
  if (!existsSync(file)) {
    log(`first view: ${file} is missing (run \`npm run build\`); pages are rendered in the browser`);
    return null;
  }
  const module: unknown = await import(pathToFileURL(file).href);
  const render = typeof module === 'object' && module !== null && 'renderFirstView' in module ? module.renderFirstView : undefined;
  if (typeof render !== 'function') {
    log(`first view: ${file} exports no renderFirstView; pages are rendered in the browser`);
    return null;
  }
  try {
    await warmUp(render as RenderFirstView);
  } catch (error) {
    log(`first view: ${file} does not render (${error instanceof Error ? error.message : String(error)}); pages are rendered in the browser`);
    return null;
  }
  return render as RenderFirstView;
}
