import { expect, type Page } from '@playwright/test';
import { OIDC_ISSUER } from './auth-env.ts';

/** The test provider's login form (oidc-provider's development interaction): any password. */
export async function signInAtProvider(page: Page, login: string) {
  await expect(page).toHaveURL((url) => url.origin === OIDC_ISSUER);
  await page.getByPlaceholder('Enter any login').fill(login);
  await page.getByPlaceholder('and password').fill('any password will do');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

/** Opens `path` on the signed-in dashboard, signing in on the way, and waits to be back. */
export async function openSignedIn(page: Page, path: string, login: string) {
  await page.goto(path);
  await signInAtProvider(page, login);
  await page.waitForURL((url) => url.origin !== OIDC_ISSUER && !url.pathname.startsWith('/auth/'));
}

/** Every API request the page makes, as path and query. */
export function recordApiRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) seen.push(`${url.pathname}${url.search}`);
  });
  return seen;
}
