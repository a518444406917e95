import { expect } from '@playwright/test';
import { test } from '../support/test';
import { ALLOWED_ACCOUNT, AUTH_BASE } from '../support/auth-env';
import { expectDataShown, expectNoAxeViolations } from '../support/dashboard';
import { openSignedIn, recordApiRequests } from '../support/sign-in';

test('the org menu switches org with one history entry, and Back returns', async ({ page }) => {
  await openSignedIn(page, '/?period=30d', ALLOWED_ACCOUNT.login);
  await expectDataShown(page);
  const badge = page.getByRole('button', { name: 'Org: Demo University' });
  await expect(badge).toHaveAttribute('aria-haspopup', 'menu');
  await badge.click();
  const menu = page.getByRole('menu', { name: 'Switch org' });
  await expect(menu.getByRole('menuitemradio')).toHaveText(['✓Demo University', 'Northwind Academy']);
  await expect(menu.getByRole('menuitemradio', { name: 'Demo University' })).toBeFocused();
  await expectNoAxeViolations(page);

  const api = recordApiRequests(page);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${AUTH_BASE}/?period=30d&org=northwind-academy`);
  await expect(page.getByRole('button', { name: 'Org: Northwind Academy' })).toBeFocused();
  await expectDataShown(page);
  expect(api.length).toBeGreaterThan(0);
  expect(api.every((path) => path.includes('/orgs/northwind-academy/'))).toBe(true);

  await page.goBack();
  await expect(page).toHaveURL(`${AUTH_BASE}/?period=30d`);
  await expect(page.getByRole('button', { name: 'Org: Demo University' })).toBeVisible();
});

test('an org outside the allowed ones is corrected in place with a notice, and never asked for', async ({ page }) => {
  const api = recordApiRequests(page);
  await openSignedIn(page, '/?org=rival-university&user=someone-else&period=30d', ALLOWED_ACCOUNT.login);
  await expect(page.getByRole('status').filter({ hasText: 'The link was corrected.' })).toContainText(
    'This dashboard does not show org “rival-university”; showing demo.',
  );
  await expect(page).toHaveURL(`${AUTH_BASE}/?period=30d`);
  await expectDataShown(page);
  expect(api.some((path) => path.includes('rival-university') || path.includes('someone-else'))).toBe(false);
  expect(api.every((path) => path.includes('/orgs/demo/users/admin/'))).toBe(true);
});
