/**
 * Who and what the demo data is about: its orgs, its mentors and the models they run on.
 *
 * Mentors are one shared catalog (ids are unique across the platform, as real mentor ids are);
 * each org offers a subset of them. Filtering an org by a mentor it does not offer answers an
 * empty list, as an unknown mentor id does.
 */

export interface DemoMentor {
  id: string;
  name: string;
}

export const DEMO_MENTORS: readonly DemoMentor[] = [
  { id: 'mentor-algebra-coach', name: 'Algebra Coach' },
  { id: 'mentor-essay-writing', name: 'Essay Writing Tutor' },
  { id: 'mentor-python-lab', name: 'Python Lab' },
  { id: 'mentor-biology-explorer', name: 'Biology Explorer' },
  { id: 'mentor-spanish-conversation', name: 'Spanish Conversation Partner' },
  { id: 'mentor-world-history', name: 'World History Guide' },
  { id: 'mentor-statistics-helper', name: 'Statistics Helper' },
  { id: 'mentor-career-advisor', name: 'Career Advisor' },
];

/**
 * List prices in US dollars per million tokens (public price pages, 2024–2025). Only their
 * ratios matter for a believable picture; they are not a billing reference.
 */
export const MODEL_PRICES = {
  'gpt-4o': { inputPerMillion: 2.5, outputPerMillion: 10 },
  'gpt-4o-mini': { inputPerMillion: 0.15, outputPerMillion: 0.6 },
  'claude-3-5-sonnet': { inputPerMillion: 3, outputPerMillion: 15 },
  'claude-3-5-haiku': { inputPerMillion: 0.8, outputPerMillion: 4 },
  'gemini-1.5-flash': { inputPerMillion: 0.075, outputPerMillion: 0.3 },
} as const satisfies Record<string, { inputPerMillion: number; outputPerMillion: number }>;

export type ModelName = keyof typeof MODEL_PRICES;

/** One mentor as an org runs it. */
export interface MentorOffering {
  mentorId: string;
  /** Relative share of the org's conversations; only ratios matter. */
  popularity: number;
  model: ModelName;
  /** Mean number of student messages per conversation (writing help runs longer than drills). */
  meanTurns: number;
  /** Set for a mentor the org launched recently, so the longer periods show it ramping up. */
  liveForDays?: number;
}

export interface DemoOrgProfile {
  id: string;
  name: string;
  studentCount: number;
  /** Expected conversations on a busy weekday at the end of the history (today). */
  peakConversationsPerDay: number;
  /** Conversations a year ago as a share of today's: the growth over the history. */
  startLevel: number;
  mentors: readonly MentorOffering[];
}

export const DEFAULT_DEMO_ORG = 'demo';

// The second org is small and runs cheap models: its costs are cents, which exercises the
// dashboard's small-amount formatting, and its quiet weekends leave real gaps in the series.
export const DEMO_ORGS: readonly DemoOrgProfile[] = [
  {
    id: DEFAULT_DEMO_ORG,
    name: 'Demo University',
    studentCount: 420,
    peakConversationsPerDay: 150,
    startLevel: 0.6,
    mentors: [
      { mentorId: 'mentor-algebra-coach', popularity: 30, model: 'gpt-4o-mini', meanTurns: 6 },
      { mentorId: 'mentor-essay-writing', popularity: 18, model: 'claude-3-5-sonnet', meanTurns: 8 },
      { mentorId: 'mentor-python-lab', popularity: 24, model: 'gpt-4o', meanTurns: 7 },
      { mentorId: 'mentor-biology-explorer', popularity: 10, model: 'gpt-4o-mini', meanTurns: 4 },
      { mentorId: 'mentor-spanish-conversation', popularity: 8, model: 'claude-3-5-haiku', meanTurns: 9 },
      { mentorId: 'mentor-world-history', popularity: 5, model: 'gemini-1.5-flash', meanTurns: 4 },
      { mentorId: 'mentor-statistics-helper', popularity: 12, model: 'gpt-4o', meanTurns: 5 },
      { mentorId: 'mentor-career-advisor', popularity: 6, model: 'gpt-4o-mini', meanTurns: 3, liveForDays: 75 },
    ],
  },
  {
    id: 'northwind-academy',
    name: 'Northwind Academy',
    studentCount: 310,
    peakConversationsPerDay: 14,
    startLevel: 0.45,
    mentors: [
      { mentorId: 'mentor-python-lab', popularity: 40, model: 'gpt-4o-mini', meanTurns: 6 },
      { mentorId: 'mentor-algebra-coach', popularity: 25, model: 'gemini-1.5-flash', meanTurns: 5 },
      { mentorId: 'mentor-statistics-helper', popularity: 15, model: 'gpt-4o-mini', meanTurns: 5 },
      { mentorId: 'mentor-spanish-conversation', popularity: 12, model: 'gemini-1.5-flash', meanTurns: 7 },
      { mentorId: 'mentor-career-advisor', popularity: 8, model: 'gpt-4o-mini', meanTurns: 3 },
    ],
  },
];
