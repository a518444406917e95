import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { csvFileName, csvMetadata, csvText, downloadCsv, type CsvSource } from './csv';
import { linkForDates } from './links';

const source: CsvSource = {
  name: 'top-students',
  title: 'Top students',
  org: 'demo',
  mentor: 'Python Lab (353949a4-2118-46f4-92d9-b848ae316861)',
  mentorName: 'Python Lab',
  range: { from: '2026-11-24', to: '2026-11-30' },
  link: 'http://127.0.0.1:4173/?mentor=353949a4-2118-46f4-92d9-b848ae316861',
};

describe('csvFileName', () => {
  it('names the card, org, mentor and the resolved range', () => {
    expect(csvFileName(source)).toBe('top-students_demo_Python-Lab_2026-11-24_2026-11-30.csv');
  });

  it('names the mentor by its id while its name is not known', () => {
    expect(csvFileName({ ...source, mentor: '353949a4-2118-46f4-92d9-b848ae316861', mentorName: null })).toBe('top-students_demo_353949a4-2118-46f4-92d9-b848ae316861_2026-11-24_2026-11-30.csv');
  });

  it('leaves out a mentor that is not set or does not apply', () => {
    expect(csvFileName({ ...source, mentor: null, mentorName: null })).toBe('top-students_demo_2026-11-24_2026-11-30.csv');
    expect(csvFileName({ ...source, name: 'sentiment', mentor: undefined, mentorName: undefined })).toBe('sentiment_demo_2026-11-24_2026-11-30.csv');
  });

  it('replaces characters that file systems refuse', () => {
    expect(csvFileName({ ...source, org: 'a:b/c', mentorName: 'm@x+y' })).toBe('top-students_a-b-c_m-x-y_2026-11-24_2026-11-30.csv');
  });
});

describe('csvMetadata', () => {
  it('says what, for whom, when and where to see it', () => {
    expect(csvMetadata(source)).toEqual([
      '# Top students',
      '# org: demo',
      '# mentor: Python Lab (353949a4-2118-46f4-92d9-b848ae316861)',
      '# range: 2026-11-24..2026-11-30 (UTC)',
      '# link: http://127.0.0.1:4173/?mentor=353949a4-2118-46f4-92d9-b848ae316861',
      '# link for these dates: http://127.0.0.1:4173/?mentor=353949a4-2118-46f4-92d9-b848ae316861&period=custom&from=2026-11-24&to=2026-11-30',
    ]);
  });

  it('gives one link when it already names the dates', () => {
    const link = 'http://127.0.0.1:4173/?period=custom&from=2026-11-24&to=2026-11-30';
    expect(csvMetadata({ ...source, link }).filter((line) => line.startsWith('# link'))).toEqual([`# link: ${link}`]);
    expect(linkForDates('http://h/?period=30d&compare=previous', source.range)).toBe(
      'http://h/?period=custom&compare=previous&from=2026-11-24&to=2026-11-30',
    );
    expect(linkForDates('not a url', source.range)).toBe('not a url');
  });

  it('names all mentors, a card that ignores the filter, and the previous period', () => {
    expect(csvMetadata({ ...source, mentor: null })[2]).toBe('# mentor: all');
    const lines = csvMetadata({ ...source, mentor: undefined, previous: { from: '2026-11-17', to: '2026-11-23' } });
    expect(lines[2]).toBe('# mentor: all (this card is not filtered by mentor)');
    expect(lines[4]).toBe('# previous period: 2026-11-17..2026-11-23 (UTC)');
  });
});

describe('csvText', () => {
  const table = {
    header: ['Rank', 'Student', 'Messages'],
    rows: [
      [1, 'maria.garcia', 40],
      [2, 'o"brien, kim', 25],
      [3, '=HYPERLINK("http://evil")', 3],
      [4, 'zoë.müller', -1],
    ],
  };

  it('writes comment lines, the header and the rows, and reads back the same rows', () => {
    const text = csvText(Papa.unparse, source, table);
    expect(text.startsWith('\ufeff# Top students\r\n# org: demo\r\n')).toBe(true);
    expect(text).toContain('\r\nRank,Student,Messages\r\n1,maria.garcia,40\r\n2,"o""brien, kim",25\r\n');
    const parsed = Papa.parse<string[]>(text, { comments: '#', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ['Rank', 'Student', 'Messages'],
      ['1', 'maria.garcia', '40'],
      ['2', 'o"brien, kim', '25'],
      ['3', "'=HYPERLINK(\"http://evil\")", '3'],
      ['4', 'zoë.müller', '-1'],
    ]);
  });

  it('keeps empty cells for missing values', () => {
    const text = csvText(Papa.unparse, source, { header: ['a', 'b'], rows: [[1, null]] });
    expect(text.endsWith('a,b\r\n1,\r\n')).toBe(true);
  });
});

describe('downloadCsv', () => {
  const blobs: Blob[] = [];
  beforeEach(() => {
    blobs.length = 0;
    // jsdom has no object URLs.
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return 'blob:csv';
    };
    URL.revokeObjectURL = () => {};
  });
  afterEach(() => {
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

  it('hands the browser a named CSV file', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('top-students_demo_Python-Lab_2026-11-24_2026-11-30.csv');
      expect(this.href).toBe('blob:csv');
    });
    await downloadCsv(source, { header: ['a'], rows: [[1]] });
    expect(click).toHaveBeenCalledTimes(1);
    expect(blobs[0]?.type).toBe('text/csv;charset=utf-8');
    expect(await blobs[0]?.text()).toContain('a\r\n1\r\n');
    expect(document.querySelector('a[download]')).toBeNull();
  });
});
