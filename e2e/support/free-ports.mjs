// Prints `count` free loopback ports, comma-separated. All are held open together until
// printed, so they differ from each other; the config runs this once per test run.
import { createServer } from 'node:net';

const count = Number(process.argv[2] ?? '1');
const servers = await Promise.all(
  Array.from(
    { length: count },
    () =>
      new Promise((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve(server));
      }),
  ),
);
process.stdout.write(servers.map((server) => server.address().port).join(','));
await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
