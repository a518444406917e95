import { expect } from '@playwright/test';
import { test } from '../support/test';
import { expectDataShown } from '../support/dashboard';
import { E2E_API_KEY, PROXY_BASE } from '../support/env';
import { mentorField, mentorOptions } from '../support/mentors';
import { resetUpstream, upstreamSaw } from '../support/upstream';
import { UPSTREAM_MENTORS } from '../support/upstream-mentors';

test.beforeEach(async () => {
  await resetUpstream();
});

const MENTORS_PATH = '/dm/api/ai-search/orgs/demo/users/admin/my-mentors/';

test('the mentor search reaches upstream with the query and the key; a mentor chosen by name reaches top-students as mentor_id', async ({ page }) => {
  await page.goto('/?period=30d');
  await expectDataShown(page);
  const field = mentorField(page);
  await field.click();
  // The list the field opens with (its first search) is on screen before the typing starts.
  await expect(mentorOptions(page).nth(1)).toBeVisible();
  await field.pressSequentially('physics');
  // Two mentors of one name, told apart by the start of their ids.
  await expect(mentorOptions(page)).toHaveText([/^All mentors/, /^Physics Pal42424242…/, /^Physics Pal7e57ab1e…/]);
  await mentorOptions(page).nth(2).click();
  const evening = UPSTREAM_MENTORS[1]?.unique_id ?? '';
  await expect(page).toHaveURL(new RegExp(`mentor=${evening}$`));
  await expect(field).toHaveValue('Physics Pal');
  await expectDataShown(page);

  const seen = await upstreamSaw();
  const searches = seen.filter((request) => request.path === MENTORS_PATH);
  expect(searches.map((request) => request.query)).toEqual([{ limit: '12' }, { query: 'physics', limit: '12' }]);
  expect(searches.every((request) => request.authorization === `Api-Token ${E2E_API_KEY}` && request.cookie === null)).toBe(true);
  const leaderboard = seen.filter((request) => request.path.endsWith('/top-students-by-chat-messages/'));
  expect(leaderboard.at(-1)?.query).toMatchObject({ mentor_id: evening });
  // The name came with the search: no lookup by unique_id.
  expect(searches.some((request) => 'unique_id' in request.query)).toBe(false);
});

test('a shared URL looks the name up by unique_id; an unknown id says so', async ({ page }) => {
  const chemistry = UPSTREAM_MENTORS[2]?.unique_id ?? '';
  await page.goto(`/?mentor=${chemistry}`);
  await expect(mentorField(page)).toHaveValue('Chemistry Coach');
  expect((await upstreamSaw()).filter((request) => request.path === MENTORS_PATH).map((request) => request.query)).toEqual([
    { unique_id: chemistry },
  ]);
  await page.goto('/?mentor=11111111-2222-4333-8444-555555555555');
  await expect(mentorField(page)).toHaveValue('Unknown mentor (11111111-2222-4333-8444-555555555555)');
});

test('only query, limit, offset and unique_id go upstream', async () => {
  const response = await fetch(
    `${PROXY_BASE}/api/ai-search/orgs/demo/users/admin/my-mentors/?query=pal&category=x&limit=5&featured=true&offset=2&unique_id=${UPSTREAM_MENTORS[0]?.unique_id ?? ''}&tags=a`,
  );
  expect(response.status).toBe(200);
  const [request] = (await upstreamSaw()).filter((seen) => seen.path === MENTORS_PATH);
  expect(Object.keys(request?.query ?? {}).sort()).toEqual(['limit', 'offset', 'query', 'unique_id']);
  expect(request?.authorization).toBe(`Api-Token ${E2E_API_KEY}`);
});
