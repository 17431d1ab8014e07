// zod/mini: the same Zod 4 that astro/zod exports, in its tree-shakable form, because this schema
// ships to the browser in every worksheet (about 5 KB gzip instead of about 30 KB).
import * as z from 'zod/mini';
import { DATE_PATTERN } from './date-format';
import { ID_PATTERN } from './ids';
import {
  CONTACT_STATUSES,
  CURRENT_SCHEMA_VERSION,
  defaultCircles,
  GOAL_WANTS,
  MAX_NAME,
  MAX_ROUTINE_MINUTES,
  MAX_TARGET_COUNT,
  MAX_TEXT,
  MAX_WEEKLY_GOAL,
  PITCH_AUDIENCES,
  QUESTION_THEMES,
  ROUTINE_DAYS,
  TIME_PATTERN,
} from './model';

// Values and types that need no Zod live in model.ts; they are re-exported here for build-time code.
// Browser code imports them from './model' so that Zod stays out of the page bundles.
export * from './model';

const id = z.string().check(z.regex(ID_PATTERN));
/** A reference to another entity by id; '' means none. */
const ref = z._default(z.union([z.literal(''), id]), '');
const shortText = z._default(z.string().check(z.maxLength(MAX_NAME)), '');
const longText = z._default(z.string().check(z.maxLength(MAX_TEXT)), '');
/** A calendar date typed by the student: 'YYYY-MM-DD', or '' when not set (the rule is in date-format.ts). */
export const DateTextSchema = z._default(z.union([z.literal(''), z.string().check(z.regex(DATE_PATTERN))]), '');
/** A moment recorded by the site: an ISO 8601 timestamp, or '' when not known. */
const timestamp = z._default(z.union([z.literal(''), z.iso.datetime({ offset: true })]), '');
const flag = z._default(z.boolean(), false);
const rating = z._default(z.literal([0, 1, 2, 3]), 0);

/** Checks that no two items of a list share an id (lists are merged by id). */
function uniqueIds(items: ReadonlyArray<{ id: string }>): boolean {
  return new Set(items.map((item) => item.id)).size === items.length;
}

/** An array of entities whose ids are unique, empty by default. */
function entityList<T extends z.ZodMiniType<{ id: string }>>(item: T) {
  return z.array(item).check(z.refine(uniqueIds, 'Two items share the same id.'));
}

/** A group of people the student knows (step 1), such as work or family. */
export const CircleSchema = z.object({
  id,
  name: z.string().check(z.maxLength(MAX_NAME)),
  builtIn: flag,
});

/** A person in the student's network; shared by every step. */
export const ContactSchema = z.object({
  id,
  name: z.string().check(
    z.maxLength(MAX_NAME),
    z.refine((name) => name.trim().length > 0, 'A name is needed.'),
  ),
  circleId: ref,
  howKnown: longText,
  org: shortText,
  notes: longText,
  email: shortText,
  sourcePlaceId: ref,
  referredBy: ref,
  status: z._default(z.enum(CONTACT_STATUSES), 'not-contacted'),
  relevance: rating,
  motivation: rating,
  topFive: flag,
  createdAt: timestamp,
  updatedAt: timestamp,
  reachedOutAt: DateTextSchema,
  meetingAt: DateTextSchema,
  metAt: DateTextSchema,
  thankedAt: DateTextSchema,
  lastContactAt: DateTextSchema,
  nextContactAt: DateTextSchema,
});

/** A place or event to meet people (step 2); places from the site configuration keep the config's id. */
export const PlaceSchema = z.object({
  id,
  name: shortText,
  kind: z._default(z.enum(['campus', 'outside']), 'outside'),
  custom: flag,
  tryIt: flag,
  date: DateTextSchema,
  notes: longText,
});

// --- Step 3 outputs (issue 14 item 2): targets with dates and the ranked list of organizations. ---

/** A target with a date (step 3): talk to `count` people in `who` by the date `by`; 0 means no count yet. */
export const TargetSchema = z.object({
  id,
  count: z._default(z.int().check(z.minimum(0), z.maximum(MAX_TARGET_COUNT)), 0),
  who: shortText,
  by: DateTextSchema,
});

