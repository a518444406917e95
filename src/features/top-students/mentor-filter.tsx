import { useId, useState, type FormEvent } from 'react';
import { ariaKey, CLEAR_MENTOR_KEY, MENTOR_KEY } from '../../lib/shortcut-keys';

interface Props {
  mentor: string | null;
  onChange: (mentor: string | null) => void;
}

/**
 * The mentor id is applied on Enter or with the button, not on every keystroke,
 * so one change is one history entry.
 */
export function MentorFilter({ mentor, onChange }: Props) {
  const inputId = useId();
  const hintId = useId();
  const [draft, setDraft] = useState(mentor ?? '');
  const [shown, setShown] = useState(mentor);
  if (shown !== mentor) {
    // The URL changed under us (Back, a shared link): show what it says.
    setShown(mentor);
    setDraft(mentor ?? '');
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = draft.trim() || null;
    if (next !== mentor) onChange(next);
  }

  return (
    <form onSubmit={submit} className="mb-4 flex max-w-xl flex-col gap-1" role="search" aria-label="Filter by mentor">
      <label htmlFor={inputId} className="text-sm font-medium text-foreground">
        Mentor
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={inputId}
          name="mentor"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && mentor !== null) {
              setDraft('');
              onChange(null);
            }
          }}
          placeholder="All mentors"
          aria-describedby={hintId}
          aria-keyshortcuts={`${ariaKey(MENTOR_KEY)} ${ariaKey(CLEAR_MENTOR_KEY)}`}
          autoComplete="off"
          spellCheck={false}
          maxLength={128}
          className="input min-w-0 flex-1 basis-48"
        />
        <button type="submit" className="button-secondary">
          Apply
        </button>
        {mentor !== null ? (
          <button type="button" className="button-secondary" onClick={() => onChange(null)}>
            All mentors
          </button>
        ) : null}
      </div>
      <span id={hintId} className="text-xs text-muted-foreground">
        A mentor’s unique id; empty means all mentors.
      </span>
    </form>
  );
}
