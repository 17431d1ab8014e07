import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarText, cleanText, escapeText, foldLine } from './icalendar';
import { lineProblems } from './line-rules';

const now = new Date('2026-11-25T14:30:00.000Z');
const header = { productId: '-//Test//Calendar//EN', name: 'Test calendar' };

describe('escapeText', () => {
  it('escapes backslashes, semicolons and commas, and writes line breaks as \\n', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('drops control characters but keeps tabs', () => {
    expect(escapeText('a\u0007b\u0000c\td\u007F')).toBe('abc\td');
    expect(cleanText('x\u001By')).toBe('xy');
  });
});

describe('foldLine', () => {
  it('folds by UTF-8 octets, not characters, and never inside a character', () => {
    const line = `SUMMARY:${'李'.repeat(60)}`;
    const folded = foldLine(line);
    expect(lineProblems(`${folded}\r\n`)).toEqual([]);
    expect(folded.split('\r\n').length).toBeGreaterThan(2);
    expect(folded.replaceAll('\r\n ', '')).toBe(line);
    const emoji = foldLine(`X:${'👩🏽‍🔬'.repeat(20)}`);
    expect(lineProblems(`${emoji}\r\n`)).toEqual([]);
    // Each folded piece holds whole emoji: the family of code points is never split.
    for (const part of emoji.split('\r\n').slice(1)) expect(part.slice(1).startsWith('👩')).toBe(true);
  });

  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldLine('A'.repeat(75))).toBe('A'.repeat(75));
    expect(foldLine('A'.repeat(76))).toBe(`${'A'.repeat(75)}\r\n A`);
  });
});

describe('calendarText', () => {
  const events = [
    {
      uid: 'a.next-contact@example.invalid',
      start: '2026-12-31',
      end: '2027-01-01',
      summary: 'Call Ana, Bo; and "Cy"',
      description: `Two lines\nof notes ${'with words '.repeat(12)}`,
    },
    { uid: 'b@example.invalid', start: '2026-12-01', end: '2026-12-02', summary: 'Plain', description: '' },
  ];
  const text = calendarText(header, events, now);

  it('writes CRLF line ends and lines of at most 75 octets', () => {
    expect(lineProblems(text)).toEqual([]);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('parses with ical.js into all-day events with their UID, dates, summary, description and stamp', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('prodid')).toBe(header.productId);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(header.name);
    const parsed = calendar.getAllSubcomponents('vevent');
    expect(parsed).toHaveLength(2);
    parsed.forEach((vevent, i) => {
      const event = new ICAL.Event(vevent);
      const source = events[i];
      expect(event.uid).toBe(source?.uid);
      expect(event.summary).toBe(source?.summary);
      expect(event.description).toBe(source?.description);
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(source?.start);
      expect(event.endDate.toString()).toBe(source?.end);
      expect(String(vevent.getFirstPropertyValue('dtstamp'))).toBe('2026-11-25T14:30:00Z');
      expect(vevent.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    });
  });

  it('writes an empty calendar when there are no events', () => {
    const empty = calendarText(header, [], now);
    expect(lineProblems(empty)).toEqual([]);
    expect(new ICAL.Component(ICAL.parse(empty)).getAllSubcomponents('vevent')).toEqual([]);
  });
});

describe('lineProblems (the line rules the tests check)', () => {
  it('finds long lines, bare line breaks and a missing final CRLF', () => {
    expect(lineProblems(`${'A'.repeat(75)}\r\n`)).toEqual([]);
    expect(lineProblems(`${'A'.repeat(74)}é\r\n`)).toEqual(['line 1 has 76 octets']);
    expect(lineProblems('A\nB\r\n')).toEqual(['a line ends with a bare CR or LF']);
    expect(lineProblems('A')).toEqual(['the last line does not end with CRLF']);
    expect(lineProblems('\uD83D\r\n')).toEqual(['line 1 splits a character']);
  });
});
