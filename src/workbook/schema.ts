import { z } from 'astro/zod';

/** Version of the stored document; bump it and add a migration plus a fixture for every change. */
export const CURRENT_SCHEMA_VERSION = 1;
/** Prefix of every localStorage key the site writes. */
export const STORAGE_PREFIX = 'networking-guide';
/** Longest long-text answer (notes, pitch parts, messages), in characters. */
export const MAX_TEXT = 10_000;
/** Longest name or short label, in characters. */
export const MAX_NAME = 200;

const ID_PATTERN = /^[A-Za-z0-9_-]{1,80}$/;
const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const id = z.string().regex(ID_PATTERN);
/** A reference to another entity by id; '' means none. */
const ref = z.union([z.literal(''), id]).default('');
const shortText = z.string().max(MAX_NAME).default('');
const longText = z.string().max(MAX_TEXT).default('');
/** A calendar date typed by the student: 'YYYY-MM-DD', or '' when not set. */
const dateText = z.union([z.literal(''), z.string().regex(DATE_PATTERN)]).default('');
/** A moment recorded by the site: an ISO 8601 timestamp, or '' when not known. */
const timestamp = z.union([z.literal(''), z.iso.datetime({ offset: true })]).default('');
const flag = z.boolean().default(false);
const rating = z.literal([0, 1, 2, 3]).default(0);

/** Checks that no two items of a list share an id (lists are merged by id). */
function uniqueIds(items: ReadonlyArray<{ id: string }>): boolean {
  return new Set(items.map((item) => item.id)).size === items.length;
}

/** An array of entities whose ids are unique, empty by default. */
function entityList<T extends z.ZodType<{ id: string }>>(item: T) {
  return z.array(item).refine(uniqueIds, 'Two items share the same id.');
}

/** A group of people the student knows (step 1), such as work or family. */
export const CircleSchema = z.object({
  id,
  name: z.string().max(MAX_NAME),
  builtIn: flag,
});

/** Where each contact stands, in the order a conversation usually goes. */
export const CONTACT_STATUSES = [
  'not-contacted',
  'reached-out',
  'meeting-set',
  'met',
  'thanked',
  'keeping-in-touch',
  'no-reply',
  'declined',
] as const;

/** A person in the student's network; shared by every step. */
export const ContactSchema = z.object({
  id,
  name: z
    .string()
    .max(MAX_NAME)
    .refine((name) => name.trim().length > 0, 'A name is needed.'),
  circleId: ref,
  howKnown: longText,
  org: shortText,
  notes: longText,
  email: shortText,
  sourcePlaceId: ref,
  referredBy: ref,
  status: z.enum(CONTACT_STATUSES).default('not-contacted'),
  relevance: rating,
  motivation: rating,
  topFive: flag,
  createdAt: timestamp,
  updatedAt: timestamp,
  reachedOutAt: dateText,
  meetingAt: dateText,
  metAt: dateText,
  thankedAt: dateText,
  lastContactAt: dateText,
  nextContactAt: dateText,
});

/** A place or event to meet people (step 2); places from the site configuration keep the config's id. */
export const PlaceSchema = z.object({
  id,
  name: shortText,
  kind: z.enum(['campus', 'outside']).default('outside'),
  custom: flag,
  tryIt: flag,
  date: dateText,
  notes: longText,
});

/** What a student can want from networking (step 3). */
export const GOAL_WANTS = ['field', 'organization', 'career-path', 'skill', 'leads'] as const;

/** The student's goals and priorities (step 3). */
export const GoalsSchema = z.object({
  wants: z.array(z.enum(GOAL_WANTS)).default(() => []),
  fields: longText,
  organizations: longText,
  questions: longText,
});

/** Who a pitch version is for (step 4). */
export const PITCH_AUDIENCES = ['recruiter', 'alumnus', 'family-friend', 'own'] as const;

/** One version of the elevator pitch (step 4). */
export const PitchSchema = z.object({
  id,
  name: shortText,
  audience: z.enum(PITCH_AUDIENCES).default('own'),
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
  sentAt: dateText,
});

