import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { contact, workbookWith } from '../contact-tracker/fixtures';
import { CONTACT_COLUMNS, contactsCsv } from './contacts-csv';
import { BOM, csvField, neutralize, toCsv } from './csv';
import { buildIcs, foldLine, type IcsLibrary, refold, reminders, remindersIcs } from './ics';

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

const today = '2026-11-25';
const now = new Date('2026-11-25T14:30:00.000Z');

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

/** Parses an iCalendar text with ical.js and lists its events. */
function parseIcs(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent').map((v) => ({
    uid: String(v.getFirstPropertyValue('uid')),
    summary: String(v.getFirstPropertyValue('summary')),
    description: String(v.getFirstPropertyValue('description')),
    start: String(v.getFirstPropertyValue('dtstart')),
    end: String(v.getFirstPropertyValue('dtend')),
    stamp: String(v.getFirstPropertyValue('dtstamp')),
  }));
}

/** Checks the RFC 5545 line rules: CRLF only, no line over 75 octets, folds never split a character. */
function checkLines(text: string): void {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  for (const line of text.split('\r\n')) {
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(line).not.toContain('\uFFFD');
    expect(line.isWellFormed()).toBe(true);
  }
}

describe('folding at 75 octets', () => {
  it('folds by UTF-8 octets, not characters, and never inside a character', () => {
    const line = `SUMMARY:${'李'.repeat(60)}`;
    const folded = foldLine(line);
    checkLines(`${folded}\r\n`);
    expect(folded.split('\r\n').length).toBeGreaterThan(2);
    expect(refold(folded)).toBe(`${folded}\r\n`);
    const emoji = foldLine(`X:${'👩🏽‍🔬'.repeat(20)}`);
    checkLines(`${emoji}\r\n`);
    // Each folded piece holds whole emoji: the family of code points is never split.
    for (const part of emoji.split('\r\n').slice(1)) expect(part.slice(1).startsWith('👩')).toBe(true);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });
});

describe('calendar reminders (RFC 5545, parsed back with ical.js)', () => {
  const doc = workbookWith([
    contact('a', 'Bob "Bobby" Lee, Jr.', { status: 'reached-out', reachedOutAt: '2026-11-23', org: 'Lab; North' }),
    contact('b', '李伟 👩🏽‍🔬', { status: 'met', metAt: '2026-11-20' }),
    contact('c', 'Line one\nline two', { nextContactAt: '2026-12-01' }),
    contact('d', 'محمد', { nextContactAt: '2026-11-01' }),
    contact('e', 'Declined', { status: 'declined', nextContactAt: '2026-12-01' }),
    contact('f', 'Top', { topFive: true }),
    contact('g', 'No date', { status: 'met' }),
  ]);

  it('lists each follow-up once, overdue and undated ones on today', () => {
    const list = reminders(doc, today);
    expect(list.map((r) => [r.uid, r.day, r.title])).toEqual([
      ['d.next-contact@networking-guide.invalid', today, 'Overdue: Get in touch with محمد'],
      ['b.thank-you@networking-guide.invalid', today, 'Overdue: Send a thank-you to 李伟 👩🏽‍🔬'],
      ['g.thank-you@networking-guide.invalid', today, 'Send a thank-you to No date'],
      ['a.second-person@networking-guide.invalid', '2026-11-26', 'Write to a second person at Lab; North'],
      ['c.next-contact@networking-guide.invalid', '2026-12-01', 'Get in touch with Line one\nline two'],
      ['a.follow-up@networking-guide.invalid', '2026-12-02', 'Send one follow-up to Bob "Bobby" Lee, Jr. (Lab; North)'],
    ]);
    expect(list[0]?.description).toBe('The next contact date you set in the tracker. It was due on Sun, Nov 1, 2026.');
  });

  it('writes a valid file that round-trips every name, with a UID and DTSTAMP per event', async () => {
    const result = await remindersIcs(doc, today, now);
    if (!result.ok) throw new Error(result.error);
    const text = result.text;
    checkLines(text);
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('X-WR-CALNAME:Networking follow-ups');
    const events = parseIcs(text);
    const expected = reminders(doc, today);
    expect(events).toHaveLength(expected.length);
    expect(result.count).toBe(expected.length);
    events.forEach((event, i) => {
      const r = expected[i];
      expect(event.uid).toBe(r?.uid);
      expect(event.summary).toBe(r?.title);
      expect(event.description).toBe(r?.description);
      expect(event.start).toBe(r?.day);
      expect(event.stamp).toBe('2026-11-25T14:30:00Z');
    });
    expect(events.find((e) => e.uid?.startsWith('c.'))?.end).toBe('2026-12-02');
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(text.match(/^DTSTAMP:/gm)).toHaveLength(events.length);
  });

  it('escapes commas, semicolons, backslashes and line breaks, and drops control characters', async () => {
    const odd = workbookWith([
      contact('x', 'A,B;C\\D\r\nE\u0007F', { nextContactAt: '2026-12-01', org: `${'長い組織名'.repeat(30)}` }),
    ]);
    const result = await remindersIcs(odd, today, now);
    if (!result.ok) throw new Error(result.error);
    checkLines(result.text);
    expect(result.text).toContain('SUMMARY:Get in touch with A\\,B\\;C\\\\D\\nEF');
    expect(parseIcs(result.text)[0]?.summary).toBe(`Get in touch with A,B;C\\D\nEF (${'長い組織名'.repeat(30)})`);
  });

  it('says so in words when there is nothing to remind, or the library fails', async () => {
    expect(await remindersIcs(workbookWith([contact('a', 'A')]), today, now)).toEqual({
      ok: false,
      error: 'There are no follow-ups to put in a calendar yet.',
    });
    const broken: IcsLibrary = { createEvents: () => ({ error: new Error('x'), value: null }) };
    expect(buildIcs(broken, reminders(doc, today), now).ok).toBe(false);
  });
});
