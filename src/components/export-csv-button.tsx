import type { CsvExportStatus } from '../lib/use-csv-export';

interface Props {
  /** The card's title, for the button's accessible name. */
  what: string;
  /** While a card loads a new view, the old rows must not go out under the new view's name. */
  disabled: boolean;
  csv: { status: CsvExportStatus; run: () => Promise<void> };
}

export function ExportCsvButton({ what, disabled, csv }: Props) {
  return (
    <>
      {csv.status === 'failed' ? <span className="text-xs text-destructive">Export failed</span> : null}
      <button
        type="button"
        className="button-secondary"
        aria-label={`Export CSV of ${what}`}
        disabled={disabled || csv.status === 'working'}
        onClick={() => void csv.run()}
      >
        Export CSV
      </button>
    </>
  );
}