/** The themes of interview questions (step 5). */
export const QUESTION_THEMES = ['trends', 'insights', 'advice', 'resources', 'assignments', 'own'] as const;

/** One question to ask in an informational interview. */
export const PrepQuestionSchema = z.object({
  id,
  text: longText,
  theme: z.enum(QUESTION_THEMES).default('own'),
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
  meetingAt: dateText,
  checklist: ChecklistSchema.prefault({}),
  questions: entityList(PrepQuestionSchema).default(() => []),
});

/** One follow-up action after an interview. */
export const NextStepSchema = z.object({
  id,
  text: longText,
  due: dateText,
  done: flag,
});

/** Notes taken after an informational interview (step 5). */
export const InterviewNoteSchema = z.object({
  id,
  contactId: ref,
  date: dateText,
  learned: longText,
  fit: longText,
  explore: longText,
  nextSteps: entityList(NextStepSchema).default(() => []),
});

/** A thank-you note after a conversation (step 6). */
export const ThankYouSchema = z.object({
  id,
  contactId: ref,
  learned: longText,
  action: longText,
  thanks: longText,
  sentAt: dateText,
});

/** A plan an advisor sent, saved by the student (step 7). */
export const SavedPlanSchema = z.object({
  id,
  savedAt: timestamp,
  note: longText,
  items: z.array(z.string().max(MAX_TEXT)).default(() => []),
  meetingDate: dateText,
});

/** The three circles every workbook starts with; their ids never change. */
export function defaultCircles(): Circle[] {
  return [
    { id: 'work', name: 'Work and internships', builtIn: true },
    { id: 'family', name: 'Family and friends', builtIn: true },
    { id: 'activities', name: 'Activities and hobbies', builtIn: true },
  ];
}

/** Goals with nothing filled in. */
export function emptyGoals(): Goals {
  return { wants: [], fields: '', organizations: '', questions: '' };
}

/** The whole stored document, version 1. */
export const WorkbookSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  updatedAt: timestamp,
  circles: entityList(CircleSchema).default(defaultCircles),
  contacts: entityList(ContactSchema).default(() => []),
  places: entityList(PlaceSchema).default(() => []),
  goals: GoalsSchema.prefault({}),
  pitches: entityList(PitchSchema).default(() => []),
  outreach: entityList(OutreachSchema).default(() => []),
  preps: entityList(PrepSchema).default(() => []),
  interviews: entityList(InterviewNoteSchema).default(() => []),
  thankYous: entityList(ThankYouSchema).default(() => []),
  plans: entityList(SavedPlanSchema).default(() => []),
});

// Types of the parsed document; every field is present after parsing.
export type Circle = z.output<typeof CircleSchema>;
export type Contact = z.output<typeof ContactSchema>;
export type ContactStatus = Contact['status'];
export type Rating = Contact['relevance'];
export type Place = z.output<typeof PlaceSchema>;
export type Goals = z.output<typeof GoalsSchema>;
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
export type Workbook = z.output<typeof WorkbookSchema>;
/** The names of the top-level lists of entities in a workbook. */
export type CollectionKey =
  | 'circles'
  | 'contacts'
  | 'places'
  | 'pitches'
  | 'outreach'
  | 'preps'
  | 'interviews'
  | 'thankYous'
  | 'plans';

/** Every top-level list of entities, in the order the steps use them. */
export const COLLECTION_KEYS: readonly CollectionKey[] = [
  'circles',
  'contacts',
  'places',
  'pitches',
  'outreach',
  'preps',
  'interviews',
  'thankYous',
  'plans',
];

/** A new, empty workbook with the default circles. */
export function emptyWorkbook(now: Date): Workbook {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    updatedAt: now.toISOString(),
    circles: defaultCircles(),
    contacts: [],
    places: [],
    goals: emptyGoals(),
    pitches: [],
    outreach: [],
    preps: [],
    interviews: [],
    thankYous: [],
    plans: [],
  };
}
