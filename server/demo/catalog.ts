/**
 * Who and what the demo data is about: its orgs, its mentors and the models they run on.
 *
 * Mentors are one shared catalog (unique ids are UUIDs, unique across the platform, as real
 * mentor ids are); each org offers a subset of them. Filtering an org by a mentor it does not offer answers an
 * empty list, as an unknown mentor id does.
 */

export interface DemoMentor {
  /** The catalog's own name for the mentor; its unique id (a UUID) is derived from this and the seed. */
  key: string;
  name: string;
  description: string;
  /** Days before today the mentor was created. */
  ageDays: number;
}

// Three names share "Phys": a search for part of a name has something to tell apart.
export const DEMO_MENTORS: readonly DemoMentor[] = [
  { key: 'algebra-coach', name: 'Algebra Coach', description: 'Step-by-step help with equations, functions and word problems.', ageDays: 720 },
  { key: 'essay-writing', name: 'Essay Writing Tutor', description: 'Feedback on structure, arguments and citations in essays.', ageDays: 690 },
  { key: 'python-lab', name: 'Python Lab', description: 'Debugs and explains Python code for introductory programming.', ageDays: 655 },
  { key: 'biology-explorer', name: 'Biology Explorer', description: 'Cells, genetics and ecology explained with everyday examples.', ageDays: 610 },
  { key: 'spanish-conversation', name: 'Spanish Conversation Partner', description: 'Practice conversations in Spanish, corrected gently.', ageDays: 580 },
  { key: 'world-history', name: 'World History Guide', description: 'Timelines, causes and sources from ancient to modern history.', ageDays: 560 },
  { key: 'statistics-helper', name: 'Statistics Helper', description: 'Probability, tests and regression, with worked examples.', ageDays: 530 },
  { key: 'career-advisor', name: 'Career Advisor', description: 'Résumés, interviews and choosing a major.', ageDays: 500 },
  { key: 'physics-pal', name: 'Physics Pal', description: 'Mechanics, waves and electricity, worked through problem by problem.', ageDays: 480 },
  { key: 'physiology-tutor', name: 'Physiology Tutor', description: 'How the body’s systems work, for nursing and pre-med students.', ageDays: 470 },
  { key: 'physics-lab-partner', name: 'Physics Lab Partner', description: 'Plans experiments and reviews lab reports.', ageDays: 40 },
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
  /** A DemoMentor's key. */
  mentor: string;
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
      { mentor: 'algebra-coach', popularity: 30, model: 'gpt-4o-mini', meanTurns: 6 },
      { mentor: 'essay-writing', popularity: 18, model: 'claude-3-5-sonnet', meanTurns: 8 },
      { mentor: 'python-lab', popularity: 24, model: 'gpt-4o', meanTurns: 7 },
      { mentor: 'biology-explorer', popularity: 10, model: 'gpt-4o-mini', meanTurns: 4 },
      { mentor: 'spanish-conversation', popularity: 8, model: 'claude-3-5-haiku', meanTurns: 9 },
      { mentor: 'world-history', popularity: 5, model: 'gemini-1.5-flash', meanTurns: 4 },
      { mentor: 'statistics-helper', popularity: 12, model: 'gpt-4o', meanTurns: 5 },
      { mentor: 'career-advisor', popularity: 6, model: 'gpt-4o-mini', meanTurns: 3, liveForDays: 75 },
      { mentor: 'physics-pal', popularity: 9, model: 'gpt-4o-mini', meanTurns: 5 },
      { mentor: 'physiology-tutor', popularity: 7, model: 'claude-3-5-haiku', meanTurns: 5 },
      { mentor: 'physics-lab-partner', popularity: 4, model: 'gpt-4o', meanTurns: 6, liveForDays: 40 },
    ],
  },
  {
    id: 'northwind-academy',
    name: 'Northwind Academy',
    studentCount: 310,
    peakConversationsPerDay: 14,
    startLevel: 0.45,
    mentors: [
      { mentor: 'python-lab', popularity: 40, model: 'gpt-4o-mini', meanTurns: 6 },
      { mentor: 'algebra-coach', popularity: 25, model: 'gemini-1.5-flash', meanTurns: 5 },
      { mentor: 'statistics-helper', popularity: 15, model: 'gpt-4o-mini', meanTurns: 5 },
      { mentor: 'spanish-conversation', popularity: 12, model: 'gemini-1.5-flash', meanTurns: 7 },
      { mentor: 'career-advisor', popularity: 8, model: 'gpt-4o-mini', meanTurns: 3 },
    ],
  },
];
