// Every way one card's endpoint can fail, for each card separately: the card says what happened
// and what to do, Retry asks again, the other two cards keep their data, nothing is uncaught.
// The failing endpoint is faked with page.route; the other two use the real demo API. Retry
// backoff and timeouts run on Playwright's clock, so a 35 s timeout costs no real time.
import type { Page } from '@playwright/test';
import { card } from '../support/dashboard';
import { expect, test } from '../support/shared-context';
import {
  CARD_ENDPOINTS,
  CARD_NAMES,
  cardReaches,
  cardRequestStarted,
  collectPageErrors,
  endpointUrl,
  expectCardData,
  fakeEndpoint,
  todayUtc,
  type CardName,
  type Reply,
} from '../support/failures';

interface FailureScenario {
  name: string;
  reply: (name: CardName) => Reply;
  /** What the card's alert says once it gives up. */
  says: string | ((name: CardName) => string);
  /** The cards it applies to, when not all three. */
  cards?: readonly CardName[];
  /** Waits before each automatic retry (none: a 4xx or a bad answer is not retried). */
  retries?: readonly number[];
  /** The request never gets an answer: the client's own 35 s timeout ends each try. */
  hangs?: boolean;
}

const WRONG_SHAPE: Record<CardName, { json: unknown; says: string }> = {
  'Sentiment over time': { json: { results: [] }, says: 'unexpected shape (expected array)' },
  'LLM cost': { json: { total: 5.75 }, says: 'unexpected shape (total_cost: expected number)' },
  'Top students': { json: [{ name: 'maria.garcia', messages: 4 }], says: 'unexpected shape ([0].username: expected string)' },
};

/** A body with one figure in it, in each card's format. */
function withFigure(name: CardName, figure: unknown): unknown {
  switch (name) {
    case 'Sentiment over time':
      return [{ date: `${todayUtc()}T00:00:00Z`, sentiment_count: figure }];
    case 'LLM cost':
      return { total_cost: figure };
    case 'Top students':
      return [{ username: 'maria.garcia', chat_message_count: figure }];
  }
}

const FIELD: Record<CardName, string> = {
  'Sentiment over time': '[0].sentiment_count',
  'LLM cost': 'total_cost',
  'Top students': '[0].chat_message_count',
};

const implausible = (name: CardName, problem: string) =>
  `The analytics API sent a value that cannot be right (${FIELD[name]}: ${problem}), so it is not shown. Try again, and report it to ibl.ai if it persists.`;

const json = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({ status, json: body, headers });