/**
 * An organization on the student's ranked list (step 3, a LAMP list): whether alumni of the school
 * work there, whether someone inside might speak up for the student (advocacy), how interested the
 * student is (1 to 3, 0 not rated yet) and whether it posts openings now.
 */
export const OrganizationSchema = z.object({
  id,
  name: shortText,
  alumni: flag,
  advocacy: flag,
  motivation: rating,
  posting: flag,
});

// --- End of the step 3 outputs block. ---

/** The student's goals and priorities (step 3). */
export const GoalsSchema = z.object({
  wants: z._default(z.array(z.enum(GOAL_WANTS)), () => []),
  fields: longText,
  /** What the student wrote about organizations (before the ranked list, the only place for them): kept as notes. */
  organizations: longText,
  questions: longText,
  // Step 3 outputs (issue 14 item 2): the main goal in one sentence, targets with dates, the ranked organizations.
  goal: longText,
  targets: z._default(entityList(TargetSchema), () => []),
  orgList: z._default(entityList(OrganizationSchema), () => []),
});

/** One version of the elevator pitch (step 4). */
export const PitchSchema = z.object({
  id,
  name: shortText,
  audience: z._default(z.enum(PITCH_AUDIENCES), 'own'),
  now: longText,
  past: longText,
  future: longText,
  ask: longText,
  updatedAt: timestamp,
});

/** A draft message asking someone for a conversation (step 5). */
export const OutreachSchema = z.object({
  id,
  contactId: ref,
  subject: shortText,
  connection: longText,
  aboutMe: longText,
  whyThem: longText,
  ask: longText,
  question: longText,
  updatedAt: timestamp,
  sentAt: DateTextSchema,
});

/** One question to ask in an informational interview. */
export const PrepQuestionSchema = z.object({
  id,
  text: longText,
  theme: z._default(z.enum(QUESTION_THEMES), 'own'),
});

/** What the student has done to prepare for a meeting. */
export const ChecklistSchema = z.object({
  person: flag,
  organization: flag,
  field: flag,
  pitch: flag,
  logistics: flag,
});

/** Preparation for one informational interview (step 5). */
export const PrepSchema = z.object({
  id,
  contactId: ref,
  pitchId: ref,
  meetingAt: DateTextSchema,
  checklist: z.prefault(ChecklistSchema, {}),
  questions: z._default(entityList(PrepQuestionSchema), () => []),
});

/** One follow-up action after an interview. */
export const NextStepSchema = z.object({
  id,
  text: longText,
  due: DateTextSchema,
  done: flag,
});

/** Notes taken after an informational interview (step 5). */
export const InterviewNoteSchema = z.object({
  id,
  contactId: ref,
  date: DateTextSchema,
  learned: longText,
  fit: longText,
  explore: longText,
  nextSteps: z._default(entityList(NextStepSchema), () => []),
});

/** A thank-you note after a conversation (step 6). */
export const ThankYouSchema = z.object({
  id,
  contactId: ref,
  learned: longText,
  action: longText,
  thanks: longText,
  sentAt: DateTextSchema,
});

/** A plan an advisor sent, saved by the student (step 7). */
export const SavedPlanSchema = z.object({
  id,
  savedAt: timestamp,
  note: longText,
  items: z._default(z.array(z.string().check(z.maxLength(MAX_TEXT))), () => []),
  meetingDate: DateTextSchema,
});

/**
 * The person each person-based worksheet was last on ('' for none), so it reopens on them: the
 * four step 5 worksheets share one, the thank-you worksheet has its own.
 */
export const ChosenPeopleSchema = z.object({ makeContact: ref, thankYou: ref });

// --- Last worksheet touched (issue 13 item 9: "Continue where you left off") ---
/**
 * The worksheet the student last changed (its id, '' for none), the person it was on ('' for none
 * or a worksheet not about one) and when, so the home page and each step offer a way back in.
 */
export const LastTouchedSchema = z.object({ worksheet: ref, contactId: ref, at: timestamp });
// --- end last worksheet touched ---

// --- Step 7, the weekly routine (issue 14 item 3) ---
/**
 * The student's weekly networking time (day, start time, length in minutes; '' and 0 when not
 * chosen) and weekly goal (people to reach out to each week; 0 for none). Workbooks saved before
 * it existed get the empty routine.
 */
