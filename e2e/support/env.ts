/**
 * Ports, base URLs and secrets of the servers playwright.config.ts starts for the end-to-end
 * run. The ports are free ones chosen when the config first loads, so two runs on one machine
 * never collide. They go into E2E_PORTS before Playwright starts its workers, which inherit
 * the environment and so load the config (and this module) with the same ports. Setting
 * E2E_PORTS="demo,proxy,upstream,demo-browser" yourself pins them.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PORTS_VARIABLE = 'E2E_PORTS';
const SERVERS = 4;

function choosePorts(): number[] {
  const chosen = process.env[PORTS_VARIABLE]?.trim();
  const value =
    chosen ||
    execFileSync(process.execPath, [fileURLToPath(new URL('./free-ports.mjs', import.meta.url)), String(SERVERS)], {
      encoding: 'utf8',
    }).trim();
  const ports = value.split(',').map(Number);
  if (ports.length !== SERVERS || !ports.every((port) => Number.isInteger(port) && port > 0 && port < 65_536)) {
    throw new Error(`${PORTS_VARIABLE} must be four port numbers, demo,proxy,upstream,demo-browser (got “${value}”).`);
  }
  process.env[PORTS_VARIABLE] = value;
  return ports;
}

const [demo, proxy, upstream, demoBrowser] = choosePorts() as [number, number, number, number];

export const DEMO_PORT = demo;
export const PROXY_PORT = proxy;
export const FAKE_UPSTREAM_PORT = upstream;
export const DEMO_BASE = `http://127.0.0.1:${DEMO_PORT}`;
export const PROXY_BASE = `http://127.0.0.1:${PROXY_PORT}`;
export const FAKE_UPSTREAM = `http://127.0.0.1:${FAKE_UPSTREAM_PORT}`;
/** The demo server with FIRST_VIEW=browser: every page fetches its data, so page.route can stand in for it. */
export const DEMO_BROWSER_PORT = demoBrowser;
export const DEMO_BROWSER_BASE = `http://127.0.0.1:${DEMO_BROWSER_PORT}`;
/** The proxy's key; the tests check it never reaches the browser. */
export const E2E_API_KEY = 'e2e-secret-key-do-not-leak-7f3a9c';