const FAILURES: readonly FailureScenario[] = [
  {
    name: '400 with field errors',
    reply: () => json(400, { start_date: ['Enter a valid date.'] }),
    says: 'The analytics API refused the filters: start_date: Enter a valid date.\nCheck the period, dates and mentor in the link.',
  },
  {
    name: '401',
    reply: () => json(401, { detail: 'Invalid token.' }),
    says: 'The API key was refused (Invalid token.). Check IBL_API_KEY on the dashboard server.',
  },
  {
    name: '403',
    reply: () => json(403, { detail: 'You do not have permission to perform this action.' }),
    says: 'The API key lacks analytics rights for org “demo” as admin “admin” (You do not have permission to perform this action.). Check IBL_API_KEY and IBL_USER_ID.',
  },
  {
    name: '404',
    reply: () => json(404, { detail: 'Organization not found.' }),
    says: 'The org “demo” was not found (Organization not found.). Check the org in the link or IBL_ORG.',
  },
  {
    name: '429 with Retry-After',
    reply: () => json(429, { detail: 'Request was throttled. Expected available in 7 seconds.' }, { 'Retry-After': '7' }),
    says: 'The analytics API is rate limiting requests and asked to wait 7 s.',
    retries: [7000, 7000],
  },
  {
    name: '429 without Retry-After',
    reply: () => json(429, { detail: 'Request was throttled.' }),
    says: 'The analytics API is rate limiting requests.',
    retries: [1000, 2000],
  },
  {
    name: '500',
    reply: () => json(500, { detail: 'Internal server error.' }),
    says: 'The analytics API failed (500: Internal server error.). If this persists, check the API’s status and the dashboard server’s log.',
    retries: [1000, 2000],
  },
  {
    name: '502 from the dashboard server: API unreachable',
    reply: () => json(502, { detail: 'Cannot reach the analytics API at base.manager.iblai.app.' }),
    says: 'Cannot reach the analytics API at base.manager.iblai.app. If this persists, check IBL_API_BASE and the dashboard server’s network.',
    retries: [1000, 2000],
  },
  {
    name: '503 without a body',
    reply: () => ({ status: 503, body: '' }),
    says: 'The analytics API is unavailable (503: Service Unavailable). If this persists, check the API’s status page.',
    retries: [1000, 2000],
  },
  {
    name: '504 from the dashboard server: API timeout',
    reply: () => json(504, { detail: 'The analytics API did not answer within 30 s.' }),
    says: 'The analytics API did not answer within 30 s. It may be busy; if this persists, try a shorter period.',
    retries: [1000, 2000],
  },
  {
    name: 'an HTML error page',
    reply: () => ({
      status: 502,
      contentType: 'text/html',
      body: '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>',
    }),
    says: 'The analytics API failed (502: Bad Gateway) and sent an HTML error page instead of data.',
    retries: [1000, 2000],
  },
  {
    name: 'an HTML page with status 200',
    reply: () => ({ status: 200, contentType: 'text/html', body: '<!doctype html><html><body><h1>Sign in</h1></body></html>' }),
    says: 'The analytics API answered in an unexpected shape (an HTML page instead of JSON).',
  },
  {
    name: 'malformed JSON',
    reply: () => ({ status: 200, contentType: 'application/json', body: '[{"date": "2026-11-30T00:00:00Z", "sentim' }),
    says: 'The analytics API answered in an unexpected shape (the body is not valid JSON).',
  },
  ...CARD_NAMES.map(
    (name): FailureScenario => ({
      name: `a body of the wrong shape (${name})`,
      reply: () => json(200, WRONG_SHAPE[name].json),
      says: WRONG_SHAPE[name].says,
      cards: [name],
    }),
  ),
  {
    name: 'a negative figure',
    reply: (name) => json(200, withFigure(name, -3)),
    says: (name) => implausible(name, name === 'LLM cost' ? '-$3.00 is not a possible cost' : '-3 is not a possible count'),
  },
  {
    name: 'a NaN-like string',
    reply: (name) => json(200, withFigure(name, 'NaN')),
    says: (name) =>
      `The analytics API answered in an unexpected shape (${FIELD[name]}: expected number). The numbers cannot be shown; try again, and report it if it persists.`,
  },
  {
    name: 'an absurdly large figure (1e15)',
    reply: (name) => json(200, withFigure(name, 1e15)),
    says: (name) =>
      implausible(
        name,
        name === 'LLM cost'
          ? '$1,000,000,000,000,000.00 is more than $10,000,000.00, which is not a plausible cost for one org'
          : '1,000,000,000,000,000 is more than 10,000,000, which is not a plausible count',
      ),
  },
  {
    name: 'a timeout (no answer at all)',
    reply: () => ({ hang: true }),
    says: 'The dashboard server did not answer within 35 s. If this keeps happening, check that it is running and can reach the analytics API.',
    retries: [1000, 2000],
    hangs: true,
  },
  {
    name: 'a dropped connection',
    reply: () => ({ drop: true }),
    says: 'Cannot reach the dashboard server: the connection failed or was dropped. Check your network connection and that the dashboard server is running.',
    retries: [1000, 2000],
  },
];

const CLIENT_TIMEOUT_MS = 35_000;

