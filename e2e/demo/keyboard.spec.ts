import { expect } from '@playwright/test';
import { test } from '../support/test';
import { expectDataShown, expectNoAxeViolations } from '../support/dashboard';
import { demoMentor, mentorField, mentorOptions } from '../support/mentors';

test('one key per preset, ignored while typing', async ({ page }) => {
  await page.goto('/');
  await expectDataShown(page);
  await expect(page.getByRole('button', { name: 'Last 30 days' })).toHaveAttribute('aria-keyshortcuts', 'M');

  await page.keyboard.press('m');
  await expect(page).toHaveURL(/\?period=30d$/);
  await expect(page.getByRole('button', { name: 'Last 30 days' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('y');
  await expect(page).toHaveURL(/\?period=yesterday$/);

  await page.keyboard.press('/');
  const mentor = mentorField(page);
  await expect(mentor).toBeFocused();
  await expect(mentor).toHaveAttribute('aria-keyshortcuts', 'Slash Escape');
  // Keys typed into the field are the field's: "m" and "y" pick no preset here.
  await page.keyboard.type('python lab');
  await expect(mentorOptions(page)).toHaveText([/^All mentors/, /^Python Lab/]);
  await expect(page).toHaveURL(/\?period=yesterday$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`\\?period=yesterday&mentor=${demoMentor('python-lab').id}$`));

  await mentor.blur();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\?period=yesterday$/);
  await expect(mentor).toHaveValue('');
});

test('arrows shift the range by its length', async ({ page }) => {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  await page.goto('/');
  await expectDataShown(page);
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(`/?period=custom&from=${day(-13)}&to=${day(-7)}`);
  await expectDataShown(page);
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(`/?period=custom&from=${day(-20)}&to=${day(-14)}`);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(`/?period=custom&from=${day(-13)}&to=${day(-7)}`);
  await page.goBack();
  await expect(page).toHaveURL(`/?period=custom&from=${day(-20)}&to=${day(-14)}`);
});

test('? opens an overlay listing every shortcut', async ({ page }) => {
  await page.goto('/');
  await expectDataShown(page);
  await page.keyboard.press('?');
  const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(overlay).toBeVisible();
  for (const what of ['Today', 'Last 90 days', 'Compare with the previous period', 'Focus the mentor field', 'Clear the mentor filter']) {
    await expect(overlay.getByRole('cell', { name: what, exact: true })).toBeVisible();
  }
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(overlay).toBeHidden();
  await expect(page).toHaveURL(/\/$/);
});
