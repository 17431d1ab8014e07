// Adding a place of the student's own, with what is said about it: loaded by the form that adds one
// (PlacesAdd.tsx) when the student first reaches it, or at the first "Add place".
import { announce } from '../../scripts/announce';
import { updateWorkbook } from '../../workbook/client';
import { addOwnPlace } from './place-changes';
import { KIND_LABELS, type OwnPlaceErrors, type PlaceKind, type PlaceOptions } from './places';

/** Adds a place of the student's own, marked to try, and says so; returns the problems in words when refused. */
export function addPlace(options: PlaceOptions, name: string, kind: PlaceKind | undefined): OwnPlaceErrors | undefined {
  let problems: OwnPlaceErrors = {};
  let added = false;
  updateWorkbook((d) => {
    const r = addOwnPlace(d, options, name, kind);
    if (!r.ok) {
      problems = r.errors;
      return d;
    }
    added = true;
    return r.doc;
  });
  if (!added) return problems;
  announce(`Added ${name.trim()} to your ${KIND_LABELS[kind ?? 'outside'].toLocaleLowerCase()}, marked to try.`);
  return undefined;
}