function others(name: CardName): CardName[] {
  return CARD_NAMES.filter((other) => other !== name);
}

async function expectOthersWork(page: Page, name: CardName) {
  for (const other of others(name)) await expectCardData(page, other);
}

let pageErrors: string[] = [];
test.beforeEach(({ page }) => {
  pageErrors = collectPageErrors(page);
});
test.afterEach(() => {
  expect(pageErrors).toEqual([]);
});

for (const scenario of FAILURES) {
  test.describe(scenario.name, () => {
    for (const name of scenario.cards ?? CARD_NAMES) {
      test(`${name}: says what happened, Retry recovers, the others keep working`, async ({ page }) => {
        const says = typeof scenario.says === 'string' ? scenario.says : scenario.says(name);
        const retries = scenario.retries ?? [];
        const tries = retries.length + 1;
        const { seen, requests } = await fakeEndpoint(page, CARD_ENDPOINTS[name], scenario.reply(name), tries);
        const region = card(page, name);
        const notice = region.getByRole('status').filter({ hasText: /Retrying/ });
        await page.goto('/', { waitUntil: 'commit' });

        for (const [index, wait] of retries.entries()) {
          await requests(index + 1);
          if (scenario.hangs) {
            if (index === 0) await cardRequestStarted(page, name);
            await page.clock.runFor(CLIENT_TIMEOUT_MS);
          }
          // While it retries, the card says why and when the next try starts.
          await cardReaches(page, name, 'retrying', `Retrying in ${wait / 1000} s…`);
          await expect(notice).toContainText(says.split(' If this')[0] ?? says);
          await expect(notice).toContainText(`Retrying in ${wait / 1000} s…`);
          await page.clock.runFor(wait);
        }
        await requests(tries);
        if (scenario.hangs) await page.clock.runFor(CLIENT_TIMEOUT_MS);

        await cardReaches(page, name, 'alert', says);
        const alert = region.getByRole('alert');
        await expect(alert).toContainText(says);
        if (tries > 1) await expect(alert).toContainText(`Tried ${tries} times. Wait a moment, then press Retry.`);
        expect(seen).toHaveLength(tries); // 4xx and bad answers are not retried; the others twice
        await expectOthersWork(page, name);

        await alert.getByRole('button', { name: 'Retry' }).click();
        await expectCardData(page, name);
        expect(seen).toHaveLength(tries + 1);
        await expectOthersWork(page, name);
      });
    }
  });
}

test.describe('429 honours Retry-After', () => {
  test('the retry starts when the API said, not before', async ({ page }) => {
    const { seen } = await fakeEndpoint(page, 'tenant-cost', json(429, { detail: 'Slow down.' }, { 'Retry-After': '7' }), 1);
    const cost = card(page, 'LLM cost');
    await page.goto('/');
    await cardReaches(page, 'LLM cost', 'retrying', 'Retrying in 7 s…');
    await expect(cost.getByRole('status')).toContainText('Retrying in 7 s…');
    await page.clock.runFor(6000);
    await expect(cost.getByRole('status')).toContainText('Retrying in 1 s…');
    expect(seen).toHaveLength(1);
    await page.clock.runFor(1000);
    await expectCardData(page, 'LLM cost');
    expect(seen).toHaveLength(2);
  });
});

