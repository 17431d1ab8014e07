// Plan links: an advisor's choice of sections and worksheets, a short note, and the next meeting
// (date, time, place) with the advisor's name, packed into the fragment of a link (/plan/#v1.…),
// so nothing reaches any server.
//
// Format, version 1:  v1.<check>.<codes>.<date>.<note>
//   check  two characters, a checksum of the other fields, to notice a cut or edited link
//   codes  two-character codes from link-codes.json, one after the other ("0h1l22")
//   date   the next meeting as YYYYMMDD, or nothing
//   note   the note, percent-encoded, with "+" for spaces; it comes last so a cut link loses only its end
// Format, version 2, when the plan has a time, a place or the advisor's name (else version 1, so a
// plan made before keeps its link and its id in the workbook):
//   v2.<check>.<codes>.<date>.<time>.<advisor>.<place>.<note>
//   time     HHMM, or nothing; advisor and place percent-encoded like the note, dots included

import { fnv1a32 } from '../lib/hash';
import { isDate } from '../workbook/date-format';

/** The version written in plan links without a time, place or advisor's name. */
export const PLAN_VERSION = 'v1';
/** The version written in plan links with a time, place or advisor's name. */
export const PLAN_VERSION_2 = 'v2';
/** Longest note, in characters; a longer note is cut to this length. */
export const MAX_NOTE = 280;
/** Longest advisor's name and meeting place, in characters. */
export const MAX_LINE = 80;
/** Most items a plan can hold; further items are left out. */
export const MAX_ITEMS = 30;

const CODE = /^[0-9a-z]{2}$/;
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** What a plan holds. */
export interface Plan {
  /** Codes of the sections, worksheets and pages, in the order the advisor listed them. */
  items: string[];
  note: string;
  /** The next meeting, YYYY-MM-DD, or ''. */
  meetingDate: string;
  /** Its time, HH:MM (24 hours), or '' (optional). */
  meetingTime?: string;
  /** Where it is, one line (optional). */
  place?: string;
  /** The advisor's name, one line (optional). */
  advisor?: string;
}

/** Kinds of things that can be wrong with a plan link. */
export type PlanProblemKind =
  | 'empty'
  | 'not-a-plan'
  | 'newer-version'
  | 'damaged'
  | 'unknown-items'
  | 'removed-items'
  | 'cut-item'
  | 'too-many-items'
  | 'note-too-long'
  | 'note-markup'
  | 'bad-date'
  | 'bad-time';

/** Something wrong with a plan link, said in words for the student. */
export interface PlanProblem {
  kind: PlanProblemKind;
  message: string;
}

/** A plan read from a link: what could be read, what could not, and the kinds of what was wrong. */
export interface ReadPlan extends Required<Plan> {
  /** Two-character parts of the link that name no section or worksheet of the guide, as written. */
  unknown: string[];
  problems: PlanProblemKind[];
}

/** A plan read from a link, with what was wrong said in words. */
export interface DecodedPlan extends Omit<ReadPlan, 'problems'> {
  problems: PlanProblem[];
}

/** A two-character checksum (FNV-1a, base 36) of the plan's fields, as written in the link (version 2 adds three). */
export function checksum(items: string, date: string, note: string, ...more: string[]): string {
  const n = fnv1a32([items, date, ...more, note].join('|')) % (36 * 36);
  return (ALPHABET[Math.floor(n / 36)] ?? '0') + (ALPHABET[n % 36] ?? '0');
}

/** True for a time of day written HH:MM, 00:00 to 23:59. */
export function isRealTime(time: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(time);
}

/** Cuts text to at most `max` UTF-16 units without splitting a character in two. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

/**
 * True for characters a note must not carry: control characters, lone surrogate halves, and marks
 * that change the direction of text (they could make a note read differently from what it says).
 */
function isHidden(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
}

/**
 * A note as it can travel in a link and be shown: line breaks kept as "\n", other control and
 * direction-changing characters removed, spaces trimmed, cut to MAX_NOTE characters.
 */
export function cleanNote(note: string): { note: string; cut: boolean } {
  const clean = Array.from(note.replace(/\r\n?/g, '\n'))
    .filter((ch) => ch === '\n' || !isHidden(ch.codePointAt(0) ?? 0))
    .join('')
    .trim();
  const short = cut(clean, MAX_NOTE).trimEnd();
  return { note: short, cut: short.length < clean.trimEnd().length };
}

/** One line (an advisor's name, a place) as it can travel in a link: cleaned like a note, on one line, cut to MAX_LINE. */
export function cleanLine(text: string): string {
  const line = cleanNote(text.replace(/\s+/g, ' ')).note;
  return cut(line, MAX_LINE).trimEnd();
}

