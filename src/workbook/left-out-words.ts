// Plain words for each part that salvage (salvage.ts) left out of a workbook, such as
// "Interview note for Sam Lee: the date “202612-03-15” is not a date, so it was left out."
import { CHECKLIST_LABELS, COLLECTION_NOUNS } from './labels';
import { type CollectionKey, MAX_NAME, type Workbook } from './model';
import { isRecord, type LeftOut } from './salvage';

/** What each field is, in words. */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  name: 'the name',
  howKnown: 'how you know them',
  org: 'the organization or field',
  notes: 'the notes',
  email: 'the email address',
  circleId: 'the circle',
  sourcePlaceId: 'the place you met them',
  referredBy: 'who introduced you',
  status: 'the status',
  relevance: 'the relevance rating',
  motivation: 'the motivation rating',
  topFive: 'the top-five mark',
  createdAt: 'the time it was added',
  updatedAt: 'the time of the last change',
  reachedOutAt: 'the date you reached out',
  meetingAt: 'the meeting date',
  metAt: 'the date you met',
  thankedAt: 'the date you thanked them',
  lastContactAt: 'the date of the last contact',
  nextContactAt: 'the date of the next contact',
  kind: 'the kind of place',
  custom: 'the mark for a place you added',
  tryIt: 'the “try it” mark',
  builtIn: 'the built-in mark',
  date: 'the date',
  wants: 'what you want',
  fields: 'the fields that interest you',
  organizations: 'the organizations that interest you',
  questions: 'the questions',
  audience: 'who it is for',
  now: 'the part about now',
  past: 'the part about your past',
  future: 'the part about your future',
  ask: 'the ask',
  contactId: 'the person it is about',
  subject: 'the subject',
  connection: 'how you are connected',
  aboutMe: 'the part about you',
  whyThem: 'why you chose them',
  question: 'the question',
  sentAt: 'the date it was sent',
  pitchId: 'the pitch version',
  checklist: 'the checklist',
  text: 'the text',
  theme: 'the theme',
  due: 'the due date',
  done: 'the done mark',
  learned: 'what you learned',
  fit: 'how it fits your goals',
  explore: 'what to explore next',
  nextSteps: 'the next steps',
  action: 'what you did',
  thanks: 'the thanks',
  savedAt: 'the time it was saved',
  note: 'the note',
  items: 'the steps of the plan',
  meetingDate: 'the meeting date',
  // Step 7, the weekly routine.
  day: 'the day',
  time: 'the start time',
  minutes: 'the length',
  goal: 'the weekly goal',
};

/** Lists inside an item, and what one entry of each is called. */
const ENTRY_WORDS: Readonly<Record<string, string>> = {
  questions: 'question',
  nextSteps: 'next step',
  items: 'step',
  wants: 'choice',
};

const DATE_KEYS = new Set([
  'date',
  'due',
  'meetingAt',
  'reachedOutAt',
  'metAt',
  'thankedAt',
  'lastContactAt',
  'nextContactAt',
  'sentAt',
  'meetingDate',
]);
const TIME_KEYS = new Set(['createdAt', 'updatedAt', 'savedAt', 'time']);
const CHOICE_KEYS = new Set(['status', 'kind', 'audience', 'theme', 'wants', 'day', 'minutes', 'goal']);
const RATING_KEYS = new Set(['relevance', 'motivation']);
/** Fields whose words are plural ("the notes are too long"). */
const PLURAL_KEYS = new Set(['notes', 'questions', 'nextSteps', 'items', 'thanks']);
/** Values longer than this are not quoted in a message. */
const MAX_SHOWN = 60;

/** Why a value could not be used, in words ("is not a date"). */
function reason(key: PropertyKey, value: unknown): string {
  const name = String(key);
  if (DATE_KEYS.has(name)) return typeof value === 'string' ? 'is not a date' : 'could not be read';
  if (TIME_KEYS.has(name)) return typeof value === 'string' ? 'is not a time' : 'could not be read';
  if (CHOICE_KEYS.has(name)) return 'is not one of the choices';
  if (RATING_KEYS.has(name)) return 'is not a rating from 0 to 3';
  if (typeof value === 'string' && value.length > MAX_NAME)
    return PLURAL_KEYS.has(name) ? 'are too long' : 'is too long';
  return 'could not be read';
}

/** The value in quotes, when it is short and simple enough to show. */
function shown(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return ` “${value}”`;
  if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_SHOWN) return '';
  return ` “${value}”`;
}

/** A field in words, with its value when it can be shown: "the date “202612-03-15”". */
function fieldWords(key: PropertyKey, value: unknown, parent?: PropertyKey): string {
  const name = String(key);
  const label = parent === 'checklist' ? CHECKLIST_LABELS[name as keyof typeof CHECKLIST_LABELS] : undefined;
  const what = label ? `the checklist mark “${label}”` : (FIELD_WORDS[name] ?? `the “${name}” field`);
  return `${what}${shown(value)}`;
}

