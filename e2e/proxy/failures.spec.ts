// One test per class of failure, through the real dashboard server in proxy mode: the fake
// upstream (where ibl.ai would be) fails one card's endpoint, the proxy passes on what it got
// or says what went wrong, and Chromium's fetch and the card do the rest. Each test also checks
// that the other two cards keep their data and that Retry asks the API again. A timeout and a
// dropped connection between browser and dashboard server are made in the browser (page.route),
// since the server itself never does that. Every kind of failure, one by one, is a component
// test: src/components/card.test.tsx and src/app/card-failures.test.tsx.
import type { Page } from '@playwright/test';
import { card } from '../support/dashboard';
import {
  CARD_ENDPOINTS,
  CARD_NAMES,
  cardReaches,
  cardRequestStarted,
  collectPageErrors,
  expectCardData,
  fakeEndpoint,
  type CardName,
} from '../support/failures';
import { expect, test } from '../support/shared-context';
import { failUpstream, resetUpstream, upstreamCalls, type UpstreamFailure } from '../support/upstream';

const CLIENT_TIMEOUT_MS = 35_000;

let pageErrors: string[] = [];
test.beforeEach(async ({ page }) => {
  await resetUpstream();
  pageErrors = collectPageErrors(page);
});
test.afterEach(() => {
  expect(pageErrors).toEqual([]);
});

async function expectOthersWork(page: Page, name: CardName) {
  for (const other of CARD_NAMES.filter((candidate) => candidate !== name)) await expectCardData(page, other);
}

const calls = (name: CardName) => () => upstreamCalls(CARD_ENDPOINTS[name]);

/**
 * The card's notice while it waits to retry: why, and when. The countdown itself, second by
 * second, is the component tests' to check: here the page's clock also ticks by itself.
 */
async function expectRetrying(page: Page, name: CardName, says: string) {
  await cardReaches(page, name, 'retrying', 'Retrying');
  const notice = card(page, name).getByRole('status').filter({ hasText: /Retrying/ });
  await expect(notice).toContainText(says);
  await expect(notice).toContainText(/Retrying (in \d+ s|now)…/);
}

/** Moves the page's clock on, a step at a time, until the card has given up retrying. */
async function runUntilGivenUp(page: Page, name: CardName, stepMs: number) {
  const alert = card(page, name).getByRole('alert');
  for (let step = 0; step < 20 && (await alert.count()) === 0; step += 1) {
    await page.clock.runFor(stepMs);
    await page.waitForTimeout(50);
  }
}

/** The card gave up: it says why (and how often it tried); Retry then shows data. */
async function expectGaveUpThenRetry(page: Page, name: CardName, says: string, tries: number, asked: () => Promise<number>) {
  await cardReaches(page, name, 'alert', says);
  const alert = card(page, name).getByRole('alert');
  await expect(alert).toContainText(says);
  if (tries > 1) await expect(alert).toContainText(`Tried ${tries} times. Wait a moment, then press Retry.`);
  else await expect(alert).not.toContainText('Tried');
  await expectOthersWork(page, name);
  expect(await asked()).toBe(tries);

  await alert.getByRole('button', { name: 'Retry' }).click();
  await expectCardData(page, name);
  expect(await asked()).toBe(tries + 1);
  await expectOthersWork(page, name);
}

/** A failure the upstream serves to the first `times` requests of the card's endpoint. */
function upstreamFails(name: CardName, times: number, reply: UpstreamFailure['reply']) {
  return failUpstream({ endpoint: CARD_ENDPOINTS[name], times, reply });
}

test('4xx: an API refusal is said at once and not retried; the others keep working; Retry asks again', async ({ page }) => {
  await upstreamFails('LLM cost', 1, { status: 403, json: { detail: 'You do not have permission to perform this action.' } });
  await page.goto('/');
  await expectGaveUpThenRetry(
    page,
    'LLM cost',
    'The API key lacks analytics rights for org “demo” as admin “admin” (You do not have permission to perform this action.). Check IBL_API_KEY and IBL_USER_ID.',
    1,
    calls('LLM cost'),
  );
});

test('5xx: an API failure is retried twice, then the card gives up; Retry asks again', async ({ page }) => {
  await upstreamFails('LLM cost', 3, { status: 500, json: { detail: 'Cost service exploded.' } });
  await page.goto('/');
  await expectRetrying(page, 'LLM cost', 'The analytics API failed (500: Cost service exploded.)');
  await runUntilGivenUp(page, 'LLM cost', 1000);
  await expectGaveUpThenRetry(
    page,
    'LLM cost',
    'The analytics API failed (500: Cost service exploded.). If this persists, check the API’s status and the dashboard server’s log.',
    3,
    calls('LLM cost'),
  );
});