export const RoutineSchema = z.object({
  day: z._default(z.union([z.literal(''), z.enum(ROUTINE_DAYS)]), ''),
  time: z._default(z.union([z.literal(''), z.string().check(z.regex(TIME_PATTERN))]), ''),
  minutes: z._default(z.int().check(z.minimum(0), z.maximum(MAX_ROUTINE_MINUTES)), 0),
  goal: z._default(z.int().check(z.minimum(0), z.maximum(MAX_WEEKLY_GOAL)), 0),
});
// --- end of the weekly routine ---

// --- About you (issue 13, item 8) ---
/**
 * About the student, asked once: their name signs every message the worksheets write, and their
 * school, year and field start the pitch. Every field is free text as typed (an email or LinkedIn
 * address that does not look right is kept, with a message on screen); the greeting and sign-off
 * are '' until chosen ('' means the defaults, "Hello" and "Best wishes").
 */
export const ProfileSchema = z.object({
  firstName: shortText,
  lastName: shortText,
  school: shortText,
  year: shortText,
  fieldOfStudy: shortText,
  email: shortText,
  linkedIn: shortText,
  greeting: shortText,
  signOff: shortText,
});
// --- end of About you ---

/** The whole stored document, version 1. */
export const WorkbookSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  updatedAt: timestamp,
  circles: z._default(entityList(CircleSchema), defaultCircles),
  contacts: z._default(entityList(ContactSchema), () => []),
  places: z._default(entityList(PlaceSchema), () => []),
  goals: z.prefault(GoalsSchema, {}),
  pitches: z._default(entityList(PitchSchema), () => []),
  outreach: z._default(entityList(OutreachSchema), () => []),
  preps: z._default(entityList(PrepSchema), () => []),
  interviews: z._default(entityList(InterviewNoteSchema), () => []),
  thankYous: z._default(entityList(ThankYouSchema), () => []),
  plans: z._default(entityList(SavedPlanSchema), () => []),
  chosen: z.prefault(ChosenPeopleSchema, {}),
  // Issue 14 item 1: ids of built-in circles the student removed, so adding the missing ones never brings one back.
  circlesRemoved: z._default(z.array(id), () => []),
  // Last worksheet touched (issue 13 item 9); workbooks saved before it get the empty record.
  lastTouched: z.prefault(LastTouchedSchema, {}),
  routine: z.prefault(RoutineSchema, {}),
  // About you (issue 13, item 8): older workbooks get an empty profile.
  profile: z.prefault(ProfileSchema, {}),
});

// Types of the parsed document; every field is present after parsing.
export type Circle = z.output<typeof CircleSchema>;
export type Contact = z.output<typeof ContactSchema>;
export type ContactStatus = Contact['status'];
export type Rating = Contact['relevance'];
export type Place = z.output<typeof PlaceSchema>;
export type Goals = z.output<typeof GoalsSchema>;
export type Target = z.output<typeof TargetSchema>;
export type Organization = z.output<typeof OrganizationSchema>;
export type GoalWant = Goals['wants'][number];
export type Pitch = z.output<typeof PitchSchema>;
export type PitchAudience = Pitch['audience'];
export type Outreach = z.output<typeof OutreachSchema>;
export type PrepQuestion = z.output<typeof PrepQuestionSchema>;
export type QuestionTheme = PrepQuestion['theme'];
export type Checklist = z.output<typeof ChecklistSchema>;
export type Prep = z.output<typeof PrepSchema>;
export type NextStep = z.output<typeof NextStepSchema>;
export type InterviewNote = z.output<typeof InterviewNoteSchema>;
export type ThankYou = z.output<typeof ThankYouSchema>;
export type SavedPlan = z.output<typeof SavedPlanSchema>;
export type ChosenPeople = z.output<typeof ChosenPeopleSchema>;
export type LastTouched = z.output<typeof LastTouchedSchema>;
export type Routine = z.output<typeof RoutineSchema>;
export type RoutineDay = Routine['day'];
export type Profile = z.output<typeof ProfileSchema>;
export type Workbook = z.output<typeof WorkbookSchema>;
