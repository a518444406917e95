/** Ports and secrets of the servers playwright.config.ts starts for the end-to-end run. */
export const DEMO_PORT = 4310;
export const PROXY_PORT = 4311;
export const FAKE_UPSTREAM_PORT = 4319;
export const FAKE_UPSTREAM = `http://127.0.0.1:${FAKE_UPSTREAM_PORT}`;
/** The proxy's key; the tests check it never reaches the browser. */
export const E2E_API_KEY = 'e2e-secret-key-do-not-leak-7f3a9c';
