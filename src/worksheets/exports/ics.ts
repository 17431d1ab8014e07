// Follow-up reminders as an iCalendar file (RFC 5545), built with the `ics` package. The package
// is loaded with import() only when the student asks for the file, so pages do not carry it.
// Over `ics`, this module adds: clean text (no stray control characters), all-day events with a
// fixed UID and DTSTAMP, overdue reminders moved to today, and lines folded at 75 octets of UTF-8
// (the package counts characters, which lets lines in Chinese or with emoji grow past the limit).
import type { EventAttributes, ReturnObject } from 'ics';
import type { Workbook } from '../../workbook/model';
import { type FollowUpAction, followUpActions } from '../contact-tracker/actions';
import { type Day, dayNumber, formatDay, fromDayNumber } from '../contact-tracker/days';

/** The calendar's name as calendar apps show it. */
export const CALENDAR_NAME = 'Networking follow-ups';
/** The PRODID of the files this site writes. */
export const PRODUCT_ID = '-//Networking guide//Follow-up reminders//EN';
/** The domain part of every event UID. */
const UID_DOMAIN = 'networking-guide.invalid';
/** Longest line of an iCalendar file, in octets, not counting the CRLF. */
export const MAX_LINE_OCTETS = 75;

/** The part of the `ics` package this module uses. */
export interface IcsLibrary {
  createEvents(
    events: EventAttributes[],
    header?: { productId?: string; method?: string; calName?: string },
  ): ReturnObject;
}

/** A reminder on one day, before it becomes an event. */
export interface Reminder {
  uid: string;
  day: Day;
  title: string;
  description: string;
}

/** Removes characters iCalendar text may not hold (controls other than tab and line breaks); line breaks become \n. */
export function cleanText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being removed.
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}

/** The reminders to put in the calendar: every dated follow-up; anything overdue or undated lands on today. */
export function reminders(doc: Workbook, today: Day): Reminder[] {
  return followUpActions(doc, today)
    .filter((a) => a.kind !== 'top-five')
    .map((a: FollowUpAction) => {
      const late = a.due !== '' && a.due < today;
      const when = a.due ? (late ? `It was due on ${formatDay(a.due)}.` : '') : 'It has no date yet.';
      return {
        uid: `${a.key}@${UID_DOMAIN}`,
        day: late || !a.due ? today : a.due,
        title: cleanText(late ? `Overdue: ${a.title}` : a.title),
        description: cleanText([a.detail, when].filter(Boolean).join(' ')),
      };
    });
}

/** [year, month, day] of a 'YYYY-MM-DD' date. */
function dateArray(day: Day): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number);
  return [y ?? 1970, m ?? 1, d ?? 1];
}

/** A reminder as an all-day event for the `ics` package, stamped with `now` (DTSTAMP). */
export function toEvent(r: Reminder, now: Date): EventAttributes {
  return {
    uid: r.uid,
    start: dateArray(r.day),
    end: dateArray(fromDayNumber(dayNumber(r.day) + 1)),
    title: r.title,
    description: r.description,
    transp: 'TRANSPARENT',
    // `timestamp` becomes DTSTAMP; the package's types leave it out, its schema accepts it.
    ...({ timestamp: now.getTime() } as object),
  };
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

/** Unfolds an iCalendar text and folds every line again at 75 octets, with CRLF line ends. */
export function refold(text: string): string {
  const lines: string[] = [];
  for (const raw of text.split(/\r\n|\n/)) {
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && lines.length) lines[lines.length - 1] += raw.slice(1);
    else if (raw) lines.push(raw);
  }
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** The result of building the calendar file. */
export type IcsResult = { ok: true; text: string; count: number } | { ok: false; error: string };

/** Builds the calendar file from reminders with the given `ics` library. */
export function buildIcs(lib: IcsLibrary, list: readonly Reminder[], now: Date): IcsResult {
  if (!list.length) return { ok: false, error: 'There are no follow-ups to put in a calendar yet.' };
  const { error, value } = lib.createEvents(
    list.map((r) => toEvent(r, now)),
    { productId: PRODUCT_ID, method: 'PUBLISH', calName: CALENDAR_NAME },
  );
  if (error || !value) return { ok: false, error: 'The calendar file could not be made. Please try again.' };
  return { ok: true, text: refold(value), count: list.length };
}

/** Loads the `ics` package (on first use only) and builds the reminders file of a workbook. */
export async function remindersIcs(doc: Workbook, today: Day, now: Date): Promise<IcsResult> {
  let lib: IcsLibrary;
  try {
    const mod = (await import('ics')) as unknown as IcsLibrary & { default?: IcsLibrary };
    lib = typeof mod.createEvents === 'function' ? mod : (mod.default as IcsLibrary);
  } catch {
    return { ok: false, error: 'The calendar maker could not be loaded. Check your connection and try again.' };
  }
  return buildIcs(lib, reminders(doc, today), now);
}
