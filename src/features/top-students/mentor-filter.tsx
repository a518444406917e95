import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Scope } from '../../../shared/scope';
import { isApiError } from '../../api/api-error';
import { analyticsQueries } from '../../api/queries';
import type { Mentor } from '../../api/schemas';
import { formatCount } from '../../lib/format';
import { ariaKey, CLEAR_MENTOR_KEY, MENTOR_KEY } from '../../lib/shortcut-keys';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { looksLikeUniqueId, mentorName, shortId, type MentorView } from './mentor-label';

/** A pause this long in the typing sends the search: one request per pause, not per key. */
export const SEARCH_DEBOUNCE_MS = 250;

interface Props {
  scope: Scope;
  mentor: string | null;
  view: MentorView;
  /** Asks again for a name whose lookup failed. */
  onRetryName: () => void;
  onChange: (mentor: string | null) => void;
}

type Option = { kind: 'all' } | { kind: 'mentor'; mentor: Mentor };

const ALL: Option = { kind: 'all' };

function searchProblem(error: unknown): string {
  if (!isApiError(error)) return 'something went wrong';
  if (error.kind === 'http') return `the API answered ${error.status ?? 'an error'}: ${error.message}`;
  if (error.kind === 'shape' || error.kind === 'implausible') return `unexpected answer (${error.message})`;
  if (error.kind === 'timeout') return 'no answer in time';
  return 'the dashboard server cannot be reached';
}

/**
 * The mentor filter as a WAI-ARIA combobox (list autocomplete): typing searches the org's
 * mentors by name, arrows move through the options, Enter chooses, Escape closes the list and,
 * with the list closed, clears the filter. Focus stays in the field; the options are pointed at
 * with aria-activedescendant. A pasted unique id is applied with Enter.
 */
