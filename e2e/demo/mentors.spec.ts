import { expect } from '@playwright/test';
import { test } from '../support/test';
import { card, expectDataShown, expectNoAxeViolations, readFigures } from '../support/dashboard';
import { demoMentor, mentorField, mentorOptions } from '../support/mentors';

// Names and ids as the README's mentor table lists them.
const pal = demoMentor('physics-pal');
const algebra = demoMentor('algebra-coach');
const subtitle = (page: Parameters<typeof card>[0]) => card(page, 'Top students').getByText(/^By chat messages · /);

test('typing part of a name lists the matching mentors; choosing one filters the leaderboard and the URL', async ({ page }) => {
  await page.goto('/?period=30d');
  await expectDataShown(page);
  const before = await readFigures(page);

  const field = mentorField(page);
  await field.click();
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  await field.pressSequentially('phys');
  await expect(mentorOptions(page)).toHaveText([/^All mentors/, /^Physics Lab Partner/, /^Physics Pal/, /^Physiology Tutor/]);
  await mentorOptions(page).filter({ hasText: /^Physics Pal/ }).click();

  await expect(page).toHaveURL(new RegExp(`\\?period=30d&mentor=${pal.id}$`));
  await expect(field).toHaveValue('Physics Pal');
  await expect(field).toHaveAttribute('aria-expanded', 'false');
  await expect(subtitle(page)).toContainText('mentor Physics Pal');
  await expect(page).toHaveTitle('Last 30 days · Physics Pal · demo · Analytics');
  await expectDataShown(page);
  const after = await readFigures(page);
  expect(after.students).not.toEqual(before.students);
  expect(after.cost).toBe(before.cost);

  // One history entry: Back is all mentors again.
  await page.goBack();
  await expect(page).toHaveURL(/\?period=30d$/);
  await expect(field).toHaveValue('');
  await expect(subtitle(page)).toContainText('all mentors');
});

test('a shared URL shows the mentor’s name, in the field, the subtitle, the title and the print heading', async ({ page }) => {
  await page.goto(`/?period=7d&mentor=${algebra.id}`);
  await expectDataShown(page);
  await expect(mentorField(page)).toHaveValue('Algebra Coach');
  await expect(subtitle(page)).toContainText('mentor Algebra Coach');
  await expect(page).toHaveTitle('Last 7 days · Algebra Coach · demo · Analytics');
  const label = await page.locator('main').evaluate((main) => getComputedStyle(main).getPropertyValue('--print-label'));
  expect(label).toContain('· mentor Algebra Coach');
});

test('an id the org does not know shows “Unknown mentor” with the id, and the page keeps working', async ({ page }) => {
  const stranger = '00000000-0000-4000-8000-000000000000';
  await page.goto(`/?period=30d&mentor=${stranger}`);
  await expect(mentorField(page)).toHaveValue(`Unknown mentor (${stranger})`);
  await expect(subtitle(page)).toContainText(`Unknown mentor (${stranger})`);
  await expect(card(page, 'Top students')).toContainText('No chat messages');
  await expect(card(page, 'LLM cost').getByText(/^\$[\d,.]+$/).first()).toBeVisible();
  // Another mentor is still one choice away.
  await mentorField(page).click();
  await mentorOptions(page).filter({ hasText: /^Python Lab/ }).click();
  await expect(mentorField(page)).toHaveValue('Python Lab');
  await expectDataShown(page);
});

test('the keyboard: / opens the field, arrows and Enter choose, Escape closes the list and then clears the filter', async ({ page }) => {
  await page.goto('/?period=30d');
  await expectDataShown(page);
  await page.keyboard.press('/');
  const field = mentorField(page);
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  await expect(mentorOptions(page).first()).toHaveText(/^All mentors/);
  // The org's mentors are listed before the arrows move through them, as a person sees them.
  await expect(mentorOptions(page).nth(1)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(mentorOptions(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(field).toHaveAttribute('aria-activedescendant', (await mentorOptions(page).nth(1).getAttribute('id')) ?? '');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`mentor=${algebra.id}$`));
  await expect(field).toHaveValue('Algebra Coach');

  await page.keyboard.press('ArrowDown');
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(field).toHaveAttribute('aria-expanded', 'false');
  await expect(page).toHaveURL(new RegExp(`mentor=${algebra.id}$`));
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\?period=30d$/);
  await expect(field).toHaveValue('');
});

test('a pasted unique id and Enter filter by it, and its name is looked up', async ({ page }) => {
  await page.goto('/?period=30d');
  await expectDataShown(page);
  const field = mentorField(page);
  await field.click();
  await field.fill(pal.id);
  await field.press('Enter');
  await expect(page).toHaveURL(new RegExp(`mentor=${pal.id}$`));
  await expect(field).toHaveValue('Physics Pal');
  await expect(subtitle(page)).toContainText('mentor Physics Pal');
});

test('no axe violations with the list open, in light and dark', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/?period=30d&mentor=${pal.id}`);
    await expectDataShown(page);
    await mentorField(page).click();
    await page.keyboard.press('ArrowDown');
    await expect(mentorOptions(page)).toHaveCount(12);
    await expectNoAxeViolations(page);
  }
});
