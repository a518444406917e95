import { useState } from 'react';
import type { CsvSource, CsvTable } from './csv';

export type CsvExportStatus = 'idle' | 'working' | 'failed';

/** A card's export: the status for its button and the action; the rows are read at click time. */
export function useCsvExport(build: () => { source: CsvSource; table: CsvTable } | null) {
  const [status, setStatus] = useState<CsvExportStatus>('idle');
  async function run() {
    const file = build();
    if (!file) return;
    setStatus('working');
    try {
      // The file builder and Papa Parse load on the first export, not with the page.
      const { downloadCsv } = await import('./csv');
      await downloadCsv(file.source, file.table);
      setStatus('idle');
    } catch {
      setStatus('failed');
    }
  }
  return { status, run };
}
