// Test-only: fast-check arbitraries that generate valid workbooks. Not imported by the site.
import fc from 'fast-check';
import {
  type Circle,
  CONTACT_STATUSES,
  type Contact,
  GOAL_WANTS,
  type Goals,
  type InterviewNote,
  MAX_NAME,
  MAX_ROUTINE_MINUTES,
  MAX_TARGET_COUNT,
  MAX_WEEKLY_GOAL,
  type Organization,
  type Outreach,
  PITCH_AUDIENCES,
  type Pitch,
  type Place,
  type Prep,
  type Profile,
  QUESTION_THEMES,
  ROUTINE_DAYS,
  type Routine,
  type SavedPlan,
  type Target,
  type ThankYou,
  type Workbook,
} from './schema';

const ID_CHARS = [...'abcdefghijklmnopqrstuvwxyz0123456789_-'];

/** A valid entity id. */
export const idArb = fc.string({ unit: fc.constantFrom(...ID_CHARS), minLength: 1, maxLength: 10 });
/** Any text, including emoji, markup and lone surrogates. */
export const textArb = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }));
const shortArb = textArb.filter((s) => s.length <= MAX_NAME);
const nameArb = shortArb.filter((s) => s.trim().length > 0);
const refArb = fc.oneof(fc.constant(''), idArb);
const moment = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2099-12-31T23:59:59Z'),
  noInvalidDate: true,
});
/** A 'YYYY-MM-DD' date or ''. */
export const dateArb = fc.oneof(
  fc.constant(''),
  moment.map((d) => d.toISOString().slice(0, 10)),
);
/** An ISO timestamp or ''. */
export const timestampArb = fc.oneof(
  fc.constant(''),
  moment.map((d) => d.toISOString()),
);
const ratingArb = fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const);

/** Lists of entities with unique ids. */
function listOf<T extends { id: string }>(item: fc.Arbitrary<T>, maxLength = 4): fc.Arbitrary<T[]> {
  return fc.uniqueArray(item, { selector: (entity) => entity.id, maxLength });
}

/** Lists of one-per-person records: unique ids, and at most one record per person (contactId). */
function perPerson<T extends { id: string; contactId: string }>(item: fc.Arbitrary<T>): fc.Arbitrary<T[]> {
  return fc.uniqueArray(item, {
    comparator: (a, b) => a.id === b.id || (a.contactId !== '' && a.contactId === b.contactId),
    maxLength: 4,
  });
}

export const circleArb: fc.Arbitrary<Circle> = fc.record({ id: idArb, name: shortArb, builtIn: fc.boolean() });

export const contactArb: fc.Arbitrary<Contact> = fc.record({
  id: idArb,
  name: nameArb,
  circleId: refArb,
  howKnown: textArb,
  org: shortArb,
  notes: textArb,
  email: shortArb,
  sourcePlaceId: refArb,
  referredBy: refArb,
  status: fc.constantFrom(...CONTACT_STATUSES),
  relevance: ratingArb,
  motivation: ratingArb,
  topFive: fc.boolean(),
  createdAt: timestampArb,
  updatedAt: timestampArb,
  reachedOutAt: dateArb,
  meetingAt: dateArb,
  metAt: dateArb,
  thankedAt: dateArb,
  lastContactAt: dateArb,
  nextContactAt: dateArb,
});

const placeArb: fc.Arbitrary<Place> = fc.record({
  id: idArb,
  name: shortArb,
  kind: fc.constantFrom('campus' as const, 'outside' as const),
  custom: fc.boolean(),
  tryIt: fc.boolean(),
  date: dateArb,
  notes: textArb,
});

// Step 3 outputs (issue 14 item 2): targets with dates and the ranked organizations.
const targetArb: fc.Arbitrary<Target> = fc.record({
  id: idArb,
  count: fc.integer({ min: 0, max: MAX_TARGET_COUNT }),
  who: shortArb,
  by: dateArb,
});

const organizationArb: fc.Arbitrary<Organization> = fc.record({
  id: idArb,
  name: shortArb,
  alumni: fc.boolean(),
  advocacy: fc.boolean(),
  motivation: ratingArb,
  posting: fc.boolean(),
});

