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
 * entry. What is typed belongs to the value it was typed over: when the applied value changes
 * under it (Back, a shared link) the field shows the new one; nothing copies the value into state.
 */
export function useAppliedField<T>({ value, format, parse, onApply, equals = Object.is }: AppliedFieldOptions<T>): AppliedField<T> {
  const [edit, setEdit] = useState<{ text: string; over: T; error: string | null } | null>(null);
  const current = edit && equals(edit.over, value) ? edit : null;
  // Dropped for good, so going Back and Forward again does not bring an old draft back.
  if (edit && !current) setEdit(null);

  function apply(next: T) {
    setEdit(null);
    if (!equals(next, value)) onApply(next);
  }

  function submit(event?: FormEvent) {
    event?.preventDefault();
    const text = current?.text ?? format(value);
    const parsed = parse(text);
    if (parsed.ok) apply(parsed.value);
    else setEdit({ text, over: value, error: parsed.error });
  }

  return {
    draft: current?.text ?? format(value),
    setDraft: (text) => setEdit({ text, over: value, error: current?.error ?? null }),
    error: current?.error ?? null,
    submit,
    apply,
  };
}
