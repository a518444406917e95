// Test support: catches the files `downloadCsv` hands the browser, and reads them back.
import Papa from 'papaparse';
import { vi } from 'vitest';

export interface CapturedFile {
  name: string;
  blob: Blob;
}

/** jsdom neither makes object URLs nor downloads: record the blob and the link's file name instead. */
export function captureCsvDownloads() {
  const files: CapturedFile[] = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test-${blobs.size}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) files.push({ name: this.download, blob });
  });
  return {
    files,
    restore() {
      Reflect.deleteProperty(URL, 'createObjectURL');
      Reflect.deleteProperty(URL, 'revokeObjectURL');
    },
  };
}

/**
 * A downloaded CSV split into its comment lines, the header and data rows of its first table,
 * and every table (a blank line apart) as `sections`.
 */
export async function readCsv(file: CapturedFile) {
  const text = (await file.blob.text()).replace(/^\ufeff/, '');
  const comments = text.split('\r\n').filter((line) => line.startsWith('#'));
  const parsed = text.split('\r\n\r\n').map((section) => Papa.parse<string[]>(section, { comments: '#', skipEmptyLines: true }));
  const sections = parsed.map(({ data: [header = [], ...rows] }) => ({ header, rows }));
  const { header = [], rows = [] } = sections[0] ?? {};
  return { comments, header, rows, sections, errors: parsed.flatMap((section) => section.errors) };
}
