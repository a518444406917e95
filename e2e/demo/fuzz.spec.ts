// Feeds the real page generated query strings (random, unicode, very long, script and SQL
// injection, repeated keys, near-misses of valid links): the page never throws, always shows
// its three cards, ends on a canonical URL that reads back without notices, and says what it
// corrected whenever the parser found something to correct.
import { card } from '../support/dashboard';
import { CARD_NAMES, cardReaches, collectPageErrors, todayUtc } from '../support/failures';
import { fuzzQueries } from '../support/query-fuzz';
import { expect, test } from '../support/shared-context';
import {
  isCanonicalSearch,
  parseDashboardSearch,
  toRawParams,
  URL_KEYS,
  urlValuesOf,
} from '../../shared/dashboard-url';
import { describeUrlNotice } from '../../src/state/url-notices';
import { DEMO_ORGS } from '../../server/demo/catalog';

const SEED = 20261130;
const COUNT = 200;
const BATCH = 40;
/** The demo server's configuration in playwright.config.ts. */
const DEFAULTS = { org: 'demo', userId: 'admin' };
/** What its page config lets a link choose: the demo's orgs (IBL_ORGS unset), any user (no sign-in). */
const RULES = { orgs: DEMO_ORGS.map((org) => org.id), userFixed: false };
const QUERIES = fuzzQueries(SEED, COUNT);

const OWNED: readonly string[] = URL_KEYS;
const owned = (key: string) => OWNED.includes(key);
/** For the page function, which looks values up by any string. */
const byName = (params: Record<string, string | null>) => params;

for (let start = 0; start < COUNT; start += BATCH) {
  test(`generated query strings ${start + 1}–${start + BATCH} (seed ${SEED})`, async ({ page }) => {
    test.setTimeout(60_000);
    const errors = collectPageErrors(page);
    const notice = page.getByRole('status').filter({ hasText: 'The link was corrected.' });
    let corrected = 0;
    let silent = 0;

    for (const query of QUERIES.slice(start, start + BATCH)) {
      const response = await page.goto(`/?${query}`, { waitUntil: 'commit' });
      // The URL exactly as the browser understood it (percent-encoding, "#", "+" and all).
      const requested = new URL(response?.request().url() ?? page.url());
      const values = urlValuesOf(requested.searchParams);
      const expected = parseDashboardSearch(values, todayUtc(), DEFAULTS, RULES);
      const canonical = toRawParams(expected.state);
      const foreign = [...requested.searchParams].filter(([key]) => !owned(key));
      if (!isCanonicalSearch(values, canonical)) {
        if (expected.notices.length > 0) corrected += 1;
        else silent += 1;
      }

      // The page rewrites its own URL: wait for the canonical one (owned keys once, with their
      // canonical values; anything else left as it was).
      await page.waitForFunction(
        ({ canonical, foreign, keys }) => {
          const search = new URLSearchParams(window.location.search);
          const ownedOk = keys.every((key) => {
            const value = canonical[key];
            const present = search.getAll(key);
            return value === null ? present.length === 0 : present.length === 1 && present[0] === value;
          });
          const others = [...search].filter(([key]) => !keys.includes(key));
          return ownedOk && JSON.stringify(others) === JSON.stringify(foreign);
        },
        { canonical: byName(canonical), foreign, keys: OWNED },
      );

      for (const name of CARD_NAMES) await cardReaches(page, name, 'settled');
      for (const name of CARD_NAMES) await expect(card(page, name), query).toBeVisible();
      if (expected.notices.length > 0) {
        await expect(notice.getByRole('listitem'), query).toHaveText(expected.notices.map((item) => describeUrlNotice(item, DEFAULTS)));
      } else {
        await expect(notice, query).toHaveCount(0);
      }

      // Idempotent: the canonical URL, read again, needs no correction.
      const final = urlValuesOf(new URL(page.url()).searchParams);
      const reread = parseDashboardSearch(final, todayUtc(), DEFAULTS, RULES);
      expect(reread.notices, query).toEqual([]);
      expect(isCanonicalSearch(final, toRawParams(reread.state)), query).toBe(true);
      expect(reread.state, query).toEqual(expected.state);
      expect(errors, query).toEqual([]);
    }
    test.info().annotations.push({
      type: 'fuzz',
      description: `${BATCH} links: ${corrected} corrected with a notice, ${silent} tidied silently (an empty or default value)`,
    });
  });
}
