import { expect } from '@playwright/test';
import { test } from '../support/test';
import { ALLOWED_ACCOUNT, AUTH_BASE, OIDC_ISSUER, SHARED_MENTOR_ID } from '../support/auth-env';
import { card, expectDataShown } from '../support/dashboard';
import { openSignedIn, recordApiRequests } from '../support/sign-in';

const costPath = () => {
  const today = new Date().toISOString().slice(0, 10);
  return `/api/ai-analytics/orgs/demo/users/admin/tenant-cost/?start_date=${today}&end_date=${today}`;
};

test('after Sign out the old session cookie is refused', async ({ page, context, playwright }) => {
  await openSignedIn(page, '/', ALLOWED_ACCOUNT.login);
  await expectDataShown(page);
  const cookie = (await context.cookies(AUTH_BASE)).map((item) => `${item.name}=${item.value}`).join('; ');
  const replay = await playwright.request.newContext({ baseURL: AUTH_BASE, extraHTTPHeaders: { cookie } });
  expect((await replay.get(costPath())).status()).toBe(200);

  await page.getByRole('button', { name: 'Sign out' }).click();
  // The provider's own sign-out asks first, then comes back to the dashboard, which asks to sign in.
  await expect(page).toHaveURL((url) => url.origin === OIDC_ISSUER);
  await page.getByRole('button', { name: 'Yes, sign me out' }).click();
  await expect(page.getByPlaceholder('Enter any login')).toBeVisible();
  expect(new URL(page.url()).origin).toBe(OIDC_ISSUER);

  const refused = await replay.get(costPath());
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toEqual({ detail: expect.stringMatching(/sign in/i) });
  await replay.dispose();
});

test('a session that ends while the page is open signs in again and comes back to the same view', async ({ page, context }) => {
  const view = `/?period=30d&org=northwind-academy&mentor=${SHARED_MENTOR_ID}`;
  await openSignedIn(page, view, ALLOWED_ACCOUNT.login);
  await expectDataShown(page);
  expect(page.url()).toBe(`${AUTH_BASE}${view}`);

  // Signed out in another tab: the dashboard's session is gone; that tab is left on the
  // provider's "sign out there too?" question, so the provider still knows the person.
  const other = await context.newPage();
  await other.goto('/');
  await other.getByRole('button', { name: 'Sign out' }).click();
  await expect(other.getByRole('button', { name: 'Yes, sign me out' })).toBeVisible();
  await other.close();

  const api = recordApiRequests(page);
  // Every answer of the provider on the way: the provider still knows the person, so only redirects, no form.
  const providerAnswers: number[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).origin === OIDC_ISSUER) providerAnswers.push(response.status());
  });
  // A mark on this document: a new one (after the round trip) does not have it.
  await page.evaluate(() => document.documentElement.setAttribute('data-before-round-trip', ''));
  const callback = page.waitForResponse((response) => response.url().startsWith(`${AUTH_BASE}/auth/callback`));
  // The next call (a refresh) is refused; the page goes through sign-in without a form and back.
  await page.getByRole('button', { name: 'Refresh' }).click();
  expect((await callback).status()).toBe(302);
  await page.waitForURL(`${AUTH_BASE}${view}`);
  await expect(page.locator('html[data-before-round-trip]')).toHaveCount(0);
  await expectDataShown(page);
  expect(page.url()).toBe(`${AUTH_BASE}${view}`);
  await expect(card(page, 'LLM cost')).not.toContainText('no longer signed in');
  expect(providerAnswers.length).toBeGreaterThan(0);
  expect(providerAnswers.every((status) => status >= 300 && status < 400)).toBe(true);
  expect(api.length).toBeGreaterThan(0);
  await expect(page.getByRole('button', { name: 'Org: Northwind Academy' })).toBeVisible();
});
