import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Scope } from '../../../shared/scope';
import { analyticsQueries } from '../../api/queries';
import { onDemand, useLoadOnInteraction } from '../../lib/on-demand';
import { ariaKey, CLEAR_MENTOR_KEY, MENTOR_KEY } from '../../lib/shortcut-keys';
import { looksLikeUniqueId, mentorName, type MentorView } from './mentor-label';
import { ALL_MENTORS as ALL, NO_LIST, type MentorListState, type MentorOption as Option } from './mentor-options';

// The list and its search: a chunk of its own, asked for at the first interaction with the page.
export const mentorListbox = onDemand(() => import('./mentor-listbox'));

interface Props {
  scope: Scope;
  mentor: string | null;
  view: MentorView;
  /** Asks again for a name whose lookup failed. */
  onRetryName: () => void;
  onChange: (mentor: string | null) => void;
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
  const [open, setOpen] = useState(false);
  // What the person typed since the field opened; null while they have typed nothing.
  const [typed, setTyped] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const listbox = mentorListbox.use();
  useLoadOnInteraction(mentorListbox);
  // Until the list is in, "All mentors" alone; typing is kept in the field meanwhile.
  const list = useRef<MentorListState>(NO_LIST);
  // Read when a key is pressed: the list writes it as it renders its options.
  const listed = () => (listbox.status === 'ready' ? list.current : NO_LIST);

  const text = typed ?? '';
  const pastedId = looksLikeUniqueId(text);

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
    const { options, mentors, settled } = listed();
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
    const last = listed().options.length - 1;
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
  const activeId = open && active >= 0 ? `${listId}-${active}` : undefined;
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
            {listbox.status === 'ready' ? (
              <listbox.value.default
                scope={scope}
                mentor={mentor}
                open={open}
                typed={typed}
                active={active}
                setActive={setActive}
                listId={listId}
                onChoose={choose}
                listRef={list}
              />
            ) : (
              <>
                <ul id={listId} role="listbox" aria-label="Mentors" className="max-h-72 overflow-y-auto py-1" />
                <p role="status" className="border-t border-border px-3 py-1.5 text-xs text-muted-foreground empty:hidden">
                  {!open
                    ? null
                    : pastedId
                      ? 'Press Enter to filter by this unique id.'
                      : listbox.status === 'failed'
                        ? 'The mentor list could not be loaded: paste a mentor’s unique id and press Enter, or reload the page.'
                        : 'Searching mentors…'}
                </p>
              </>
            )}
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
