// Answers the cards must show right, or refuse without harm, in a real browser: empty and huge
// answers, late answers to superseded filters, and hostile text. The answering endpoint is
// faked with page.route; the others use the real demo API. Failures (HTTP errors, bad bodies,
// timeouts, dropped connections) are in e2e/proxy/failures.spec.ts, one per class through the
// real proxy, and kind by kind in the component tests.
import { card } from '../support/dashboard';
import { expect, test } from '../support/shared-context';
import { CARD_ENDPOINTS, CARD_NAMES, collectPageErrors, endpointUrl, expectCardData, todayUtc } from '../support/failures';

let pageErrors: string[] = [];
test.beforeEach(({ page }) => {
  pageErrors = collectPageErrors(page);
});
test.afterEach(() => {
  expect(pageErrors).toEqual([]);
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
