import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { contact, workbookWith } from '../follow-up/fixtures';
import { CONTACT_COLUMNS, contactsCsv } from './contacts-csv';
import { BOM, csvField, neutralize, toCsv } from './csv';

// Names and notes that break naive writers: commas, quotes, line breaks, emoji, other scripts.
const HARD_NAMES = [
  'Bob "Bobby" Lee, Jr.',
  'Line one\nline two',
  'Windows\r\nbreak',
  'Zoë 👩🏽‍🔬 Okafor',
  '李伟',
  'محمد الأحمد',
  'Ярослава Шевченко',
  'Semi;colon\\back',
  '=HYPERLINK("http://evil")',
  '+1 555 0100',
  '-minus',
  '@handle',
  '\tTabbed',
  '  spaced  ',
];

/** Parses a CSV file back into rows, as a spreadsheet would. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('CSV (RFC 4180, safe for spreadsheets)', () => {
  it('quotes only what needs it and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' lead')).toBe('" lead"');
  });

  it('neutralizes cells that a spreadsheet would run as formulas', () => {
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(neutralize(bad)).toBe(`'${bad}`);
    for (const ok of ['Ana', '1-2', 'a=b', '', "'quoted"]) expect(neutralize(ok)).toBe(ok);
    expect(csvField('=cmd|"/C calc"!A0')).toBe(`"'=cmd|""/C calc""!A0"`);
  });

  it('writes a BOM, CRLF line ends and one row a record', () => {
    const text = toCsv(['A', 'B'], [['1', 'x\ny']]);
    expect(text).toBe(`${BOM}A,B\r\n1,"x\ny"\r\n`);
  });

  it('round-trips hard names and notes through papaparse (formula cells come back with their apostrophe)', () => {
    const doc = workbookWith(
      HARD_NAMES.map((name, i) =>
        contact(`p${i}`, name, { notes: `Note for ${name}\n"quoted", more`, org: 'Org, Inc.', status: 'met' }),
      ),
    );
    const rows = parseCsv(contactsCsv(doc));
    expect(rows[0]).toEqual([...CONTACT_COLUMNS]);
    expect(rows).toHaveLength(HARD_NAMES.length + 1);
    HARD_NAMES.forEach((name, i) => {
      const row = rows[i + 1] ?? [];
      expect(row).toHaveLength(CONTACT_COLUMNS.length);
      expect(row[0]).toBe(neutralize(name));
      expect(row[1]).toBe('Met');
      expect(row[3]).toBe('Org, Inc.');
      expect(row[14]).toBe(`Note for ${name}\n"quoted", more`);
    });
  });

  it('writes circle names, who introduced whom, dates and the thank-you due date', () => {
    const doc = workbookWith([
      contact('a', 'Ana', { circleId: 'family', email: 'ana@example.org' }),
      contact('b', 'Bo', { referredBy: 'a', status: 'met', metAt: '2026-11-27', circleId: 'gone' }),
    ]);
    const rows = parseCsv(contactsCsv(doc));
    expect(rows[1]?.slice(0, 5)).toEqual(['Ana', 'Not contacted yet', 'Family and friends', '', 'ana@example.org']);
    expect(rows[2]?.slice(0, 3)).toEqual(['Bo', 'Met', '']);
    expect(rows[2]?.[6]).toBe('Ana');
    expect(rows[2]?.[9]).toBe('2026-11-27');
    expect(rows[2]?.[10]).toBe('2026-11-30');
  });

  it('writes a header only when there is no one', () => {
    expect(parseCsv(contactsCsv(workbookWith([])))).toEqual([[...CONTACT_COLUMNS]]);
  });
});
