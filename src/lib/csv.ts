import type { UnparseConfig } from 'papaparse';
import { linkForDates } from './links';
import type { DayRange } from '../../shared/periods';
import type { CsvCard } from './csv-source';

export type CsvCell = string | number | null;

/** The rows a card shows, in the order and with the columns it shows them. */
export interface CsvTable {
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

/** One table, or several in the order the card shows them. */
export type CsvTables = CsvTable | readonly CsvTable[];

/** Where the rows come from: written into the file name and the first lines of the file (built by csv-source). */
export interface CsvSource extends CsvCard {
  org: string;
  range: DayRange;
  /** The link that reproduces the view. */
  link: string;
}

type Unparse = (data: { fields: string[]; data: CsvCell[][] }, config: UnparseConfig) => string;

const NEWLINE = '\r\n';
/** Spreadsheets read the file as UTF-8 (zoë.müller) only with a byte order mark; CSV parsers skip it. */
const BYTE_ORDER_MARK = '\ufeff';

/** e.g. `top-students_demo_Python-Lab_2026-11-24_2026-11-30.csv` (the mentor's name, else its id); unsafe characters become "-". */
export function csvFileName(source: CsvSource): string {
  const parts = [source.name, source.org, source.mentorName ?? source.mentor ?? null, source.range.from, source.range.to];
  return `${parts
    .filter((part): part is string => Boolean(part))
    .map((part) => part.replace(/[^A-Za-z0-9._-]+/g, '-'))
    .join('_')}.csv`;
}

/** The comment lines above the header: what the rows are, for whom, for when, and the link to see them. */
export function csvMetadata(source: CsvSource): string[] {
  const lines = [
    `# ${oneLine(source.title)}`,
    `# org: ${oneLine(source.org)}`,
    `# mentor: ${source.mentor === undefined ? 'all (this card is not filtered by mentor)' : oneLine(source.mentor ?? 'all')}`,
    `# range: ${source.range.from}..${source.range.to} (UTC)`,
  ];
  if (source.previous) lines.push(`# previous period: ${source.previous.from}..${source.previous.to} (UTC)`);
  lines.push(`# link: ${oneLine(source.link)}`);
  const frozen = linkForDates(source.link, source.range);
  if (frozen !== source.link) lines.push(`# link for these dates: ${oneLine(frozen)}`);
  return lines;
}


/**
 * The file's text: comment lines, then the header and the rows. Cells that a spreadsheet would
 * run as a formula (a username such as `=HYPERLINK(…)`) are escaped; numbers are left as numbers.
 */
export function csvText(unparse: Unparse, source: CsvSource, tables: CsvTables): string {
  // A card with two kinds of rows (the days and the split) writes two tables, a blank line apart, as analytics exports do.
  const sections = ('header' in tables ? [tables] : tables).map((table) =>
    unparse(
      { fields: [...table.header], data: table.rows.map((row) => [...row]) },
      { newline: NEWLINE, escapeFormulae: true, header: true },
    ),
  );
  return `${BYTE_ORDER_MARK}${csvMetadata(source).join(NEWLINE)}${NEWLINE}${sections.join(NEWLINE + NEWLINE)}${NEWLINE}`;
}

/** Builds the file and hands it to the browser as a download. Papa Parse loads on the first export only. */
export async function downloadCsv(source: CsvSource, table: CsvTables): Promise<void> {
  const { default: Papa } = await import('papaparse');
  const text = csvText(Papa.unparse, source, table);
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = csvFileName(source);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, not before the download started.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}


function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}
