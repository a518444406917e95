import type { Mentor } from '../../api/schemas';

export type MentorOption = { kind: 'all' } | { kind: 'mentor'; mentor: Mentor };

export const ALL_MENTORS: MentorOption = { kind: 'all' };

/** What the list (a chunk of its own) tells the field, for the keys the field handles. */
export interface MentorListState {
  options: MentorOption[];
  /** The mentors of the last answer. */
  mentors: Mentor[];
  /** The answer is for the text typed now (not a previous query's placeholder). */
  settled: boolean;
}

export const NO_LIST: MentorListState = { options: [ALL_MENTORS], mentors: [], settled: false };
