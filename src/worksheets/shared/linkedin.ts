// LinkedIn versions of the messages the student writes: a connection note that fits LinkedIn's
// limit (200 characters on a free account, 300 on Premium), built from the parts that matter most,
// and a longer message to send once connected. Parts are left out whole, never cut in the middle.
import { oneLine } from '../../lib/sentence';

/** The kind of LinkedIn account, which sets the length of a connection note. */
export type LinkedInAccount = 'free' | 'premium';

/** Characters allowed in a connection note (invitation message) by kind of account. */
export const NOTE_LIMITS: Readonly<Record<LinkedInAccount, number>> = { free: 200, premium: 300 };

/** One part a note can hold: its text, its label for the student, and whether the note needs it. */
export interface NotePart {
  label: string;
  text: string;
  needed?: boolean;
}

/** A connection note, with what it was made of and how it stands against the limit. */
export interface ConnectionNote {
  text: string;
  /** Characters as LinkedIn's box counts them (UTF-16 code units, so an emoji counts as 2). */
  length: number;
  limit: number;
  /** Characters over the limit (0 when it fits). */
  over: number;
  /** Labels of parts left out so that the note fits. */
  leftOut: string[];
}

/** The characters LinkedIn counts: UTF-16 code units, as its text box and `maxlength` do. */
export function linkedInLength(text: string): number {
  return text.length;
}

/**
 * The longest note within `limit` that keeps the parts in their order: every needed part, then
 * the others in order of `priority` (indexes into `parts`) while they fit; `closing` (the
 * sign-off and name, or '') always ends it.
 */
export function fitNote(
  greeting: string,
  parts: readonly NotePart[],
  priority: readonly number[],
  limit: number,
  closing = '',
): ConnectionNote {
  const written = parts.map((p) => ({ ...p, text: oneLine(p.text) }));
  const chosen = new Set(written.flatMap((p, i) => (p.needed && p.text ? [i] : [])));
  const build = (set: ReadonlySet<number>) =>
    [greeting, ...written.filter((p, i) => set.has(i) && p.text).map((p) => p.text), closing].filter(Boolean).join(' ');
  const leftOut: string[] = [];
  for (const i of priority) {
    const part = written[i];
    if (!part?.text || chosen.has(i)) continue;
    const trial = new Set(chosen).add(i);
    if (linkedInLength(build(trial)) <= limit) chosen.add(i);
    else leftOut.push(part.label);
  }
  const text = build(chosen);
  const length = linkedInLength(text);
  return { text, length, limit, over: Math.max(0, length - limit), leftOut };
}

/** "143 of 200 characters." or "23 characters over the limit of 200." */
export function countText(note: Pick<ConnectionNote, 'length' | 'limit' | 'over'>): string {
  if (note.over > 0)
    return `${note.over} ${note.over === 1 ? 'character' : 'characters'} over the limit of ${note.limit}.`;
  return `${note.length} of ${note.limit} characters.`;
}

/** What was left out to fit, in words ('' when nothing was). */
export function leftOutText(note: Pick<ConnectionNote, 'leftOut' | 'limit'>): string {
  if (!note.leftOut.length) return '';
  const names = note.leftOut.map((l) => `“${l}”`);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  return `Left out to fit ${note.limit} characters: ${list}. Send ${note.leftOut.length > 1 ? 'them' : 'it'} in a message once you are connected.`;
}
