// The places the worksheet shows, the institution's and the student's own, and the student's answers
// about them (to try, the date, the notes). Adding and removing places and people is in
// place-changes.ts, loaded when the student first needs it.

import { fitsFormat } from '../../workbook/formats';
import { indexById } from '../../workbook/lookups';
import type { Contact, Place, Workbook } from '../../workbook/model';

/** Where a place is: on campus or outside it. */
export type PlaceKind = Place['kind'];

/** A place from the institution configuration, as the island receives it in its props. */
export interface PlaceOption {
  id: string;
  name: string;
  hint?: string;
  /** A page about the place or event. */
  url?: string;
  /** An event's date in words ("Thursday, 14 October 2027"), written at build time. */
  when?: string;
}

/** The institution's two lists of places (config.places). */
export interface PlaceOptions {
  campus: readonly PlaceOption[];
  outside: readonly PlaceOption[];
}

/** A place as the worksheet shows it: the saved answers, plus the hint and whether the institution lists it. */
export interface PlaceView extends Place {
  hint?: string;
  url?: string;
  when?: string;
  /** True for places in the institution's lists; only the others can be removed. */
  listed: boolean;
  /** True once the student's answers about it are saved in the workbook. */
  saved: boolean;
}

/** The two kinds of place, in the order the worksheet shows them. */
export const PLACE_KINDS: readonly PlaceKind[] = ['campus', 'outside'];

/** Words for each kind of place, as headings. */
export const KIND_LABELS: Readonly<Record<PlaceKind, string>> = {
  campus: 'Places on campus',
  outside: 'Places outside campus',
};

/** The fields of a place the student answers. */
export type PlaceAnswers = Partial<Pick<Place, 'tryIt' | 'date' | 'notes'>>;

/** A listed place as the worksheet shows it: the institution's name and hint, with the student's answers if saved. */
export function listedView(option: PlaceOption, kind: PlaceKind, saved: Place | undefined): PlaceView {
  const { id, name, hint, url, when } = option;
  const base = saved ?? { id, custom: false, tryIt: false, date: '', notes: '' };
  return { ...base, name, kind, hint, url, when, listed: true, saved: !!saved };
}

/** True when two views of a place show the same (each field of a view is text, a flag or nothing). */
export function sameView(a: PlaceView | undefined, b: PlaceView | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a) as (keyof PlaceView)[];
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** The places of one kind, in order: the institution's first, then the student's own (from the workbook's places). */
export function placesOfKind(places: readonly Place[], options: PlaceOptions, kind: PlaceKind): PlaceView[] {
  const byId = indexById(places);
  const listedIds = new Set(PLACE_KINDS.flatMap((k) => options[k].map((o) => o.id)));
  const listed = options[kind].map((option) => listedView(option, kind, byId.get(option.id)));
  const own = places
    .filter((p) => p.kind === kind && !listedIds.has(p.id))
    .map((p): PlaceView => ({ ...p, listed: false, saved: true }));
  return [...listed, ...own];
}

/** One place by id, listed or the student's own (one search of the places, without building the lists). */
export function findPlace(doc: Workbook, options: PlaceOptions, id: string): PlaceView | undefined {
  const saved = doc.places.find((p) => p.id === id);
  for (const kind of PLACE_KINDS) {
    const option = options[kind].find((o) => o.id === id);
    if (option) return listedView(option, kind, saved);
  }
  return saved && PLACE_KINDS.includes(saved.kind) ? { ...saved, listed: false, saved: true } : undefined;
}

/** The people the student met at a place, in the order they were added. */
export function peopleMetAt(doc: Workbook, placeId: string): Contact[] {
  return doc.contacts.filter((c) => c.sourcePlaceId === placeId);
}

/**
 * Writes a place back into the workbook, keeping its position; a listed place with no answers (not
 * to try, no date, no notes) and no one met there is left out.
 */
function storePlace(doc: Workbook, view: PlaceView, next: Place): Workbook {
  const keep = !view.listed || next.tryIt || !!next.date || !!next.notes || peopleMetAt(doc, next.id).length > 0;
  const index = doc.places.findIndex((p) => p.id === next.id);
  if (index === -1) return keep ? { ...doc, places: [...doc.places, next] } : doc;
  const places = keep ? doc.places.map((p, i) => (i === index ? next : p)) : doc.places.filter((_, i) => i !== index);
  return { ...doc, places };
}

/** Strips the display-only parts of a place view. */
export function toPlace(view: PlaceView): Place {
  const { id, name, kind, custom, tryIt, date, notes } = view;
  return { id, name, kind, custom, tryIt, date, notes };
}

/**
 * Saves the student's answers about a place (to try it, the date, the notes). A listed place is
 * stored only once it has an answer, and dropped again when every answer is cleared.
 */
export function updatePlace(doc: Workbook, options: PlaceOptions, id: string, answers: PlaceAnswers): Workbook {
  const view = findPlace(doc, options, id);
  // A date the workbook cannot store is never written (the field keeps it on screen with a message).
  if (!view || (answers.date !== undefined && !fitsFormat('date', answers.date))) return doc;
  const current = toPlace(view);
  const next = { ...current, ...answers };
  const same = next.tryIt === current.tryIt && next.date === current.date && next.notes === current.notes;
  if (same && view.saved) return doc;
  return storePlace(doc, view, next);
}

/** Marks a place to try, or unmarks it. */
export function markPlace(doc: Workbook, options: PlaceOptions, id: string, tryIt: boolean): Workbook {
  return updatePlace(doc, options, id, { tryIt });
}

/** How many places the student marked to try. */
export function countToTry(places: readonly Place[]): number {
  return places.filter((p) => p.tryIt).length;
}

/** Errors for the "add a place of your own" form, by field. */
export interface OwnPlaceErrors {
  name?: string;
  kind?: string;
}

/** What removing a place took away, so that "Undo" can put it back. */
export interface RemovedPlace {
  place: Place;
  index: number;
  /** Ids of the people met there; they stay on the list, without the place. */
  met: string[];
}
