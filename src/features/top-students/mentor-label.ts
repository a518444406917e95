/**
 * What is known about the mentor filter, for every place that names the view: the field, the
 * card's subtitle, the page title, the print heading, the CSV and the share menu.
 */
export type MentorView =
  | { kind: 'all' }
  /** The name is being looked up; the leaderboard already filters by the id. */
  | { kind: 'loading'; id: string }
  | { kind: 'known'; id: string; name: string }
  /** The org has no mentor with this id. */
  | { kind: 'unknown'; id: string }
  /** The name could not be looked up (the API failed); the id still filters. */
  | { kind: 'failed'; id: string };

export const UNKNOWN_MENTOR = 'Unknown mentor';

/** Enough of a UUID to tell two mentors of the same name apart. */
export function shortId(id: string): string {
  return id.length > 8 ? `${id.slice(0, 8)}…` : id;
}

/** The mentor as one short name: null for all mentors, the id while no name is known. */
export function mentorName(view: MentorView): string | null {
  switch (view.kind) {
    case 'all':
      return null;
    case 'known':
      return view.name;
    case 'unknown':
      return `${UNKNOWN_MENTOR} (${view.id})`;
    case 'loading':
    case 'failed':
      return view.id;
  }
}

/** For a line that describes the view: "all mentors", "mentor Physics Pal", "Unknown mentor (…)". */
export function mentorPhrase(view: MentorView): string {
  if (view.kind === 'all') return 'all mentors';
  if (view.kind === 'unknown') return mentorName(view) ?? '';
  return `mentor ${mentorName(view) ?? ''}`;
}

/** For the CSV's provenance: the name and the id that reproduces the filter. */
export function mentorProvenance(view: MentorView): string | null {
  if (view.kind === 'all') return null;
  if (view.kind === 'known') return `${view.name} (${view.id})`;
  return mentorName(view);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Text that is a mentor's unique id (pasted), not part of a name to search for. */
export function looksLikeUniqueId(text: string): boolean {
  return UUID.test(text.trim());
}
