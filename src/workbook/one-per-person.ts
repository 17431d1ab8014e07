// Some records exist once per person: the outreach draft, the interview preparation, the interview
// notes and the thank-you. Two tabs can each start one for the same person, and merging their
// saves then holds two, of which the worksheets would show only the first. This joins them.
import { MAX_NAME, MAX_TEXT, type Workbook } from './model';
import { UNSAFE_KEYS } from './unsafe-keys';

type Item = Record<string, unknown>;

/** The lists that hold at most one record per person (by contactId). */
const PER_PERSON = ['outreach', 'preps', 'interviews', 'thankYous'] as const;
/** Fields that hold a choice, a date or a reference: two different values are not joined, the first is kept. */
const CHOICES = new Set(['id', 'contactId', 'pitchId', 'theme', 'date', 'due', 'meetingAt', 'sentAt', 'updatedAt']);

/** Joins two texts typed apart: one holds the other, or both are kept, one after the other, when they fit. */
function joinText(a: string, b: string, key: string): string {
  if (!a || b.includes(a)) return b;
  if (!b || a.includes(b)) return a;
  const short = key === 'subject';
  const joined = a + (short ? ' / ' : '\n\n') + b;
  // Only when both together are longer than the field allows is one of them (the shorter) left out.
  if (joined.length <= (short ? MAX_NAME : MAX_TEXT)) return joined;
  return a.length >= b.length ? a : b;
}

/** Combines two versions of a value: texts joined, ticks kept, lists of items by id, the first's choices. */
function combine(a: unknown, b: unknown, key: string): unknown {
  if (typeof a === 'string' && typeof b === 'string') return CHOICES.has(key) ? a || b : joinText(a, b, key);
  if (typeof a === 'boolean') return a || b === true;
  if (Array.isArray(a) && Array.isArray(b)) {
    const byId = new Map((b as Item[]).map((item) => [item.id, item]));
    const merged = (a as Item[]).map((item) => {
      const other = byId.get(item.id);
      byId.delete(item.id);
      return other ? combine(item, other, '') : item;
    });
    return [...merged, ...byId.values()];
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const out: Item = { ...(a as Item) };
    for (const [k, v] of Object.entries(b as Item)) {
      if (!UNSAFE_KEYS.has(k)) out[k] = Object.hasOwn(out, k) ? combine(out[k], v, k) : v;
    }
    return out;
  }
  return a ?? b;
}

/**
 * Joins the records of one person in each per-person list into one record, keeping everything
 * written in any of them. The record with the smallest id stays, where the first one was, so
 * that two tabs doing this end with the same result. Returns `doc` itself when nothing changes.
 */
export function onePerPerson(doc: Workbook): Workbook {
  let out = doc;
  for (const list of PER_PERSON) {
    const items = doc[list] as unknown as Item[];
    const groups = new Map<unknown, Item[]>();
    for (const item of items) {
      if (item.contactId) groups.set(item.contactId, [...(groups.get(item.contactId) ?? []), item]);
    }
    if ([...groups.values()].every((group) => group.length === 1)) continue;
    const kept: Item[] = [];
    for (const item of items) {
      const group = groups.get(item.contactId);
      if (!group || group.length === 1) kept.push(item);
      else if (group[0] === item) {
        const [first, ...rest] = [...group].sort((x, y) => (String(x.id) < String(y.id) ? -1 : 1));
        kept.push(rest.reduce((joined, next) => combine(joined, next, '') as Item, first as Item));
      }
    }
    out = { ...out, [list]: kept };
  }
  return out;
}
