import { useQuery } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Scope } from '../../../shared/scope';
import { isApiError } from '../../api/api-error';
import { analyticsQueries } from '../../api/queries';
import { formatCount } from '../../lib/format';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { looksLikeUniqueId, shortId } from './mentor-label';
import { ALL_MENTORS, type MentorListState, type MentorOption } from './mentor-options';

/** A pause this long in the typing sends the search: one request per pause, not per key. */
export const SEARCH_DEBOUNCE_MS = 250;

export interface MentorListboxProps {
  scope: Scope;
  mentor: string | null;
  open: boolean;
  /** What the person typed since the field opened; null while they have typed nothing. */
  typed: string | null;
  active: number;
  setActive: (index: number) => void;
  listId: string;
  onChoose: (option: MentorOption) => void;
  /** Where the field reads the options from when a key is pressed. */
  listRef: RefObject<MentorListState>;
}

function searchProblem(error: unknown): string {
  if (!isApiError(error)) return 'something went wrong';
  if (error.kind === 'http') return `the API answered ${error.status ?? 'an error'}: ${error.message}`;
  if (error.kind === 'shape' || error.kind === 'implausible') return `unexpected answer (${error.message})`;
  if (error.kind === 'timeout') return 'no answer in time';
  return 'the dashboard server cannot be reached';
}

/**
 * The mentor combobox's list: the search by name, the options, the status line. Loaded on
 * the first interaction with the page (the field itself is in the first view and takes
 * typing before this arrives).
 */
export default function MentorListbox({ scope, mentor, open, typed, active, setActive, listId, onChoose, listRef }: MentorListboxProps) {
  const items = useRef<HTMLUListElement>(null);
  const text = typed ?? '';
  const pastedId = looksLikeUniqueId(text);
  const debounced = useDebouncedValue(pastedId ? '' : text.trim(), SEARCH_DEBOUNCE_MS);
  // Opening the field with nothing typed lists the org's first mentors at once.
  const query = typed === null ? '' : debounced;
  const search = useQuery({ ...analyticsQueries.mentorSearch(scope, query), enabled: open && !pastedId });
  const settled = !search.isPlaceholderData && query === text.trim();
  const mentors = search.data?.mentors ?? [];
  const options: MentorOption[] = pastedId
    ? [ALL_MENTORS]
    : [ALL_MENTORS, ...mentors.map((item): MentorOption => ({ kind: 'mentor', mentor: item }))];
  useLayoutEffect(() => {
    listRef.current = { options, mentors, settled };
  });

  // A new list points at nothing: the option under the old index is another mentor.
  const listed = useRef(search.data);
  useLayoutEffect(() => {
    if (listed.current === search.data) return;
    listed.current = search.data;
    setActive(-1);
  }, [search.data, setActive]);

  useEffect(() => {
    if (active < 0) return;
    items.current?.children[active]?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const status = !open
    ? null
    : pastedId
      ? 'Press Enter to filter by this unique id.'
      : search.isError && !search.isFetching
        ? null
        : search.data === undefined
          ? 'Searching mentors…'
          : mentors.length === 0
            ? query === ''
              ? 'This org has no mentors yet.'
              : `No mentor’s name or description holds “${query}”. Paste a unique id to filter by it.`
            : search.data.count > mentors.length
              ? `${formatCount(mentors.length)} of ${formatCount(search.data.count)} mentors; type to narrow the list.`
              : `${formatCount(mentors.length)} ${mentors.length === 1 ? 'mentor' : 'mentors'}`;

  return (
    <>
      <ul ref={items} id={listId} role="listbox" aria-label="Mentors" className="max-h-72 overflow-y-auto py-1">
        {open
          ? options.map((option, index) => {
              const current = option.kind === 'all' ? mentor === null : option.mentor.id === mentor;
              return (
                <li
                  key={option.kind === 'all' ? '' : `${index}:${option.mentor.id}`}
                  id={`${listId}-${index}`}
                  role="option"
                  aria-selected={index === active}
                  className={`flex cursor-pointer items-baseline gap-2 px-3 py-1.5 text-sm hover:bg-muted ${index === active ? 'bg-accent text-accent-foreground' : ''}`}
                  // Keeps focus in the field, so the list does not close before the click.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => onChoose(option)}
                >
                  {/* The mark is drawn by CSS, so the option's text is its name alone. */}
                  <span aria-hidden="true" className={`w-3 shrink-0 text-xs ${current ? "before:content-['✓']" : ''}`} />
                  {option.kind === 'all' ? (
                    <span className="font-medium">All mentors</span>
                  ) : (
                    <span className="flex min-w-0 flex-1 flex-col">
                      <span className="flex items-baseline justify-between gap-3">
                        <span className="truncate font-medium">{option.mentor.name}</span>
                        <span className="shrink-0 font-mono text-xs text-muted-foreground" title={option.mentor.id}>
                          {shortId(option.mentor.id)}
                        </span>
                      </span>
                      {option.mentor.description ? (
                        <span className="truncate text-xs text-muted-foreground">{option.mentor.description}</span>
                      ) : null}
                    </span>
                  )}
                  {current ? <span className="sr-only"> (current filter)</span> : null}
                </li>
              );
            })
          : null}
      </ul>
      {open && search.isError && !search.isFetching && !pastedId ? (
        <div role="alert" className="flex items-center justify-between gap-3 border-t border-border px-3 py-2 text-sm text-destructive">
          <span>Mentor search failed: {searchProblem(search.error)}. The leaderboard still works.</span>
          <button
            type="button"
            className="button-secondary shrink-0"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => void search.refetch()}
          >
            Retry
          </button>
        </div>
      ) : null}
      <p role="status" className="border-t border-border px-3 py-1.5 text-xs text-muted-foreground empty:hidden">
        {status}
      </p>
    </>
  );
}
