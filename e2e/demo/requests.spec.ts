import { expect, type Page } from '@playwright/test';
import { test } from '../support/test';
import { card } from '../support/dashboard';
import { endpointOf, preloadHints, recordApi, requestsOf, settled, type ApiEvent } from '../support/api-events';
import { demoMentor, mentorField, mentorOptions } from '../support/mentors';

const python = demoMentor('python-lab');
const pal = demoMentor('physics-pal');

// Request counts are deterministic: each view needs four answers (the sentiment line and its
// split, the cost, the leaderboard), and nothing more should go out for them. The counts are
// asserted after what the person sees is asserted.

function presetButton(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Dashboard filters' }).getByRole('button', { name, exact: true });
}

test('the first load asks for nothing: the server’s HTML carries the four answers, and hints none', async ({ page }) => {
  const events = recordApi(page);
  const response = await page.goto('/');
  await settled(page);
  expect(requestsOf(events)).toEqual([]);
  expect(await preloadHints(page)).toEqual([]);
  // The page as it came from the server: the figures are in its HTML, before any script runs.
  const html = (await response?.text()) ?? '';
  expect(html).toMatch(/<div id="root"><div class="[^"]*">.*data-chart-line.*\$[\d,]+\.\d\d.*<\/table>/s);
  expect(html).toContain('<script type="application/json" id="first-view-state">');
});

test('a mentor change asks only for the leaderboard, plus one name lookup for a pasted id no list showed', async ({ page }) => {
  const events = recordApi(page);
  await page.goto('/?period=30d');
  await settled(page);
  const field = mentorField(page);
  await field.click();
  await expect(mentorOptions(page)).toHaveCount(12);
  let before = events.length;

  // Chosen from the list: its name is known, so only the leaderboard is asked for.
  await mentorOptions(page).filter({ hasText: /^Python Lab/ }).click();
  await expect(page).toHaveURL(new RegExp(`\\?period=30d&mentor=${python.id}$`));
  await expect(card(page, 'Top students')).toContainText('mentor Python Lab');
  await settled(page);
  let requests = requestsOf(events.slice(before));
  expect(requests.map(endpointOf)).toEqual(['top-students-by-chat-messages']);
  expect(requests[0]?.searchParams.get('mentor_id')).toBe(python.id);

  // A pasted id of a mentor the list showed: its name is known too.
  before = events.length;
  await field.fill(pal.id);
  await field.press('Enter');
  await expect(field).toHaveValue('Physics Pal');
  await settled(page);
  expect(requestsOf(events.slice(before)).map(endpointOf)).toEqual(['top-students-by-chat-messages']);

  // A pasted id no list showed: the leaderboard and one lookup of its name, side by side.
  const stranger = '00000000-0000-4000-8000-000000000000';
  before = events.length;
  await field.fill(stranger);
  await field.press('Enter');
  await expect(field).toHaveValue(`Unknown mentor (${stranger})`);
  await expect(card(page, 'Top students')).toContainText('No chat messages');
  await page.waitForLoadState('networkidle');
  requests = requestsOf(events.slice(before));
  expect(requests.map(endpointOf).sort()).toEqual(['my-mentors', 'top-students-by-chat-messages']);
  expect(requests.find((url) => endpointOf(url) === 'my-mentors')?.searchParams.toString()).toBe(`unique_id=${stranger}`);

  // Back twice, to a mentor seen a moment ago: nothing.
  before = events.length;
  await page.goBack();
  await expect(field).toHaveValue('Physics Pal');

  await page.goBack();
  await expect(field).toHaveValue('Python Lab');
  await settled(page);
  expect(requestsOf(events.slice(before))).toEqual([]);
});

test('a URL naming a mentor has its name in the server’s HTML too: nothing is asked', async ({ page }) => {
  const events = recordApi(page);
  await page.goto(`/?mentor=${pal.id}`);
  await settled(page);
  await expect(mentorField(page)).toHaveValue('Physics Pal');
  await expect(card(page, 'Top students')).toContainText('mentor Physics Pal');
  expect(requestsOf(events)).toEqual([]);
});

