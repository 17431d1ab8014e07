// Saving the student's answers about a place (to try it, the date, the notes), and finding one place
// with its answers: loaded when the student first reaches the worksheet's fields (or at the first
// tick), not with the worksheet; the lists it draws first are in places.ts.
import { fitsFormat } from '../../workbook/formats';
import type { Contact, Place, Workbook } from '../../workbook/model';
import {
  listedView,
  PLACE_KINDS,
  type PlaceAnswers,
  type PlaceKind,
  type PlaceOption,
  type PlaceOptions,
  type PlaceView,
} from './places';

/** Finds a place in the institution's lists, with its kind. */
export function listedOption(options: PlaceOptions, id: string): { option: PlaceOption; kind: PlaceKind } | undefined {
  for (const kind of PLACE_KINDS) {
    const option = options[kind].find((o) => o.id === id);
    if (option) return { option, kind };
  }
  return undefined;
}

/** One place by id, listed or the student's own (one search of the places, without building the lists). */
export function findPlace(doc: Workbook, options: PlaceOptions, id: string): PlaceView | undefined {
  const saved = doc.places.find((p) => p.id === id);
  const listed = listedOption(options, id);
  if (listed) return listedView(listed.option, listed.kind, saved);
  return saved && PLACE_KINDS.includes(saved.kind) ? { ...saved, listed: false, saved: true } : undefined;
}

/** The people the student met at a place, in the order they were added. */
export function peopleMetAt(doc: Workbook, placeId: string): Contact[] {
  return doc.contacts.filter((c) => c.sourcePlaceId === placeId);
}

/** True when nothing about a place is filled in. */
function isBlank(place: Place): boolean {
  return !place.tryIt && !place.date && !place.notes;
}

/** Writes a place back into the workbook, keeping its position; a listed place with no answers is left out. */
function storePlace(doc: Workbook, view: PlaceView, next: Place): Workbook {
  const keep = !view.listed || !isBlank(next) || peopleMetAt(doc, next.id).length > 0;
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
