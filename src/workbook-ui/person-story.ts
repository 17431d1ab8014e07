// One person's story across the steps, gathered from the workbook for the person page
// (/workbook/person/?id=…): their circle, how the student rated them, the messages, preparations,
// notes and thank-yous about them, who suggested them and whom they suggested, and where they
// stand in the tracker; with the words of the links into each worksheet. Pure functions (the words
// for an address that leads to no one, which only the page's first island says, are in address-words.ts).
import { ID_PATTERN } from '../workbook/ids';
import type { Contact, InterviewNote, Outreach, Prep, ThankYou, Workbook } from '../workbook/model';
import { worksheetPath } from '../worksheets/addresses';
import type { WorksheetId } from '../worksheets/registry';

/** What an address asks for: no person, text that cannot be a person's id, or an id to look up. */
export type AskedPerson = { kind: 'none' } | { kind: 'malformed' } | { kind: 'id'; id: string };

/** The person the page's address asks for with `?id=` (`search` is `location.search`). */
export function askedPersonId(search: string): AskedPerson {
  const id = new URLSearchParams(search).get('id');
  if (id === null || id.trim() === '') return { kind: 'none' };
  return ID_PATTERN.test(id) ? { kind: 'id', id } : { kind: 'malformed' };
}

/** Everything the workbook holds about one person, in the order of the steps. */
export interface PersonStory {
  person: Contact;
  /** Their circle's name (step 1), or '' when they are in no circle on the map. */
  circle: string;
  /** The place where the student met them (step 2), or ''. */
  place: string;
  /** Who suggested them, while that person is on the list. */
  suggestedBy: Contact | undefined;
  /** The people they suggested, in list order. */
  suggested: Contact[];
  messages: Outreach[];
  preps: Prep[];
  notes: InterviewNote[];
  thankYous: ThankYou[];
}

/** The things written about `id` in step 5 and 6 (also kept for someone removed from the list). */
export function writtenAbout(doc: Workbook, id: string) {
  const about = <T extends { contactId: string }>(items: readonly T[]) => items.filter((i) => i.contactId === id);
  return {
    messages: about(doc.outreach),
    preps: about(doc.preps),
    notes: about(doc.interviews),
    thankYous: about(doc.thankYous),
  };
}

/** One person's story, or undefined when no one on the list has this id. */
export function personStory(doc: Workbook, id: string): PersonStory | undefined {
  const person = doc.contacts.find((c) => c.id === id);
  if (!person) return undefined;
  return {
    person,
    circle: doc.circles.find((c) => c.id === person.circleId)?.name ?? '',
    place: doc.places.find((p) => p.id === person.sourcePlaceId)?.name ?? '',
    suggestedBy: person.referredBy ? doc.contacts.find((c) => c.id === person.referredBy) : undefined,
    suggested: doc.contacts.filter((c) => c.referredBy === id),
    ...writtenAbout(doc, id),
  };
}

/** The worksheets a person's page links into, in step order. */
export const STORY_WORKSHEETS = [
  'network-map',
  'goals',
  'outreach',
  'interview-prep',
  'conversation-card',
  'interview-notes',
  'contact-tracker',
  'thank-you',
] as const satisfies readonly WorksheetId[];

/** A worksheet a person's page links into. */
export type StoryWorksheet = (typeof STORY_WORKSHEETS)[number];

/** The worksheets that open on the person their address names (`?contact=<id>`); the others open at their top. */
const OPENS_ON_PERSON: ReadonlySet<StoryWorksheet> = new Set([
  'network-map',
  'outreach',
  'interview-prep',
  'conversation-card',
  'interview-notes',
  'thank-you',
]);

/** Where in a worksheet a link lands, when not at its top: step 3's ratings are an island of their own, far down. */
const SECTIONS: Partial<Record<StoryWorksheet, string>> = { goals: 'goals-rate' };

/** What each link says, for a person with nothing written there yet. */
const START_WORDS: Readonly<Record<StoryWorksheet, (name: string) => string>> = {
  'network-map': (name) => `Edit ${name} on your network map`,
  goals: (name) => `Rate ${name} in your goals`,
  outreach: (name) => `Write a message to ${name}`,
  'interview-prep': (name) => `Prepare to meet ${name}`,
  'conversation-card': (name) => `Open the conversation card for ${name}`,
  'interview-notes': (name) => `Write notes from your talk with ${name}`,
  'contact-tracker': (name) => `Update ${name} in your contact tracker`,
  'thank-you': (name) => `Write a thank-you to ${name}`,
};

/** A link from a person's page into a worksheet: where it goes and what it says (naming the person). */
export interface StoryLink {
  href: string;
  text: string;
}

/** The link from `person`'s page into `worksheet`, opened on them where the worksheet can be. */
export function storyLink(worksheet: StoryWorksheet, person: Pick<Contact, 'id' | 'name'>): StoryLink {
  const path = worksheetPath(worksheet, OPENS_ON_PERSON.has(worksheet) ? person.id : '');
  const section = SECTIONS[worksheet];
  return {
    href: section ? path.replace(/#.*$/, `#${section}`) : path,
    text: START_WORDS[worksheet](person.name),
  };
}
