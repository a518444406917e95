import { useState, type FormEvent } from 'react';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export interface AppliedFieldOptions<T> {
  /** The applied value, as the URL has it. */
  value: T;
  /** The field's text for a value (`''` for none). */
  format: (value: T) => string;
  /** The value the text means, or a sentence saying what is wrong with it. */
  parse: (text: string) => Parsed<T>;
  /** Applies a new value (one history entry); not called when the text means the applied value. */
  onApply: (value: T) => void;
  /** When two values are the same (default `Object.is`); values that are objects need one. */
  equals?: (a: T, b: T) => boolean;
}

export interface AppliedField<T> {
  /** What the person is typing. */
  draft: string;
  setDraft: (text: string) => void;
  /** Why the last submit was refused, until the next one or a new applied value. */
  error: string | null;
  /** For the form's onSubmit (Enter or its button): parses the draft and applies it. */
  submit: (event?: FormEvent) => void;
  /** Applies a value directly (a Clear button, Escape), the draft following it. */
  apply: (value: T) => void;
}

/**
 * A field applied on Enter or its button, not on every keystroke, so one change is one history
 * entry; when the applied value changes under it (Back, a shared link) the draft shows it.
 */
export function useAppliedField<T>({ value, format, parse, onApply, equals = Object.is }: AppliedFieldOptions<T>): AppliedField<T> {
  const [draft, setDraft] = useState(() => format(value));
  const [shown, setShown] = useState(value);
  const [error, setError] = useState<string | null>(null);
  if (!equals(shown, value)) {
    // Adjusting state while rendering, as React advises for a prop change: no effect, no flash.
    setShown(value);
    setDraft(format(value));
    setError(null);
  }

  function apply(next: T) {
    setError(null);
    setDraft(format(next));
    if (!equals(next, value)) onApply(next);
  }

  function submit(event?: FormEvent) {
    event?.preventDefault();
    const parsed = parse(draft);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setError(null);
    if (!equals(parsed.value, value)) onApply(parsed.value);
  }

  return { draft, setDraft, error, submit, apply };
}