export function MentorFilter({ scope, mentor, view, onRetryName, onChange }: Props) {
  const queryClient = useQueryClient();
  const inputId = useId();
  const listId = useId();
  const hintId = useId();
  const popup = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const [open, setOpen] = useState(false);
  // What the person typed since the field opened; null while they have typed nothing.
  const [typed, setTyped] = useState<string | null>(null);
  const [active, setActive] = useState(-1);

  const text = typed ?? '';
  const pastedId = looksLikeUniqueId(text);
  const debounced = useDebouncedValue(pastedId ? '' : text.trim(), SEARCH_DEBOUNCE_MS);
  // Opening the field with nothing typed lists the org's first mentors at once.
  const query = typed === null ? '' : debounced;
  const search = useQuery({ ...analyticsQueries.mentorSearch(scope, query), enabled: open && !pastedId });
  const settled = !search.isPlaceholderData && query === text.trim();
  const mentors = search.data?.mentors ?? [];
  const options: Option[] = pastedId ? [ALL] : [ALL, ...mentors.map((item): Option => ({ kind: 'mentor', mentor: item }))];
  // A new list points at nothing: the option under the old index is another mentor.
  const [listed, setListed] = useState(search.data);
  if (listed !== search.data) {
    setListed(search.data);
    setActive(-1);
  }

  useEffect(() => {
    if (active < 0) return;
    list.current?.children[active]?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  function show() {
    if (open) return;
    setOpen(true);
    setActive(-1);
  }

  function close() {
    setOpen(false);
    setTyped(null);
    setActive(-1);
  }

  function choose(option: Option) {
    close();
    if (option.kind === 'all') {
      if (mentor !== null) onChange(null);
      return;
    }
    // The name is known now: the filter change asks for the leaderboard only.
    queryClient.setQueryData(analyticsQueries.mentor(scope, option.mentor.id).queryKey, option.mentor);
    if (option.mentor.id !== mentor) onChange(option.mentor.id);
  }

  function enter() {
    const chosen = open ? options[active] : undefined;
    if (chosen) return choose(chosen);
    if (typed === null) return close();
    const trimmed = text.trim();
    if (trimmed === '') return choose(ALL);
    if (pastedId) {
      close();
      if (trimmed !== mentor) onChange(trimmed);
      return;
    }
    // A name typed in full, or the only match: chosen at once; else the first match is pointed at.
    const exact = settled ? mentors.filter((item) => item.name.toLowerCase() === trimmed.toLowerCase()) : [];
    const only = exact.length === 1 ? exact : settled && mentors.length === 1 ? mentors : [];
    if (only[0]) return choose({ kind: 'mentor', mentor: only[0] });
    setOpen(true);
    if (mentors.length > 0) setActive(1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const last = options.length - 1;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        if (!open) {
          setOpen(true);
          setActive(down ? 0 : last);
        } else if (event.altKey) {
          if (!down) close();
        } else {
          setActive((current) => (current < 0 ? (down ? 0 : last) : down ? (current >= last ? 0 : current + 1) : current <= 0 ? last : current - 1));
        }
        return;
      }
      case 'Enter':
        event.preventDefault();
        if (!open && typed === null) return;
        enter();
        return;
      case 'Escape':
        event.preventDefault();
        // The page's own Esc shortcut never sees a key that the field used.
        event.stopPropagation();
        if (open) {
          close();
        } else if (mentor !== null) {
          onChange(null);
        }
        return;
    }
  }

  const shown = typed ?? (mentorName(view) ?? '');
  const activeId = open && active >= 0 && active <= options.length - 1 ? `${listId}-${active}` : undefined;
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
    <div
      className="relative mb-4 flex max-w-xl flex-col gap-1"
      role="search"
      aria-label="Filter by mentor"
      onBlur={(event) => {
        // Focus moving into the list (its Retry button) keeps it open; anywhere else closes it.
        if (!(event.relatedTarget instanceof Node && popup.current?.contains(event.relatedTarget))) close();
      }}
    >
      <label htmlFor={inputId} className="text-sm font-medium text-foreground">
        Mentor
      </label>
      <div className="flex flex-wrap gap-2">
        <div className="relative min-w-0 flex-1 basis-48">
          <input
            id={inputId}
            name="mentor"
            role="combobox"
            aria-expanded={open}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={activeId}
            aria-describedby={hintId}
            aria-keyshortcuts={`${ariaKey(MENTOR_KEY)} ${ariaKey(CLEAR_MENTOR_KEY)}`}
            value={shown}
            placeholder="All mentors"
            autoComplete="off"
            spellCheck={false}
            maxLength={128}
            className="input w-full pr-8"
            onFocus={(event) => {
              event.currentTarget.select();
              show();
            }}
            onClick={show}
            onChange={(event) => {
              setTyped(event.target.value);
              setOpen(true);
              setActive(-1);
            }}
            onKeyDown={onKeyDown}
          />
          <span aria-hidden="true" className="pointer-events-none absolute inset-y-0 right-2.5 flex items-center text-xs text-muted-foreground">
            {open ? '▴' : '▾'}
          </span>
          <div
            ref={popup}
            hidden={!open}
            className="absolute top-full right-0 left-0 z-30 mt-1 overflow-hidden rounded-xl border border-border bg-popover text-popover-foreground shadow-xl"
          >
            <ul ref={list} id={listId} role="listbox" aria-label="Mentors" className="max-h-72 overflow-y-auto py-1">
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
                        onClick={() => choose(option)}
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
          </div>
        </div>
        {mentor !== null ? (
          <button type="button" className="button-secondary" onClick={() => choose(ALL)}>
            All mentors
          </button>
        ) : null}
      </div>
      <p id={hintId} className="text-xs text-muted-foreground">
        {view.kind === 'unknown' ? (
          <>This org has no mentor with the unique id <span className="font-mono">{view.id}</span>.</>
        ) : view.kind === 'failed' ? (
          <>
            The name of mentor <span className="font-mono">{view.id}</span> could not be looked up.{' '}
            <button type="button" className="underline" onClick={onRetryName}>
              Retry
            </button>
          </>
        ) : view.kind === 'known' ? (
          <>
            Unique id <span className="font-mono">{view.id}</span>
          </>
        ) : (
          'Type part of a name, or paste a mentor’s unique id.'
        )}
      </p>
    </div>
  );
}
