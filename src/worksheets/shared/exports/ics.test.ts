import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { InterviewNote } from '../../../workbook/model';
import { contact, workbookWith } from '../follow-up/fixtures';
import { buildIcs, reminders, remindersIcs } from './ics';
import { lineProblems } from './line-rules';

const today = '2026-11-25';
const now = new Date('2026-11-25T14:30:00.000Z');

/** Parses an iCalendar text with ical.js and lists its events. */
function parseIcs(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      end: event.endDate.toString(),
      stamp: String(v.getFirstPropertyValue('dtstamp')),
    };
  });
}

/** Interview notes about `contactId` with one dated next step. */
function noteWith(contactId: string, text: string, due: string): InterviewNote {
  return {
    id: `n-${contactId}`,
    contactId,
    date: '2026-11-20',
    learned: '',
    fit: '',
    explore: '',
    nextSteps: [{ id: 's1', text, due, done: false }],
  };
}

describe('calendar reminders (RFC 5545, parsed back with ical.js)', () => {
  const doc = workbookWith(
    [
      contact('a', 'Bob "Bobby" Lee, Jr.', { status: 'reached-out', reachedOutAt: '2026-11-23', org: 'Lab; North' }),
      contact('b', '李伟 👩🏽‍🔬', { status: 'met', metAt: '2026-11-20' }),
      contact('c', 'Line one\nline two', { nextContactAt: '2026-12-01' }),
      contact('d', 'محمد', { nextContactAt: '2026-11-01' }),
      contact('e', 'Declined', { status: 'declined', nextContactAt: '2026-12-01' }),
      contact('f', 'Top', { topFive: true }),
      contact('g', 'No date', { status: 'met' }),
    ],
    { interviews: [noteWith('b', 'Read the report, then ask; about the team', '2026-12-03')] },
  );

  it('lists each follow-up once, overdue and undated ones on today', () => {
    const list = reminders(doc, today);
    expect(list.map((r) => [r.uid, r.day, r.title])).toEqual([
      ['d.next-contact@networking-guide.invalid', today, 'Overdue: Get in touch with محمد'],
      ['b.thank-you@networking-guide.invalid', today, 'Overdue: Send a thank-you to 李伟 👩🏽‍🔬'],
      ['g.thank-you@networking-guide.invalid', today, 'Send a thank-you to No date'],
      ['a.second-person@networking-guide.invalid', '2026-11-26', 'Write to a second person at Lab'],
      ['c.next-contact@networking-guide.invalid', '2026-12-01', 'Get in touch with Line one line two'],
      ['a.follow-up@networking-guide.invalid', '2026-12-02', 'Send one follow-up to Bob "Bobby" Lee, Jr. at Lab'],
      [
        'n-b.s1.next-step@networking-guide.invalid',
        '2026-12-03',
        'Next step: Read the report, then ask; about the team',
      ],
    ]);
    expect(list[0]?.description).toBe(
      'The next contact date you set in the tracker. It was due on Sun 1 November 2026.',
    );
  });

  it('writes a file in which every kind of reminder parses, with its UID, day, summary and DTSTAMP', () => {
    const result = remindersIcs(doc, today, now);
    if (!result.ok) throw new Error(result.error);
    const text = result.text;
    expect(lineProblems(text)).toEqual([]);
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('X-WR-CALNAME:Networking follow-ups');
    expect(text).toContain('PRODID:-//Networking guide//Follow-up reminders//EN');
    const events = parseIcs(text);
    const expected = reminders(doc, today);
    expect(events).toHaveLength(expected.length);
    expect(result.count).toBe(expected.length);
    const kinds = new Set(events.map((e) => /\.([a-z-]+)@/.exec(e.uid)?.[1]));
    expect([...kinds].sort()).toEqual(['follow-up', 'next-contact', 'next-step', 'second-person', 'thank-you']);
    events.forEach((event, i) => {
      const r = expected[i];
      expect(event.uid).toBe(r?.uid);
      expect(event.summary).toBe(r?.title);
      expect(event.description).toBe(r?.description);
      expect(event.start).toBe(r?.day);
      expect(event.allDay).toBe(true);
      expect(event.stamp).toBe('2026-11-25T14:30:00Z');
    });
    expect(events.find((e) => e.uid.startsWith('c.'))?.end).toBe('2026-12-02');
    expect(text).toMatch(/\r\nDTSTART;VALUE=DATE:20261201\r\nDTEND;VALUE=DATE:20261202\r\n/);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(text.match(/^DTSTAMP:/gm)).toHaveLength(events.length);
  });

  it('escapes commas, semicolons and backslashes, drops control characters and folds long text', () => {
    // A name is one line in a title (line breaks become spaces); escaping line breaks has its own test.
    const odd = workbookWith([
      contact('x', `A,B;C\\D\r\nE\u0007F ${'長い名前'.repeat(30)}`, { nextContactAt: '2026-12-01', org: 'Lab' }),
    ]);
    const result = remindersIcs(odd, today, now);
    if (!result.ok) throw new Error(result.error);
    expect(lineProblems(result.text)).toEqual([]);
    expect(result.text).toContain('SUMMARY:Get in touch with A\\,B\\;C\\\\D EF');
    expect(parseIcs(result.text)[0]?.summary).toBe(`Get in touch with A,B;C\\D EF ${'長い名前'.repeat(30)} at Lab`);
  });

  it('says so in words when there is nothing to remind', () => {
    const nothing = { ok: false, error: 'There are no follow-ups to put in a calendar yet.' };
    expect(remindersIcs(workbookWith([contact('a', 'A')]), today, now)).toEqual(nothing);
    expect(buildIcs([], now)).toEqual(nothing);
  });
});
