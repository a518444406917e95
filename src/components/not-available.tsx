/** A table cell's missing figure: a dash on screen, words for a screen reader. */
export function NotAvailable() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="sr-only">not available</span>
    </>
  );
}