test('429: the proxy passes Retry-After on, and the card counts down to the retry the API asked for', async ({ page }) => {
  await upstreamFails('LLM cost', 1, { status: 429, json: { detail: 'Request was throttled.' }, headers: { 'Retry-After': '7' } });
  await page.goto('/');
  await expectRetrying(page, 'LLM cost', 'The analytics API is rate limiting requests and asked to wait 7 s.');
  await expect(card(page, 'LLM cost').getByRole('status')).toContainText(/Retrying in [67] s…/);
  await page.clock.runFor(6000);
  expect(await calls('LLM cost')()).toBe(1);
  await page.clock.runFor(1000);
  await expectCardData(page, 'LLM cost');
  expect(await calls('LLM cost')()).toBe(2);
  await expectOthersWork(page, 'LLM cost');
});

test('malformed body: JSON cut short is said at once and not retried; Retry asks again', async ({ page }) => {
  await upstreamFails('Top students', 1, { status: 200, contentType: 'application/json', body: '[{"username": "maria.gar' });
  await page.goto('/');
  await expectGaveUpThenRetry(
    page,
    'Top students',
    'The analytics API answered in an unexpected shape (the body is not valid JSON). The numbers cannot be shown; try again, and report it if it persists.',
    1,
    calls('Top students'),
  );
});

test('wrong shape: JSON that is not the documented answer names what is wrong; Retry asks again', async ({ page }) => {
  await upstreamFails('Sentiment over time', 1, { status: 200, json: { results: [] } });
  await page.goto('/');
  await expectGaveUpThenRetry(
    page,
    'Sentiment over time',
    'The analytics API answered in an unexpected shape (expected array). The numbers cannot be shown; try again, and report it if it persists.',
    1,
    calls('Sentiment over time'),
  );
});

test('dropped upstream: the API breaks off its answer, the proxy says so and the card retries; Retry asks again', async ({ page }) => {
  await upstreamFails('Top students', 3, { drop: 'mid-body' });
  await page.goto('/');
  const says = /The analytics API at 127\.0\.0\.1:\d+ broke off its answer\. If this persists, check the API’s status\./;
  await cardReaches(page, 'Top students', 'retrying', 'Retrying');
  await expect(card(page, 'Top students').getByRole('status')).toContainText(says);
  await runUntilGivenUp(page, 'Top students', 1000);
  const alert = card(page, 'Top students').getByRole('alert');
  await expect(alert).toContainText(says);
  await expect(alert).toContainText('Tried 3 times. Wait a moment, then press Retry.');
  await expectOthersWork(page, 'Top students');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expectCardData(page, 'Top students');
  expect(await calls('Top students')()).toBe(4);
});

// The two failures below happen between the browser and the dashboard server; the browser makes
// them, and the other cards, and Retry, still go through the real proxy.

test('timeout: no answer within 35 s, three times, then the card gives up; Retry asks again', async ({ page }) => {
  const { seen, requests } = await fakeEndpoint(page, CARD_ENDPOINTS['LLM cost'], { hang: true }, 3);
  await page.goto('/', { waitUntil: 'commit' });
  const says =
    'The dashboard server did not answer within 35 s. If this keeps happening, check that it is running and can reach the analytics API.';
  await requests(1);
  await cardRequestStarted(page, 'LLM cost');
  await page.clock.runFor(CLIENT_TIMEOUT_MS);
  await expectRetrying(page, 'LLM cost', says);
  await runUntilGivenUp(page, 'LLM cost', 5000);
  await expectGaveUpThenRetry(page, 'LLM cost', says, 3, async () => seen.length);
});

test('dropped connection: the browser cannot reach the dashboard server, retries, gives up; Retry asks again', async ({ page }) => {
  const { seen, requests } = await fakeEndpoint(page, CARD_ENDPOINTS['Sentiment over time'], { drop: true }, 3);
  await page.goto('/');
  const says =
    'Cannot reach the dashboard server: the connection failed or was dropped. Check your network connection and that the dashboard server is running.';
  await requests(1);
  await expectRetrying(page, 'Sentiment over time', says);
  await runUntilGivenUp(page, 'Sentiment over time', 1000);
  await expectGaveUpThenRetry(page, 'Sentiment over time', says, 3, async () => seen.length);
});
