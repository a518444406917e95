import { expect } from '@playwright/test';
import { test } from '../support/test';
import { ALLOWED_ACCOUNT, AUTH_BASE, OIDC_ISSUER, REFUSED_ACCOUNT, SHARED_MENTOR_ID } from '../support/auth-env';
import { expectDataShown, expectNoAxeViolations } from '../support/dashboard';
import { formatRange } from '../../src/lib/format';
import { openSignedIn, recordApiRequests, signInAtProvider } from '../support/sign-in';

function daysAgo(days: number): string {
  const today = new Date().toISOString().slice(0, 10);
  return new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

test('a deep link survives sign-in byte for byte: custom range, mentor, encoded characters', async ({ page }) => {
  // `note` is not the dashboard's, so the page leaves it exactly as it came.
  const deepLink = `/?period=custom&from=${daysAgo(20)}&to=${daysAgo(10)}&mentor=${SHARED_MENTOR_ID}&note=a%20b+c%C3%A9%22q%22`;
  const hops: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) hops.push(new URL(frame.url()).origin);
  });
  await page.goto(deepLink);
  expect(new URL(page.url()).origin).toBe(OIDC_ISSUER);
  await signInAtProvider(page, ALLOWED_ACCOUNT.login);
  await page.waitForURL((url) => url.origin === AUTH_BASE && !url.pathname.startsWith('/auth/'));
  expect(page.url()).toBe(`${AUTH_BASE}${deepLink}`);
  await expectDataShown(page);
  await expect(page.getByTestId('resolved-range')).toHaveText(formatRange({ from: daysAgo(20), to: daysAgo(10) }, 'en-US'));
  expect(hops).toContain(OIDC_ISSUER);
  // Still the same link once the page has settled: nothing corrected it.
  expect(page.url()).toBe(`${AUTH_BASE}${deepLink}`);
});

test('the header names who is signed in and offers Sign out', async ({ page }, testInfo) => {
  await openSignedIn(page, '/', ALLOWED_ACCOUNT.login);
  await expectDataShown(page);
  const header = page.getByRole('banner').filter({ has: page.getByRole('heading', { name: 'Mentor analytics' }) });
  await expect(header.getByText(`Signed in as ${ALLOWED_ACCOUNT.name}`)).toBeVisible();
  await expect(header.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await header.screenshot({ path: testInfo.outputPath('signed-in-header.png') });
});

test('the session cookie is HttpOnly, SameSite=Lax, Path=/ and holds no token', async ({ page, context }) => {
  await openSignedIn(page, '/', ALLOWED_ACCOUNT.login);
  await expectDataShown(page);
  const cookies = (await context.cookies(AUTH_BASE)).filter((cookie) => cookie.domain === '127.0.0.1');
  const session = cookies.find((cookie) => cookie.name === 'ibl_session');
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', secure: false });
  // Every cookie the server set is HttpOnly; the only other is the theme the page shows (for the
  // server to draw the next page in); the sign-in state cookie is gone after the callback.
  expect(cookies.filter((cookie) => !cookie.httpOnly).map((cookie) => [cookie.name, cookie.value])).toEqual([['ibl-analytics-theme', 'light']]);
  expect(cookies.map((cookie) => cookie.name)).not.toContain('ibl_signin');
  // An opaque id, signed: never a JWT (three base64url parts starting with a JSON header).
  expect(session?.value).not.toMatch(/eyJ[\w-]*\.[\w-]+\.[\w-]+/);
  expect(await page.evaluate(() => document.cookie)).not.toContain('ibl_session');
});

test('an account outside the allow-list sees the refusal page, and no API request is made', async ({ page }, testInfo) => {
  const api = recordApiRequests(page);
  await openSignedIn(page, '/?period=30d', REFUSED_ACCOUNT.login);
  await expect(page.getByRole('heading', { level: 1, name: 'No access to this dashboard' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(`You are signed in as ${REFUSED_ACCOUNT.name} (${REFUSED_ACCOUNT.email})`);
  await expect(page.getByRole('main')).toContainText(`add ${REFUSED_ACCOUNT.email} to AUTH_ALLOWED_EMAILS`);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByRole('region')).toHaveCount(0);
  await expect(page).toHaveTitle('No access · Analytics');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath('refusal-page.png'), fullPage: true });
  // The server refuses the API too, whatever the page does.
  const answer = await page.request.get(`/api/ai-analytics/orgs/demo/users/admin/tenant-cost/?start_date=${daysAgo(7)}&end_date=${daysAgo(0)}`);
  expect(answer.status()).toBe(403);
  expect(api).toEqual([]);
});
