// Finds the Chromium the end-to-end tests and the bench will drive (scripts/chromium-path.mjs),
// installing Debian's package when it is missing and we are allowed to (root with apt-get).
// Playwright's own browser download does not work here.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, DEBIAN_CHROMIUM } from './chromium-path.mjs';

const path = chromiumPath();
if (existsSync(path)) {
  console.log(`Chromium: ${path}`);
  process.exit(0);
}
if (path !== DEBIAN_CHROMIUM) {
  console.error(`CHROMIUM_PATH is ${path}, which does not exist; point it at a Chromium binary or unset it for ${DEBIAN_CHROMIUM}.`);
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt) {
  console.error(
    `No Chromium at ${DEBIAN_CHROMIUM}. Install Debian's package (sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`,
  );
  process.exit(1);
}

console.log('Chromium is missing: installing Debian\'s chromium package…');
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
  stdio: 'inherit',
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
});
if (!existsSync(DEBIAN_CHROMIUM)) {
  console.error(`apt-get finished but ${DEBIAN_CHROMIUM} is still missing.`);
  process.exit(1);
}
console.log(`Chromium: ${DEBIAN_CHROMIUM}`);