test.describe('answers that are not errors', () => {
  test('empty answers say there is nothing to show', async ({ page }) => {
    for (const name of CARD_NAMES) {
      await page.route(endpointUrl(CARD_ENDPOINTS[name]), (route) =>
        route.fulfill({ json: name === 'LLM cost' ? { total_cost: 0 } : [] }),
      );
    }
    await page.goto('/');
    await expect(card(page, 'Sentiment over time')).toContainText('No sentiment entries in this range.');
    await expect(card(page, 'LLM cost').getByText('$0.00').first()).toBeVisible();
    await expect(card(page, 'Top students')).toContainText('No chat messages in this range. Pick a longer period.');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('large but possible figures stay readable', async ({ page }) => {
    await page.route(endpointUrl('tenant-cost'), (route) => route.fulfill({ json: { total_cost: 1_234_567.89 } }));
    await page.route(endpointUrl('top-students-by-chat-messages'), (route) =>
      route.fulfill({ json: [{ username: 'power.user', chat_message_count: 2_500_000 }] }),
    );
    await page.route(endpointUrl('sentiment-count'), (route) =>
      route.fulfill({ json: [{ date: `${todayUtc()}T00:00:00Z`, sentiment_count: 9_999_999 }] }),
    );
    await page.goto('/');
    await expect(card(page, 'LLM cost').getByText('$1,234,567.89', { exact: true })).toBeVisible();
    await expect(card(page, 'Top students').getByRole('cell', { name: '2,500,000' })).toBeVisible();
    await expect(card(page, 'Sentiment over time').getByText(/entries in range/)).toHaveText('9,999,999 entries in range');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a huge list (10 000 rows) shows the top 20, fast', async ({ page }) => {
    const students = Array.from({ length: 10_000 }, (_, index) => ({
      username: `student.${String(index).padStart(5, '0')}`,
      chat_message_count: (index * 7919) % 10_007,
    }));
    const days = Array.from({ length: 10_000 }, (_, index) => ({
      date: `${new Date(Date.now() - (index % 400) * 86_400_000).toISOString().slice(0, 10)}T00:00:00Z`,
      sentiment_count: index % 5,
    }));
    let answered = 0;
    await page.route(endpointUrl('top-students-by-chat-messages'), (route) => {
      answered = Date.now();
      return route.fulfill({ json: students });
    });
    await page.route(endpointUrl('sentiment-count'), (route) => route.fulfill({ json: days }));
    await page.goto('/');
    const table = card(page, 'Top students').getByRole('table');
    await expect(table.getByRole('row')).toHaveCount(21);
    expect(Date.now() - answered).toBeLessThan(2000);
    await expect(table.getByRole('row').nth(1)).toContainText('student.');
    const top = Math.max(...students.map((student) => student.chat_message_count));
    await expect(table.getByRole('row').nth(1)).toContainText(top.toLocaleString('en-US'));
    await expectCardData(page, 'Sentiment over time');
    await expectCardData(page, 'LLM cost');
  });
});

test.describe('rapid filter changes', () => {
  function dayBefore(days: number): string {
    return new Date(Date.parse(`${todayUtc()}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
  }

  test('never show an older answer, and the superseded requests are cancelled', async ({ page }) => {
    const start30 = dayBefore(29);
    const start90 = dayBefore(89);
    const yesterday = dayBefore(1);
    // The 30- and 90-day answers are held back and then arrive, late and unmistakable, after
    // the last filter's answer: if either were shown, the card would read $111.11 or $222.22.
    const late: Record<string, number> = { [start30]: 111.11, [start90]: 222.22 };
    const held: { start: string; fulfil: () => Promise<void> }[] = [];
    await page.route(endpointUrl('tenant-cost'), (route) => {
      const start = new URL(route.request().url()).searchParams.get('start_date') ?? '';
      const figure = late[start];
      if (figure === undefined) return route.continue();
      held.push({ start, fulfil: () => route.fulfill({ json: { total_cost: figure } }) });
      return undefined;
    });
    const costRequest = (start: string) => (request: { url: () => string }) =>
      endpointUrl('tenant-cost')(new URL(request.url())) && new URL(request.url()).searchParams.get('start_date') === start;

    await page.goto('/');
    await expectCardData(page, 'LLM cost');
    // Every figure the card shows from here on, in order.
    await page.evaluate(() => {
      const section = [...document.querySelectorAll('section')].find((candidate) => candidate.querySelector('h2')?.textContent === 'LLM cost');
      const shown: string[] = [];
      Object.assign(window, { costFigures: shown });
      const record = () => {
        const figure = section?.querySelector('dd')?.textContent ?? '';
        if (figure !== shown.at(-1)) shown.push(figure);
      };
      record();
      new MutationObserver(record).observe(section ?? document.body, { subtree: true, childList: true, characterData: true });
    });

    const cancelled30 = page.waitForEvent('requestfailed', costRequest(start30));
    const cancelled90 = page.waitForEvent('requestfailed', costRequest(start90));
    await page.getByRole('button', { name: 'Last 30 days' }).click();
    await expect.poll(() => held.map((request) => request.start)).toContain(start30);
    await page.getByRole('button', { name: 'Last 90 days' }).click();
    await expect.poll(() => held.map((request) => request.start)).toContain(start90);
    await page.getByRole('button', { name: 'Yesterday' }).click();
    await expect(page).toHaveURL(/\?period=yesterday$/);

    const answer = await page.request.get(`/api/ai-analytics/orgs/demo/users/admin/tenant-cost/?start_date=${yesterday}&end_date=${yesterday}`);
    const expected = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(
      ((await answer.json()) as { total_cost: number }).total_cost,
    );
    await expect(card(page, 'LLM cost').getByRole('definition').filter({ hasText: /^\$/ }).first()).toHaveText(expected);

    // TanStack Query aborts a fetch nobody shows any more: the two held requests failed.
    expect((await cancelled30).failure()?.errorText).toMatch(/ABORTED/);
    expect((await cancelled90).failure()?.errorText).toMatch(/ABORTED/);

    // Their answers arrive now, after the last one; the browser has already dropped them.
    for (const request of held) await request.fulfil().catch(() => undefined);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await expect(card(page, 'LLM cost').getByRole('definition').filter({ hasText: /^\$/ }).first()).toHaveText(expected);
    const shown = await page.evaluate(() => (window as unknown as { costFigures: string[] }).costFigures);
    expect(shown).not.toContain('$111.11');
    expect(shown).not.toContain('$222.22');
    expect(shown.at(-1)).toBe(expected);
  });
});

test.describe('text from the API and the URL is text', () => {
  const HOSTILE = [
    '<img src=x onerror="window.__xss=1">',
    '</script><script>window.__xss=1</script>',
    '"><svg onload="window.__xss=1">',
    '<iframe srcdoc="<script>parent.__xss=1</script>">',
  ];

  // The page's Content-Security-Policy would stop inline scripts anyway; with it bypassed, a
  // username that became markup would run, so this tests the rendering, not the policy.
  test('usernames, error details and notices render literally and never run', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, bypassCSP: true, locale: 'en-US', timezoneId: 'UTC' });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.route(endpointUrl('top-students-by-chat-messages'), (route) =>
      route.fulfill({ json: HOSTILE.map((username, index) => ({ username, chat_message_count: 40 - index })) }),
    );
    await page.route(endpointUrl('tenant-cost'), (route) => route.fulfill({ status: 404, json: { detail: HOSTILE[0] } }));
    const query = new URLSearchParams({ mentor: HOSTILE[1] ?? '', period: HOSTILE[2] ?? '' });
    await page.goto(`/?${query.toString()}`);

    const table = card(page, 'Top students').getByRole('table');
    for (const username of HOSTILE) await expect(table.getByRole('cell', { name: username, exact: true })).toBeVisible();
    await expect(card(page, 'LLM cost').getByRole('alert')).toContainText(`(${HOSTILE[0]})`);
    const notice = page.getByRole('status').filter({ hasText: 'The link was corrected.' });
    await expect(notice).toContainText(`Mentor id “${HOSTILE[1]}” is not a valid id`);
    await expect(notice).toContainText(`Unknown period “${HOSTILE[2]}”`);

    expect(await page.locator('main img, main script, main svg[onload], main iframe').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(errors).toEqual([]);
    await context.close();
  });
});
