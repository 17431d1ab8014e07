// The places the worksheet shows, the institution's and the student's own, with the student's answers
// about them. Saving an answer (to try, the date, the notes) is in place-answers.ts, adding and
// removing places and people in place-changes.ts: both are loaded when the student first needs them.
import { indexById } from '../../workbook/lookups';
import type { Place } from '../../workbook/model';

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
  const base: Place = saved ?? {
    id: option.id,
    name: option.name,
    kind,
    custom: false,
    tryIt: false,
    date: '',
    notes: '',
  };
  const { hint, url, when } = option;
  return { ...base, name: option.name, kind, hint, url, when, listed: true, saved: !!saved };
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

/** How many places the student marked to try. */
export function countToTry(places: readonly Place[]): number {
  let n = 0;
  for (const p of places) if (p.tryIt) n++;
  return n;
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
