import { useState } from 'react';
import type { CsvTables } from './csv';
import { csvSource, type CsvCard, type CsvView } from './csv-source';

export type CsvExportStatus = 'idle' | 'working' | 'failed';

/**
 * A card's export: the status for its button and the action. The card names only what is its
 * own (name, title, mentor, previous period); the rows are read at click time.
 */
export function useCsvExport(view: CsvView, card: CsvCard, table: () => CsvTables | null) {
  const [status, setStatus] = useState<CsvExportStatus>('idle');
  async function run() {
    const rows = table();
    if (!rows) return;
    const source = csvSource(view, card);
    setStatus('working');
    try {
      // The file builder and Papa Parse load on the first export, not with the page.
      const { downloadCsv } = await import('./csv');
      await downloadCsv(source, rows);
      setStatus('idle');
    } catch {
      setStatus('failed');
    }
  }
  return { status, run };
}
