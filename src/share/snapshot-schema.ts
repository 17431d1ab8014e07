// What a shared summary holds, checked when an advisor opens it. It reuses the workbook schema's
// parts (goals, pitches, dates, statuses, interview notes, saved plans) and its limits; names are
// already initials unless the student chose full names. Loaded only when a summary is opened.
import * as z from 'zod/mini';
import { MAX_ITEMS } from '../advisors/codec';
import { isRecord, type LeftOut, salvage } from '../workbook/salvage';
import {
  CONTACT_STATUSES,
  DateTextSchema,
  GoalsSchema,
  InterviewNoteSchema,
  MAX_NAME,
  MAX_TEXT,
  OrganizationSchema,
  PitchSchema,
  SavedPlanSchema,
  TargetSchema,
} from '../workbook/schema';
import { TOP_FIVE_LIMIT } from '../worksheets/shared/priorities/priorities';

const shortText = z.string().check(z.maxLength(MAX_NAME));
const longText = z.string().check(z.maxLength(MAX_TEXT));

/** The most pitch versions, next actions and plans a summary lists. */
export const MAX_LISTED = 100;
/** The most interview notes a summary holds. */
export const MAX_NOTES = 1000;
/** The most targets a summary lists (the first ones the student wrote). */
export const MAX_SHARED_TARGETS = 10;
/** The most organizations a summary lists (the first ones in the student's ranking). */
export const MAX_SHARED_ORGS = 20;

/** How a plan item stands: a worksheet done, started or not started, or a section to read. */
export const PLAN_ITEM_STATES = ['done', 'started', 'not-started', 'read'] as const;

/** A person as shared: a name (or initials), their organization and where the student stands with them. */
export const SharedPersonSchema = z.object({ name: shortText, org: shortText, status: z.enum(CONTACT_STATUSES) });

/** A pitch version as shared: everything but its id and time of change. */
export const SharedPitchSchema = z.omit(PitchSchema, { id: true, updatedAt: true });

/** One next action: what to do and when ('' for now). */
export const SharedActionSchema = z.object({ title: longText, due: DateTextSchema });

/** Notes from one informational interview, with the person's name or initials. */
export const SharedNoteSchema = z.extend(
  z.pick(InterviewNoteSchema, { date: true, learned: true, fit: true, explore: true }),
  { name: shortText },
);

/** One item of an advisor's plan: its title, its address on the site ('' for none) and how it stands. */
export const SharedPlanItemSchema = z.object({
  title: shortText,
  href: z.string().check(z.maxLength(300), z.regex(/^(\/(?!\/)[A-Za-z0-9/_#.-]*)?$/)),
  state: z.enum(PLAN_ITEM_STATES),
});

/** An advisor's plan with how far the student is with each item. */
export const SharedPlanSchema = z.extend(z.pick(SavedPlanSchema, { note: true, meetingDate: true }), {
  items: z.array(SharedPlanItemSchema).check(z.maxLength(MAX_ITEMS)),
});

/** A target as shared: how many people, who, and by when (no id). */
export const SharedTargetSchema = z.pick(TargetSchema, { count: true, who: true, by: true });

/** An organization of the ranked list as shared: its name and the student's answers (no id). */
export const SharedOrganizationSchema = z.omit(OrganizationSchema, { id: true });

/**
 * The goals as shared: what the student wrote, and step 3's goal sentence, targets and ranked
 * organizations. These three are optional, so a summary made before they were shared reads as it did.
 */
export const SharedGoalsSchema = z.extend(
  z.pick(GoalsSchema, { wants: true, fields: true, organizations: true, questions: true }),
  {
    goal: z.optional(longText),
    targets: z.optional(z.array(SharedTargetSchema).check(z.maxLength(MAX_SHARED_TARGETS))),
    orgList: z.optional(z.array(SharedOrganizationSchema).check(z.maxLength(MAX_SHARED_ORGS))),
  },
);

/** Everything a summary can hold; each part is there only when the student chose it. */
export const SnapshotSchema = z.object({
  sharedAt: z.iso.datetime({ offset: true }),
  /** True when names are shown in full (otherwise they are initials). */
  fullNames: z.boolean(),
  about: z.optional(z.object({ name: shortText, studies: shortText })),
  goals: z.optional(SharedGoalsSchema),
  topFive: z.optional(z.array(SharedPersonSchema).check(z.maxLength(TOP_FIVE_LIMIT))),
  pitches: z.optional(z.array(SharedPitchSchema).check(z.maxLength(MAX_LISTED))),
  statusCounts: z.optional(z.partialRecord(z.enum(CONTACT_STATUSES), z.int().check(z.minimum(0)))),
  nextActions: z.optional(z.array(SharedActionSchema).check(z.maxLength(MAX_LISTED))),
  questions: z.optional(longText),
  plans: z.optional(z.array(SharedPlanSchema).check(z.maxLength(MAX_LISTED))),
  interviewNotes: z.optional(z.array(SharedNoteSchema).check(z.maxLength(MAX_NOTES))),
});

export type Snapshot = z.output<typeof SnapshotSchema>;
export type SharedGoals = z.output<typeof SharedGoalsSchema>;
export type SharedTarget = z.output<typeof SharedTargetSchema>;
export type SharedOrganization = z.output<typeof SharedOrganizationSchema>;
export type SharedPerson = z.output<typeof SharedPersonSchema>;
export type SharedPitch = z.output<typeof SharedPitchSchema>;
export type SharedAction = z.output<typeof SharedActionSchema>;
export type SharedNote = z.output<typeof SharedNoteSchema>;
export type SharedPlan = z.output<typeof SharedPlanSchema>;
export type SharedPlanItem = z.output<typeof SharedPlanItemSchema>;
export type PlanItemState = SharedPlanItem['state'];

/** A summary read from its JSON text: what could be read and whether parts were left out, or nothing. */
export type ReadSnapshot = { ok: true; snapshot: Snapshot; leftOut: boolean } | { ok: false };

/**
 * Reads the JSON text of a summary: keeps every part that is valid (with the workbook's salvage,
 * so one broken part does not hide the rest) and says whether any part was left out. Nothing
 * when it is not JSON or has no valid time of sharing.
 */
export function readSnapshot(json: string): ReadSnapshot {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false };
  }
  if (!isRecord(value)) return { ok: false };
  const leftOut: LeftOut[] = [];
  const read = salvage(SnapshotSchema, value, leftOut);
  if (!read.ok) return { ok: false };
  return { ok: true, snapshot: read.value, leftOut: leftOut.length > 0 };
}
