// Writes an iCalendar file (RFC 5545) of all-day events and weekly events: text values cleaned and
// escaped, CRLF line ends, and lines folded at 75 octets of UTF-8, never inside a character as
// people see it (a Chinese character or an emoji family stays whole).

/** Longest line of an iCalendar file, in octets, not counting the CRLF. */
export const MAX_LINE_OCTETS = 75;

/** The calendar as a whole: who made it and the name calendar apps show. */
export interface CalendarHeader {
  productId: string;
  name: string;
}

/** An event that takes whole days, from `start` up to (not including) `end`, both 'YYYY-MM-DD'. */
export interface AllDayEvent {
  uid: string;
  start: string;
  end: string;
  summary: string;
  description: string;
}

/**
 * An event at a time of day that repeats every week on the weekday of `start` (RRULE:FREQ=WEEKLY).
 * Its times are "floating" (no time zone): 18:00 stays 18:00 in the student's own calendar, wherever
 * they are, as a class time does.
 */
export interface WeeklyEvent {
  uid: string;
  /** The day of the first time, 'YYYY-MM-DD'. */
  start: string;
  /** The start time, 'HH:MM' (24 hours). */
  time: string;
  /** How long it lasts, in minutes. */
  minutes: number;
  summary: string;
  description: string;
}

/** An event of either kind. */
export type CalendarEvent = AllDayEvent | WeeklyEvent;

/** Removes characters iCalendar text may not hold (controls other than tab and line breaks); line breaks become \n. */
export function cleanText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being removed.
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}

/** A TEXT value as RFC 5545 writes it: backslash, semicolon and comma escaped, line breaks as \n. */
export function escapeText(text: string): string {
  return cleanText(text)
    .replace(/[\\;,]/g, (ch) => `\\${ch}`)
    .replace(/\n/g, '\\n');
}

/** UTF-8 octets of one code point. */
function octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

const graphemes =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null;

/** The pieces a line may be folded between: whole characters as people see them, else code points. */
function pieces(line: string): string[] {
  return graphemes ? Array.from(graphemes.segment(line), (s) => s.segment) : Array.from(line);
}

/** Folds one content line at 75 octets, never inside a character; continuation lines start with a space. */
export function foldLine(line: string): string {
  let out = '';
  let used = 0;
  for (const piece of pieces(line)) {
    const parts = [...piece];
    const size = parts.reduce((n, ch) => n + octets(ch.codePointAt(0) ?? 0), 0);
    // A rare piece too long for one line (a very long combined character) is split by code point.
    for (const ch of size > MAX_LINE_OCTETS - 1 ? parts : [piece]) {
      const n = ch === piece ? size : octets(ch.codePointAt(0) ?? 0);
      if (used + n > MAX_LINE_OCTETS) {
        out += '\r\n ';
        used = 1;
      }
      out += ch;
      used += n;
    }
  }
  return out;
}

/** A 'YYYY-MM-DD' day as an iCalendar DATE (20261201). */
const date = (day: string) => day.replaceAll('-', '');

/** A moment as an iCalendar UTC DATE-TIME (20261125T143000Z). */
const utcTime = (moment: Date) => `${moment.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

/** iCalendar's names of the days of the week, Sunday first (as Date.getUTCDay counts). */
const BY_DAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** The lines that say when an event happens: a whole-day span, or a weekly time. */
function whenLines(event: CalendarEvent): string[] {
  if ('end' in event) {
    // All-day reminders do not block time in the student's calendar.
    return [`DTSTART;VALUE=DATE:${date(event.start)}`, `DTEND;VALUE=DATE:${date(event.end)}`, 'TRANSP:TRANSPARENT'];
  }
  const weekday = new Date(`${event.start}T00:00:00Z`).getUTCDay();
  return [
    `DTSTART:${date(event.start)}T${event.time.replace(':', '')}00`,
    `DURATION:PT${Math.max(1, Math.round(event.minutes))}M`,
    `RRULE:FREQ=WEEKLY;BYDAY=${BY_DAY[weekday]}`,
  ];
}

/** The content lines of one event, stamped with `now` (DTSTAMP). */
function eventLines(event: CalendarEvent, now: Date): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcTime(now)}`,
    ...whenLines(event),
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    'END:VEVENT',
  ];
}

/** The whole iCalendar file of `events`, made at `now`: folded lines, each ended by CRLF. */
export function calendarText(header: CalendarHeader, events: readonly CalendarEvent[], now: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${header.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(header.name)}`,
    ...events.flatMap((event) => eventLines(event, now)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
