import { expect } from '@playwright/test';
import { test } from '../support/test';
import { card, expectDataShown, readFigures } from '../support/dashboard';
import { demoMentor, mentorField } from '../support/mentors';

const essay = demoMentor('essay-writing');
const algebra = demoMentor('algebra-coach');
const python = demoMentor('python-lab');

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

test('a shared URL reproduces the view in another browser', async ({ page, browser }) => {
  const link = `/?period=custom&from=${day(-20)}&to=${day(-6)}&mentor=${essay.id}`;
  await page.goto(link);
  await expectDataShown(page);
  const mine = await readFigures(page);

  const colleague = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
  const theirs = await colleague.newPage();
  await theirs.goto(page.url());
  await expectDataShown(theirs);
  expect(await readFigures(theirs)).toEqual(mine);
  await expect(theirs.getByRole('button', { name: 'Custom…' })).toHaveClass(/segment-active/);
  await expect(mentorField(theirs)).toHaveValue('Essay Writing Tutor');
  await colleague.close();
});

test('the same link shows the same dates and figures in Auckland and Los Angeles', async ({ browser, baseURL }) => {
  const link = `${baseURL}/?period=30d&mentor=${algebra.id}`;
  const views = [];
  for (const timezoneId of ['Pacific/Auckland', 'America/Los_Angeles']) {
    const context = await browser.newContext({ locale: 'en-US', timezoneId });
    const page = await context.newPage();
    await page.goto(link);
    await expectDataShown(page);
    await card(page, 'Sentiment over time').getByRole('button', { name: 'Show table' }).click();
    views.push({
      ...(await readFigures(page)),
      days: await card(page, 'Sentiment over time').getByRole('table', { name: 'Daily sentiment entries' }).getByRole('row').allTextContents(),
      split: await card(page, 'Sentiment over time').getByRole('table', { name: /^Share of sentiment entries/ }).getByRole('row').allTextContents(),
      offset: await page.evaluate(() => new Date().getTimezoneOffset()),
    });
    await context.close();
  }
  const [auckland, losAngeles] = views;
  expect(auckland?.offset).not.toBe(losAngeles?.offset);
  expect({ ...auckland, offset: 0 }).toEqual({ ...losAngeles, offset: 0 });
  expect(auckland?.days).toHaveLength(31);
});

test('Back and Forward undo and redo filter changes', async ({ page }) => {
  await page.goto('/');
  await expectDataShown(page);
  await page.getByRole('button', { name: 'Last 30 days' }).click();
  await expect(page).toHaveURL(/period=30d/);
  await page.getByRole('button', { name: 'Last 90 days' }).click();
  await expect(page).toHaveURL(/period=90d/);

  await page.goBack();
  await expect(page).toHaveURL(/\?period=30d$/);
  await expect(page.getByRole('button', { name: 'Last 30 days' })).toHaveAttribute('aria-pressed', 'true');
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('button', { name: 'Last 7 days' })).toHaveAttribute('aria-pressed', 'true');
  await page.goForward();
  await expect(page).toHaveURL(/\?period=30d$/);
  await expect(page.getByRole('button', { name: 'Last 30 days' })).toHaveAttribute('aria-pressed', 'true');
});

test('one Back press leaves a freshly opened link', async ({ page }) => {
  await page.goto('about:blank');
  await page.goto('/?period=90d');
  await expectDataShown(page);
  await page.goBack();
  await expect(page).toHaveURL('about:blank');
});

test('a bad URL is corrected in place with a notice', async ({ page }) => {
  await page.goto('about:blank');
  await page.goto('/?period=custom&from=2026-02-30&to=nope&mentor=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  const notice = page.getByRole('status').filter({ hasText: 'The link was corrected.' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('A custom range needs real dates as YYYY-MM-DD');
  await expect(notice).toContainText('Mentor id “<script>alert(1)</script>” is not a valid id');
  await expect(page).toHaveURL(/\/$/);
  await expectDataShown(page);
  // Replaced, not pushed: Back leaves the page.
  await page.goBack();
  await expect(page).toHaveURL('about:blank');
});

test('copy link offers a live and a frozen link, and says which is which', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto(`/?period=yesterday&mentor=${python.id}`);
  await expectDataShown(page);
  await expect(page).toHaveTitle('Yesterday · Python Lab · demo · Analytics');

  await page.getByRole('button', { name: 'Copy link' }).click();
  const menu = page.getByRole('group', { name: 'Copy a link to this view' });
  await expect(menu.getByRole('button', { name: /Copy live link/ })).toContainText('moves with the calendar');
  await menu.getByRole('button', { name: /Copy live link/ }).click();
  await expect(page.getByText('Live link copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

  await page.getByRole('button', { name: 'Copy link' }).click();
  await menu.getByRole('button', { name: /Copy frozen link/ }).click();
  await expect(page.getByText('Frozen link copied')).toBeVisible();
  const frozen = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  expect(Object.fromEntries(frozen.searchParams)).toEqual({
    period: 'custom',
    from: yesterday,
    to: yesterday,
    mentor: python.id,
  });

  // The frozen link shows the same numbers as the live view it was taken from.
  const live = await readFigures(page);
  await page.goto(frozen.toString());
  await expectDataShown(page);
  expect(await readFigures(page)).toEqual(live);
});
