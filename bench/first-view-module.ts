import { dirname, join } from 'node:path';

/** Where the build of a client directory keeps its server renderer: dist/client → dist/server/entry-server.js. */
export function firstViewModule(clientDir: string): string {
  return join(dirname(clientDir), 'server', 'entry-server.js');
}
