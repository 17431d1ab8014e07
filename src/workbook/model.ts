// The workbook's constants, empty values and types, without Zod, so that browser code can use
// them without shipping the schema. The Zod schema that validates the document is in schema.ts.
import { defaultCircles } from './built-in-circles';
import type { Contact, Goals, Profile, Routine, Workbook } from './schema';

export type {
  Checklist,
  ChosenPeople,
  Circle,
  Contact,
  ContactStatus,
  Goals,
  GoalWant,
  InterviewNote,
  LastTouched,
  NextStep,
  Organization,
  Outreach,
  Pitch,
  PitchAudience,
  Place,
  Prep,
  PrepQuestion,
  Profile,
  QuestionTheme,
  Rating,
  Routine,
  RoutineDay,
  SavedPlan,
  Target,
  ThankYou,
  Workbook,
} from './schema';

/** Version of the stored document; bump it and add a migration plus a fixture for every change. */
export const CURRENT_SCHEMA_VERSION = 1;
/** Prefix of every localStorage key the site writes. */
export const STORAGE_PREFIX = 'networking-guide';
/** Longest long-text answer (notes, pitch parts, messages), in characters. */
export const MAX_TEXT = 10_000;
/** Longest name or short label, in characters. */
export const MAX_NAME = 200;

/** Trims a typed name and collapses inner runs of spaces (names are stored this way). */
export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

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

/** What a student can want from networking (step 3). */
export const GOAL_WANTS = ['field', 'organization', 'career-path', 'skill', 'leads'] as const;

/** Who a pitch version is for (step 4). */
export const PITCH_AUDIENCES = ['recruiter', 'alumnus', 'family-friend', 'own'] as const;

/** The themes of interview questions (step 5). */
export const QUESTION_THEMES = ['trends', 'insights', 'advice', 'resources', 'assignments', 'own'] as const;

/** The circles every workbook starts with (the step 1 page's table); their ids never change. */
export { defaultCircles };
// --- Step 7, the weekly routine (issue 14 item 3) ---
/** The days of the week as iCalendar names them (RRULE BYDAY), Monday first: the routine's day. */
export const ROUTINE_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
/** A time of day as the routine stores it: 'HH:MM', 24 hours (what a native time field gives). */
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
/** The longest weekly networking time, in minutes. */
export const MAX_ROUTINE_MINUTES = 480;
/** The highest weekly goal, in people. */
export const MAX_WEEKLY_GOAL = 50;

/** A weekly routine with nothing chosen yet. */
export function emptyRoutine(): Routine {
  return { day: '', time: '', minutes: 0, goal: 0 };
}
// --- end of the weekly routine ---

/** Goals with nothing filled in. */
export function emptyGoals(): Goals {
  return {
    wants: [],
    fields: '',
    organizations: '',
    questions: '',
    // Step 3 outputs (issue 14 item 2): the goal sentence, targets with dates, the ranked organizations.
    goal: '',
    targets: [],
    orgList: [],
  };
}

// --- Step 3 outputs (issue 14 item 2); read them through goal-parts.ts. ---

/** Longest count a target can name ("talk to 3 people"). */
export const MAX_TARGET_COUNT = 99;

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
    chosen: { makeContact: '', thankYou: '' },
    // Built-in circles the student removed (issue 14 item 1): none yet.
    circlesRemoved: [],
    // Last worksheet touched (issue 13 item 9): none yet.
    lastTouched: { worksheet: '', contactId: '', at: '' },
    routine: emptyRoutine(),
    profile: emptyProfile(),
  };
}

/**
 * Gives a workbook read without validation (the engine trusts its own saves by their checksum) the
 * top-level parts added to the workbook since it was saved, each with its empty value. In place, and
 * cheap: it looks at the top-level keys only (step 3's later parts are read through goal-parts.ts).
 */
export function withAddedParts(doc: Workbook): Workbook {
  const empty = emptyWorkbook(new Date(0));
  const parts = doc as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(empty)) if (!(key in parts)) parts[key] = value;
  return doc;
}

/** About you with nothing filled in (issue 13, item 8). */
export function emptyProfile(): Profile {
  return {
    firstName: '',
    lastName: '',
    school: '',
    year: '',
    fieldOfStudy: '',
    email: '',
    linkedIn: '',
    greeting: '',
    signOff: '',
  };
}

/** A contact with every field at its empty value: the one place that lists a contact's defaults. */
export function blankContact(id: string, name: string, stamp = ''): Contact {
  return {
    id,
    name,
    circleId: '',
    howKnown: '',
    org: '',
    notes: '',
    email: '',
    sourcePlaceId: '',
    referredBy: '',
    status: 'not-contacted',
    relevance: 0,
    motivation: 0,
    topFive: false,
    createdAt: stamp,
    updatedAt: stamp,
    reachedOutAt: '',
    meetingAt: '',
    metAt: '',
    thankedAt: '',
    lastContactAt: '',
    nextContactAt: '',
  };
}
