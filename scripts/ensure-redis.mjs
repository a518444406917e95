// Finds a redis-server for the server tests (they start their own on a free loopback port),
// installing Debian's package when there is none and we are allowed to (root with apt-get).
import { execFileSync, spawnSync } from 'node:child_process';

const binary = process.env.REDIS_SERVER_PATH?.trim() || 'redis-server';
const works = () => spawnSync(binary, ['--version'], { stdio: 'ignore' }).status === 0;
if (works()) {
  console.log(`redis-server: ${binary}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt || process.env.REDIS_SERVER_PATH) {
  console.error(
    "No redis-server found. Install Debian's package (sudo apt-get install -y redis-server) or set REDIS_SERVER_PATH to a redis-server binary.",
  );
  process.exit(1);
}

console.log("redis-server is missing: installing Debian's redis-server package…");
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'redis-server'], {
  stdio: 'inherit',
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
});
if (!works()) {
  console.error('apt-get finished but redis-server still does not run.');
  process.exit(1);
}
console.log('redis-server: installed');