/** The mentor searches among the page's requests, by their query ("" for the first mentors). */
const searchesOf = (events: ApiEvent[]) =>
  requestsOf(events)
    .filter((url) => endpointOf(url) === 'my-mentors')
    .map((url) => url.searchParams.get('query') ?? '');

test('typing “phys” searches once per pause: each key after a pause, or once when typed quickly', async ({ page }) => {
  const events = recordApi(page);
  await page.goto('/?period=30d');
  await settled(page);
  expect(searchesOf(events)).toEqual([]);
  const field = mentorField(page);
  const phys = [/^All mentors/, /^Physics Lab Partner/, /^Physics Pal/, /^Physiology Tutor/];

  // Slowly: a pause longer than the debounce after every key.
  await field.click();
  await expect(mentorOptions(page)).toHaveCount(12);
  await field.pressSequentially('phys', { delay: 600 });
  await expect(mentorOptions(page)).toHaveText(phys);
  await page.waitForLoadState('networkidle');
  expect(searchesOf(events)).toEqual(['', 'p', 'ph', 'phy', 'phys']);

  // Quickly, on a fresh page: the first mentors on opening, then one search.
  await page.reload();
  await settled(page);
  const mark = events.length;
  await field.click();
  await field.pressSequentially('phys');
  await expect(mentorOptions(page)).toHaveText(phys);
  await page.waitForLoadState('networkidle');
  expect(searchesOf(events.slice(mark))).toEqual(['', 'phys']);

  // Choosing one asks for its leaderboard, nothing else.
  const chosen = events.length;
  await mentorOptions(page).filter({ hasText: /^Physiology Tutor/ }).click();
  await expect(field).toHaveValue('Physiology Tutor');
  await settled(page);
  expect(requestsOf(events.slice(chosen)).map(endpointOf)).toEqual(['top-students-by-chat-messages']);
});

test('hovering a preset fetches its view; the click then asks for nothing more', async ({ page }) => {
  const events = recordApi(page);
  await page.goto('/');
  await settled(page);
  const before = events.length;

  await presetButton(page, 'Last 30 days').hover();
  await expect.poll(() => requestsOf(events.slice(before)).length).toBe(4);
  await page.waitForLoadState('networkidle');
  await expect(page).toHaveURL(/\/$/);

  await presetButton(page, 'Last 30 days').click();
  await expect(page).toHaveURL(/\?period=30d$/);
  await expect(card(page, 'LLM cost').getByText(/· 30 days$/)).toBeVisible();
  await settled(page);
  const requests = requestsOf(events.slice(before));
  expect(requests.map(endpointOf).sort()).toEqual(['sentiment-count', 'tenant-cost', 'top-students-by-chat-messages', 'user-sentiment']);
  expect(requests.find((url) => endpointOf(url) === 'sentiment-count')?.searchParams.get('period')).toBe('30d');
});

test('a period change asks for at most four answers, and a view seen a moment ago for none', async ({ page }) => {
  const events = recordApi(page);
  await page.goto('/');
  await settled(page);
  const firstView = await card(page, 'LLM cost').getByRole('definition').first().textContent();

  let mark = events.length;
  await presetButton(page, 'Last 90 days').click();
  await expect(page).toHaveURL(/\?period=90d$/);
  await expect(card(page, 'LLM cost').getByText(/· 90 days$/)).toBeVisible();
  await settled(page);
  expect(requestsOf(events.slice(mark)).length).toBeLessThanOrEqual(4);

  mark = events.length;
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(card(page, 'LLM cost').getByText(/· 7 days$/)).toBeVisible();
  await expect(card(page, 'LLM cost').getByRole('definition').first()).toHaveText(firstView ?? '');
  await settled(page);
  await page.goForward();
  await expect(page).toHaveURL(/\?period=90d$/);
  await expect(card(page, 'LLM cost').getByText(/· 90 days$/)).toBeVisible();
  await presetButton(page, 'Last 7 days').click();
  await expect(page).toHaveURL(/\/$/);
  await expect(card(page, 'LLM cost').getByText(/· 7 days$/)).toBeVisible();
  await settled(page);
  expect(requestsOf(events.slice(mark))).toEqual([]);
});
