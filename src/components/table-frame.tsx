import type { ReactNode } from 'react';

interface Props {
  /** For the button that shows and hides the table (aria-controls). */
  id?: string;
  /** What the table holds, for screen readers. */
  caption: string;
  /** The header row's cells. */
  head: ReactNode;
  /** A long table scrolls inside the card, its header row kept in view. */
  scrolls?: boolean;
  /** The body's rows. */
  children: ReactNode;
}

/** A table twin in a card: bordered, with a muted header row and a caption for screen readers. */
export function TableFrame({ id, caption, head, scrolls = false, children }: Props) {
  return (
    <div id={id} className={`mt-4 overflow-auto rounded-lg border border-border${scrolls ? ' max-h-80' : ''}`}>
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className={`bg-muted text-left text-muted-foreground${scrolls ? ' sticky top-0' : ''}`}>
          <tr>{head}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