/** True when a note looks like it holds HTML or other markup. */
export function hasMarkup(note: string): boolean {
  return /<\/?[a-z!?][^>]*>|&(#\d+|#x[0-9a-f]+|[a-z]+);|javascript:/i.test(note);
}

/** Percent-encodes a note for the link, with "+" for spaces (a real "+" is %2B). */
function encodeNote(note: string): string {
  return encodeURIComponent(note).replace(/%20/g, '+');
}

/** Percent-encodes a field that is not last in the link: like a note, with its dots encoded too. */
function encodeField(text: string): string {
  return encodeNote(text).replace(/\./g, '%2E');
}

/** Decodes a note from a link; broken escapes stay as written instead of failing. */
function decodeNote(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced.replace(/(%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/** The fragment of a plan link, without "#": "v1.k3.0h1l22.20260310.Bring+your+list." */
export function encodePlan(plan: Plan): string {
  const items = [...new Set(plan.items.map((c) => c.toLowerCase()).filter((c) => CODE.test(c)))]
    .slice(0, MAX_ITEMS)
    .join('');
  const date = isDate(plan.meetingDate) ? plan.meetingDate.replaceAll('-', '') : '';
  const { note } = cleanNote(plan.note);
  const time = isRealTime(plan.meetingTime ?? '') ? (plan.meetingTime ?? '').replace(':', '') : '';
  const advisor = cleanLine(plan.advisor ?? '');
  const place = cleanLine(plan.place ?? '');
  if (!time && !advisor && !place)
    return [PLAN_VERSION, checksum(items, date, note), items, date, encodeNote(note)].join('.');
  const check = checksum(items, date, note, time, advisor, place);
  return [PLAN_VERSION_2, check, items, date, time, encodeField(advisor), encodeField(place), encodeNote(note)].join(
    '.',
  );
}

/** The full plan link: "https://example.org/plan/#v1.…". */
export function planUrl(siteUrl: string, plan: Plan): string {
  return `${siteUrl.replace(/\/+$/, '')}/plan/#${encodePlan(plan)}`;
}

/**
 * Reads a plan from a link fragment ("#v1.…" or "v1.…"), its problems named by kind only (the plan
 * page loads their words, plan-problems.ts, only for a link that has some). It never throws.
 * @param isKnown whether a code names a section, worksheet or page of the guide
 */
export function readPlan(fragment: string, isKnown: (code: string) => boolean): ReadPlan {
  const plan: ReadPlan = {
    items: [],
    note: '',
    meetingDate: '',
    meetingTime: '',
    place: '',
    advisor: '',
    unknown: [],
    problems: [],
  };
  const problem = (kind: PlanProblemKind) => plan.problems.push(kind);
  const text = String(fragment ?? '')
    .replace(/^[#?]/, '')
    .trim();
  if (!text) {
    problem('empty');
    return plan;
  }
  const [version = '', check = '', rawItems = '', rawDate = '', ...rest] = text.split('.');
  const v2 = version.toLowerCase() === PLAN_VERSION_2;
  if (version.toLowerCase() !== PLAN_VERSION && !v2) {
    if (/^v\d+$/i.test(version)) problem('newer-version');
    else problem('not-a-plan');
    return plan;
  }
  const [rawTime = '', rawAdvisor = '', rawPlace = '', ...noteParts] = v2 ? rest : ['', '', '', ...rest];

  // Items: two characters each. A last single character is a code cut in two; anything else that
  // is not a known code is counted as not part of the guide.
  const items = rawItems.toLowerCase();
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i += 2) {
    const code = items.slice(i, i + 2);
    if (code.length < 2) {
      problem('cut-item');
    } else if (CODE.test(code) && isKnown(code)) {
      if (!seen.has(code)) plan.items.push(code);
      seen.add(code);
    } else if (!plan.unknown.includes(code)) {
      plan.unknown.push(code);
    }
  }
  if (plan.items.length > MAX_ITEMS) {
    plan.items = plan.items.slice(0, MAX_ITEMS);
    problem('too-many-items');
  }
  if (plan.unknown.length) problem('unknown-items');

  const date = /^(\d{4})(\d{2})(\d{2})$/.exec(rawDate);
  const iso = date ? `${date[1]}-${date[2]}-${date[3]}` : '';
  if (isDate(iso)) plan.meetingDate = iso;
  else if (rawDate) problem('bad-date');
  const time = `${rawTime.slice(0, 2)}:${rawTime.slice(2)}`;
  if (isRealTime(time)) plan.meetingTime = time;
  else if (rawTime) problem('bad-time');
  plan.advisor = cleanLine(decodeNote(rawAdvisor));
  plan.place = cleanLine(decodeNote(rawPlace));

  const written = decodeNote(noteParts.join('.'));
  const { note, cut: wasCut } = cleanNote(written);
  plan.note = note;
  if (wasCut) problem('note-too-long');
  if (hasMarkup(`${note} ${plan.advisor} ${plan.place}`)) problem('note-markup');

  const expected = v2
    ? checksum(items, rawDate, note, rawTime, plan.advisor, plan.place)
    : checksum(items, rawDate, cleanNote(written).note);
  if (check.toLowerCase() !== expected) plan.problems.unshift('damaged');
  if (!plan.items.length && !plan.unknown.length && !plan.note && !plan.advisor && !plan.place && !plan.meetingDate)
    problem('empty');
  return plan;
}

/** A stable id for a plan in the workbook ("plan-" and eight characters): the same link gives the same id. */
export function planId(plan: Plan): string {
  const text = encodePlan(plan);
  const a = fnv1a32(text);
  const b = fnv1a32(text, 0x01000193, 0x5bd1e995);
  return `plan-${a.toString(36).padStart(7, '0')}${b.toString(36).padStart(7, '0')}`;
}
