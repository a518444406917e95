import type { Page } from '@playwright/test';
import { DEMO_MENTORS } from '../../server/demo/catalog.ts';
import { DEFAULT_DEMO_SEED } from '../../server/demo/dataset.ts';
import { demoMentorId } from '../../server/demo/mentors.ts';
import { card } from './dashboard';

/** A demo mentor (the README's table) by its catalog key: its name and unique id. */
export function demoMentor(key: string): { name: string; id: string } {
  const mentor = DEMO_MENTORS.find((candidate) => candidate.key === key);
  if (!mentor) throw new Error(`no demo mentor ${key}`);
  return { name: mentor.name, id: demoMentorId(DEFAULT_DEMO_SEED, key) };
}

/** The Top students card's Mentor combobox. */
export function mentorField(page: Page) {
  return card(page, 'Top students').getByRole('combobox', { name: 'Mentor' });
}

export function mentorOptions(page: Page) {
  return card(page, 'Top students').getByRole('listbox', { name: 'Mentors' }).getByRole('option');
}
