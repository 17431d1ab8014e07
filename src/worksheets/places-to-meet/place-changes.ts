// The student's places of their own and the people met at places: adding and removing them, loaded
// with the worksheet's actions (place-actions.tsx) when first needed. Answers about a place are in places.ts.
import { addContact, type ChangeResult, cleanName } from '../../workbook/contacts';
import { newId } from '../../workbook/ids';
import { MAX_NAME, type Place, type Workbook } from '../../workbook/model';
import {
  findPlace,
  KIND_LABELS,
  type OwnPlaceErrors,
  PLACE_KINDS,
  type PlaceKind,
  type PlaceOptions,
  peopleMetAt,
  placesOfKind,
  type RemovedPlace,
  toPlace,
} from './places';

/** The result of adding a place: the new workbook and its id, or messages in words. */
export type AddPlaceResult = { ok: true; doc: Workbook; id: string } | { ok: false; errors: OwnPlaceErrors };

/** Checks the name of a new place against empty, too long and already listed (ignoring case). */
export function placeNameProblem(doc: Workbook, options: PlaceOptions, name: string): string | undefined {
  const clean = cleanName(name);
  if (!clean) return 'Enter the name of the place or event, for example "Photography club".';
  if (clean.length > MAX_NAME) return `Names of places can be at most ${MAX_NAME} characters. Shorten this one.`;
  const key = clean.toLocaleLowerCase();
  for (const kind of PLACE_KINDS) {
    const same = placesOfKind(doc.places, options, kind).find((p) => cleanName(p.name).toLocaleLowerCase() === key);
    if (same) return `"${same.name}" is already in your ${KIND_LABELS[kind].toLocaleLowerCase()}.`;
  }
  return undefined;
}

/** Adds a place of the student's own, marked to try; refuses an empty or repeated name and a missing kind. */
export function addOwnPlace(
  doc: Workbook,
  options: PlaceOptions,
  name: string,
  kind: PlaceKind | undefined,
): AddPlaceResult {
  const errors: OwnPlaceErrors = {
    name: placeNameProblem(doc, options, name),
    kind: kind ? undefined : 'Choose whether the place is on campus or outside campus.',
  };
  if (errors.name || errors.kind || !kind) return { ok: false, errors };
  const place: Place = { id: newId('pl'), name: cleanName(name), kind, custom: true, tryIt: true, date: '', notes: '' };
  return { ok: true, doc: { ...doc, places: [...doc.places, place] }, id: place.id };
}

/** Removes one of the student's own places; the people met there stay on the list. Listed places cannot be removed. */
export function removeOwnPlace(
  doc: Workbook,
  options: PlaceOptions,
  id: string,
): { doc: Workbook; removed?: RemovedPlace } {
  const index = doc.places.findIndex((p) => p.id === id);
  const place = doc.places[index];
  if (!place || findPlace(doc, options, id)?.listed) return { doc };
  const met = peopleMetAt(doc, id).map((c) => c.id);
  return {
    doc: {
      ...doc,
      places: doc.places.filter((p) => p.id !== id),
      contacts: doc.contacts.map((c) => (c.sourcePlaceId === id ? { ...c, sourcePlaceId: '' } : c)),
    },
    removed: { place, index, met },
  };
}

/** Puts a removed place back where it was, with the links to the people met there. */
export function restorePlace(doc: Workbook, removed: RemovedPlace): Workbook {
  if (doc.places.some((p) => p.id === removed.place.id)) return doc;
  const places = [...doc.places];
  places.splice(Math.min(removed.index, places.length), 0, removed.place);
  const contacts = doc.contacts.map((c) =>
    removed.met.includes(c.id) && !c.sourcePlaceId ? { ...c, sourcePlaceId: removed.place.id } : c,
  );
  return { ...doc, places, contacts };
}

/**
 * Adds a person met at a place to the shared list, with the place as where they were met.
 * Refuses an empty name, and a name already on the list unless `allowDuplicate` is set.
 */
export function addPersonMetAt(
  doc: Workbook,
  options: PlaceOptions,
  placeId: string,
  name: string,
  now: Date,
  allowDuplicate = false,
): ChangeResult {
  const view = findPlace(doc, options, placeId);
  if (!view) return { ok: false, error: 'That place is no longer on your list.' };
  const r = addContact(doc, { name, sourcePlaceId: placeId }, now, allowDuplicate);
  if (!r.ok) return r;
  const stored = view.saved ? r.doc : { ...r.doc, places: [...r.doc.places, toPlace(view)] };
  return { ok: true, doc: stored, id: r.id };
}
