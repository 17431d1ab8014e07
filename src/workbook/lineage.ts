// Where a stored workbook came from, so that a tab merging another tab's save can find their true
// common ancestor. Each save ends its text with `,"_lineage":"<id> <ancestor ids…>"}`: the id of
// this save (a checksum of its document and lineage) and the ids of the saves it was made from,
// newest first. Inside the text, the lineage changes with the document in one write; the schema
// drops the extra key when the text is validated.
import { fnv1a, fnv1aOfPrefix } from '../lib/hash';

const MARK = ',"_lineage":"';
/** How many ancestors a save names. */
const DEPTH = 16;

/** The id of a save from the checksum of its document: one text saved in two histories is told apart. */
const idOf = (bodySum: string, lineage: readonly string[]) => fnv1a(`${bodySum} ${lineage.join(' ')}`);
/** The id of a save: a checksum of its document and lineage. */
const saveId = (body: string, lineage: readonly string[]) => idOf(fnv1a(body), lineage);

/** A stored text as the document's JSON, the save's id and its lineage (null when the text has none that matches). */
export interface SplitText {
  body: string;
  id: string;
  lineage: string[] | null;
}

/** Splits a stored text; a text without a matching lineage is all document, and its id is its checksum. */
export function splitStored(raw: string): SplitText {
  const at = raw.lastIndexOf(MARK);
  if (at > 0 && raw.endsWith('"}')) {
    const [id, ...lineage] = raw.slice(at + MARK.length, -2).split(' ');
    // The document's text is the stored text up to the lineage, closed with "}": hashed in place.
    if (id === idOf(fnv1aOfPrefix(raw, at, '}'), lineage)) return { body: `${raw.slice(0, at)}}`, id, lineage };
  }
  return { body: raw, id: fnv1a(raw), lineage: null };
}

/** The text to store for a document's JSON (`body`) made from the saves in `lineage`, and the save's id. */
export function withLineage(body: string, lineage: readonly string[]): { text: string; id: string } {
  const id = saveId(body, lineage);
  return { text: `${body.slice(0, -1)}${MARK}${[id, ...lineage].join(' ')}"}`, id };
}

/** The first DEPTH ids of a lineage, newest first. */
export const capped = (ids: readonly string[]): string[] => ids.slice(0, DEPTH);

/** How many saves a tab keeps as possible ancestors (at least 4; more only while their texts are short). */
const KEEP = 16;
const KEEP_CHARS = 8_000_000;

/** The saves a tab has read or written, by id, oldest first: their JSON text and lineage. */
export type Saves = ReadonlyMap<string, { text: string; lineage: readonly string[] }>;

/**
 * The saves a tab keeps as the possible common ancestors of its merges. Text, because documents
 * handed to listeners may be changed in place by UI stores (Solid's reconcile does), and a changed
 * ancestor would drop edits in merges.
 */
export function createHistory() {
  const saves = new Map<string, { text: string; lineage: readonly string[] }>();
  let chars = 0;
  return {
    saves: saves as Saves,
    /** Keeps a save this tab read or wrote, dropping the oldest beyond the limits. */
    remember(id: string, text: string, lineage: readonly string[]): void {
      chars -= saves.get(id)?.text.length ?? 0;
      saves.delete(id);
      saves.set(id, { text, lineage });
      chars += text.length;
      for (const [oldest, save] of saves) {
        if (saves.size <= 4 || (saves.size <= KEEP && chars <= KEEP_CHARS)) break;
        saves.delete(oldest);
        chars -= save.text.length;
      }
    },
    /** Forgets every save (after the workbook was cleared). */
    clear(): void {
      saves.clear();
      chars = 0;
    },
  };
}