const goalsArb: fc.Arbitrary<Goals> = fc.record({
  wants: fc.subarray([...GOAL_WANTS]),
  fields: textArb,
  organizations: textArb,
  questions: textArb,
  goal: textArb,
  targets: listOf(targetArb, 3),
  orgList: listOf(organizationArb, 5),
});

const pitchArb: fc.Arbitrary<Pitch> = fc.record({
  id: idArb,
  name: shortArb,
  audience: fc.constantFrom(...PITCH_AUDIENCES),
  now: textArb,
  past: textArb,
  future: textArb,
  ask: textArb,
  updatedAt: timestampArb,
});

const outreachArb: fc.Arbitrary<Outreach> = fc.record({
  id: idArb,
  contactId: refArb,
  subject: shortArb,
  connection: textArb,
  aboutMe: textArb,
  whyThem: textArb,
  ask: textArb,
  question: textArb,
  updatedAt: timestampArb,
  sentAt: dateArb,
});

const prepArb: fc.Arbitrary<Prep> = fc.record({
  id: idArb,
  contactId: refArb,
  pitchId: refArb,
  meetingAt: dateArb,
  checklist: fc.record({
    person: fc.boolean(),
    organization: fc.boolean(),
    field: fc.boolean(),
    pitch: fc.boolean(),
    logistics: fc.boolean(),
  }),
  questions: listOf(fc.record({ id: idArb, text: textArb, theme: fc.constantFrom(...QUESTION_THEMES) }), 3),
});

const interviewArb: fc.Arbitrary<InterviewNote> = fc.record({
  id: idArb,
  contactId: refArb,
  date: dateArb,
  learned: textArb,
  fit: textArb,
  explore: textArb,
  nextSteps: listOf(fc.record({ id: idArb, text: textArb, due: dateArb, done: fc.boolean() }), 3),
});

const thankYouArb: fc.Arbitrary<ThankYou> = fc.record({
  id: idArb,
  contactId: refArb,
  learned: textArb,
  action: textArb,
  thanks: textArb,
  sentAt: dateArb,
});

const planArb: fc.Arbitrary<SavedPlan> = fc.record({
  id: idArb,
  savedAt: timestampArb,
  note: textArb,
  items: fc.array(textArb, { maxLength: 4 }),
  meetingDate: dateArb,
});

// Step 7, the weekly routine (issue 14 item 3).
const routineArb: fc.Arbitrary<Routine> = fc.record({
  day: fc.constantFrom('' as const, ...ROUTINE_DAYS),
  time: fc.oneof(
    fc.constant(''),
    fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  ),
  minutes: fc.integer({ min: 0, max: MAX_ROUTINE_MINUTES }),
  goal: fc.integer({ min: 0, max: MAX_WEEKLY_GOAL }),
});

// About you (issue 13, item 8): any short texts, a greeting of the choices or anything else.
const profileArb: fc.Arbitrary<Profile> = fc.record({
  firstName: shortArb,
  lastName: shortArb,
  school: shortArb,
  year: shortArb,
  fieldOfStudy: shortArb,
  email: shortArb,
  linkedIn: shortArb,
  greeting: fc.oneof(fc.constantFrom('', 'Hello', 'Hi', 'Dear'), shortArb),
  signOff: shortArb,
});

/** A valid workbook of any shape the schema allows (small lists). */
export const workbookArb: fc.Arbitrary<Workbook> = fc.record({
  schemaVersion: fc.constant(1 as const),
  updatedAt: timestampArb,
  circles: listOf(circleArb),
  contacts: listOf(contactArb, 6),
  places: listOf(placeArb),
  goals: goalsArb,
  pitches: listOf(pitchArb),
  outreach: perPerson(outreachArb),
  preps: perPerson(prepArb),
  interviews: perPerson(interviewArb),
  thankYous: perPerson(thankYouArb),
  plans: listOf(planArb),
  chosen: fc.record({ makeContact: fc.oneof(fc.constant(''), idArb), thankYou: fc.oneof(fc.constant(''), idArb) }),
  // Issue 14 item 1: built-in circles the student removed.
  circlesRemoved: fc.subarray(['work', 'family', 'activities', 'school', 'community']),
  // Last worksheet touched (issue 13 item 9).
  lastTouched: fc.record({
    worksheet: fc.oneof(fc.constant(''), idArb),
    contactId: fc.oneof(fc.constant(''), idArb),
    at: timestampArb,
  }),
  routine: routineArb,
  profile: profileArb,
});
