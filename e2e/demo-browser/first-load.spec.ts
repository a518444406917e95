import { expect } from '@playwright/test';
import { test } from '../support/test';
import { endpointOf, preloadHints, recordApi, requestsOf, settled } from '../support/api-events';
import { demoMentor, mentorField } from '../support/mentors';

// A server that leaves first views to the browser (FIRST_VIEW=browser), as a proxy does for a
// view not in its cache yet: the page asks for its answers itself, all at once, as hinted.

const pal = demoMentor('physics-pal');

test('the first load asks for four answers, all before the first one arrives, and asks once each', async ({ page }) => {
  const events = recordApi(page);
  await page.goto('/');
  await settled(page);

  const requests = requestsOf(events);
  expect(requests.map(endpointOf).sort()).toEqual(['sentiment-count', 'tenant-cost', 'top-students-by-chat-messages', 'user-sentiment']);
  // No waterfall: the page starts every call before any answer is in.
  const firstAnswer = events.findIndex((event) => event.kind === 'response');
  expect(events.slice(0, firstAnswer).filter((event) => event.kind === 'request')).toHaveLength(4);
  // The server's preload hints are the requests the app itself makes: reused, not repeated.
  const hints = await preloadHints(page);
  expect(hints.sort()).toEqual(requests.map((url) => url.href).sort());
});

test('a URL naming a mentor adds one lookup of its name, started with the other four', async ({ page }) => {
  const events = recordApi(page);
  await page.goto(`/?mentor=${pal.id}`);
  await settled(page);
  await expect(mentorField(page)).toHaveValue('Physics Pal');
  const requests = requestsOf(events);
  expect(requests.map(endpointOf).sort()).toEqual(['my-mentors', 'sentiment-count', 'tenant-cost', 'top-students-by-chat-messages', 'user-sentiment']);
  const firstAnswer = events.findIndex((event) => event.kind === 'response');
  expect(events.slice(0, firstAnswer).filter((event) => event.kind === 'request')).toHaveLength(5);
  const hints = await preloadHints(page);
  expect(hints.sort()).toEqual(requests.map((url) => url.href).sort());
});

