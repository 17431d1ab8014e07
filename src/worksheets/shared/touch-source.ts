// Where a change in the page comes from, so that the workbook records the last worksheet touched
// (last-touched.ts) with the change itself: the worksheet whose frame (Worksheet.astro, a section
// with the worksheet's id, and for a person-based worksheet its person choice in data-person) holds
// the element of the event being handled, and the person that choice is on. Changes made outside a
// worksheet (My workbook, a plan) record nothing.
import { markChanges } from '../../workbook/client';
import type { PersonWorksheet } from './chosen-person';
import { touching, touchOf } from './last-touched';

/** The events a student changes a worksheet with (a form is sent by a click or a key). */
const EVENTS = ['input', 'change', 'click', 'keydown'];
/** The person each person choice is on now, as the islands that show one tell it. */
const people = new Map<string, () => string | undefined>();
/** The element of the event being handled, until the next task. */
let source: Element | undefined;
let started = false;

/** Tells where changes come from which person `choice` is on now (islands that show one person call it). */
export function followPerson(choice: PersonWorksheet, person: () => string | undefined): void {
  people.set(choice, person);
}

/** Starts recording, with each change made in a worksheet, that worksheet and its person (once per page). */
export function recordTouches(): void {
  if (started) return;
  started = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const note = (event: Event) => {
    source = event.target instanceof Element ? event.target : undefined;
    // The event's handlers run before the next task: a change made after that is not this event's.
    clearTimeout(timer);
    timer = setTimeout(() => {
      source = undefined;
    });
  };
  for (const type of EVENTS) document.addEventListener(type, note, true);
  markChanges((recipe) => {
    const frame = source?.closest<HTMLElement>('.worksheet');
    if (!frame) return recipe;
    const touch = touchOf(frame.id, frame.dataset.person, (choice) => people.get(choice)?.());
    return touching(recipe, touch, new Date().toISOString());
  });
}