/** A name short enough for a message, or '' when there is none. */
function nameIn(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_NAME) return '';
  const name = value.trim();
  return name.length > MAX_SHOWN ? `${name.slice(0, MAX_SHOWN)}…` : name;
}

/** How an item of a list is called: its name, or whom it is about, or its position. */
function itemLabel(list: CollectionKey, index: number, item: unknown, names: ReadonlyMap<string, string>): string {
  const fields = isRecord(item) ? item : {};
  const name = nameIn(fields.name);
  const person = typeof fields.contactId === 'string' ? nameIn(names.get(fields.contactId)) : '';
  const position = index + 1;
  switch (list) {
    case 'contacts':
      return name || `Person ${position}`;
    case 'circles':
      return name ? `Circle “${name}”` : `Circle ${position}`;
    case 'places':
      return name ? `Place “${name}”` : `Place ${position}`;
    case 'pitches':
      return name ? `Pitch version “${name}”` : `Pitch version ${position}`;
    case 'outreach':
      return person ? `Outreach draft to ${person}` : `Outreach draft ${position}`;
    case 'preps':
      return person ? `Interview preparation for ${person}` : `Interview preparation ${position}`;
    case 'interviews':
      return person ? `Interview note for ${person}` : `Interview note ${position}`;
    case 'thankYous':
      return person ? `Thank-you note to ${person}` : `Thank-you note ${position}`;
    case 'plans':
      return `Saved plan ${position}`;
  }
}

/** "could not be read" or "repeats an earlier entry", for a whole item that was left out. */
const whyWhole = (part: LeftOut) => (part.repeated ? 'repeats an earlier entry' : 'could not be read');

/** "Subject: the field “value” is not a date, so it was left out." */
function fieldSentence(subject: string, key: PropertyKey, value: unknown, parent?: PropertyKey): string {
  const them = PLURAL_KEYS.has(String(key)) ? 'they were' : 'it was';
  return `${subject}: ${fieldWords(key, value, parent)} ${reason(key, value)}, so ${them} left out.`;
}

/** The words for what was left out inside a subject (an item, or the goals), from the path below it. */
function insideWords(subject: string, rest: readonly PropertyKey[], part: LeftOut): string {
  const [field, entry, sub] = rest;
  if (field === undefined) return `${subject} ${whyWhole(part)}, so it was left out.`;
  if (rest.length === 1) return fieldSentence(subject, field, part.value);
  const entryWord = ENTRY_WORDS[String(field)];
  if (typeof entry === 'number' && entryWord && rest.length === 2) {
    if (field === 'wants' || field === 'items')
      return `${subject}: the ${entryWord}${shown(part.value)} ${reason(field, part.value)}, so it was left out.`;
    return `${subject}: ${entryWord} ${entry + 1} ${whyWhole(part)}, so it was left out.`;
  }
  if (typeof entry === 'number' && entryWord && rest.length === 3 && sub !== undefined)
    return fieldSentence(`${subject}, ${entryWord} ${entry + 1}`, sub, part.value);
  if (typeof entry === 'string' && rest.length === 2) return fieldSentence(subject, entry, part.value, field);
  return `${subject}: part of it could not be read, so it was left out.`;
}

/**
 * Says in plain words what one left-out part was and why: `raw` is the document salvage read,
 * `doc` what it kept (for the names of people that items point to).
 */
export function describeLeftOut(raw: Record<string, unknown>, doc: Workbook, part: LeftOut): string {
  const [top, index, ...rest] = part.path;
  if (top === 'updatedAt') return 'The time of the last change could not be read, so it was reset.';
  if (top === 'routine') {
    if (index === undefined) return 'Your weekly networking time and goal could not be read, so they were left out.';
    return insideWords('Your weekly networking time', [index, ...rest], part);
  }
  if (top === 'goals') {
    if (index === undefined) return 'Your goals could not be read, so they were left out.';
    return insideWords('Your goals', [index, ...rest], part);
  }
  if (typeof top !== 'string' || !Object.hasOwn(COLLECTION_NOUNS, top))
    return 'Part of the backup could not be read, so it was left out.';
  const list = top as CollectionKey;
  if (typeof index !== 'number') return `Your ${COLLECTION_NOUNS[list][1]} could not be read, so they were left out.`;
  const items = raw[list];
  const names = new Map(doc.contacts.map((contact) => [contact.id, contact.name]));
  const subject = itemLabel(list, index, Array.isArray(items) ? items[index] : undefined, names);
  return insideWords(subject, rest, part);
}
