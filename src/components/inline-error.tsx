import type { ReactNode } from 'react';

interface Props {
  /** What failed and why, in a sentence. */
  children: ReactNode;
  /** The button's words, naming what it asks for again ("Retry previous period"). */
  retryLabel: string;
  onRetry: () => void;
  className?: string;
}

/** A part of a card that failed while the rest stands (the previous period), with a way to ask again. */
export function InlineError({ children, retryLabel, onRetry, className }: Props) {
  return (
    <div className={`notice-error flex flex-wrap items-center gap-x-3 gap-y-2 ${className ?? ''}`}>
      <p>{children}</p>
      <button type="button" className="button-secondary" onClick={onRetry}>
        {retryLabel}
      </button>
    </div>
  );
}
