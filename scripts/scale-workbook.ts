// The big workbook of the scale bench (scripts/bench-scale.mjs): 5,000 people, 500 interview notes
// and 2,000 places, always the same, stored as the site stores it and as a backup file.
import { encodePlan } from '../src/advisors/codec';
import codes from '../src/advisors/link-codes.json';
import { createBackup } from '../src/workbook/backup-file';
import { WORKBOOK_KEY } from '../src/workbook/engine';
import { buildSampleWorkbook } from '../src/workbook/sample-workbook';
import { storedJson } from '../src/workbook/stored-json';
import { storedItems } from './lighthouse-workbook';

/** How big the measured workbook is. */
export const SCALE = { people: 5000, notes: 500, places: 2000, organizations: 40 } as const;
/** Every how-many-th person has a long note (330 characters); the others have none, as most people in a long list. */
export const NOTES_EVERY = 4;

const STAMP = new Date('2026-03-01T12:00:00.000Z');

/** What the bench needs: the localStorage items, the backup file's text and sizes, and a plan link naming every worksheet. */
export function scaleWorkbook() {
  const doc = buildSampleWorkbook(SCALE.people, STAMP, {
    places: SCALE.places,
    notesEvery: NOTES_EVERY,
    organizations: SCALE.organizations,
  });
  if (doc.interviews.length !== SCALE.notes) throw new Error(`Expected ${SCALE.notes} interview notes.`);
  const items = storedItems(doc);
  const stored = items[WORKBOOK_KEY] ?? '';
  const everyNote = JSON.stringify(
    buildSampleWorkbook(SCALE.people, STAMP, { places: SCALE.places, organizations: SCALE.organizations }),
  );
  const worksheets = Object.entries(codes.codes)
    .filter(([, target]) => target.startsWith('worksheet:'))
    .map(([code]) => code);
  return {
    items,
    backup: createBackup(doc, STAMP),
    people: doc.contacts.length,
    notes: doc.interviews.length,
    places: doc.places.length,
    /** How many people each built-in circle holds (the first circle's count shows on My workbook). */
    firstCircle: doc.contacts.filter((c) => c.circleId === doc.circles[0]?.id).length,
    /** The length of the document's stored JSON (the saved text without its lineage). */
    storedChars: storedJson(doc).length,
    /** What the browser keeps: one byte per character when all fit in one (see stored-json.ts), else two. */
    storedBytes: /[\u0100-\uffff]/.test(stored) ? 2 * stored.length : stored.length,
    /** The size of the same workbook if every person had the long note. */
    everyNoteBytes: Buffer.byteLength(everyNote, 'utf8'),
    planHash: encodePlan({ items: worksheets, note: 'Work through each step.', meetingDate: '' }),
    /** A person with interview notes, for the person page (the fullest story). */
    person: doc.contacts.find((c) => c.id === doc.interviews[0]?.contactId) ?? doc.contacts[0],
  };
}
