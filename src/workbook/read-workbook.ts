import type * as z from 'zod/mini';
import { COLLECTION_NOUNS } from './labels';
import { migrate, versionOf } from './migrate';
import { countOf } from './plural';
import { isRecord, type LeftOut, salvage, salvageList } from './salvage';
import {
  CircleSchema,
  COLLECTION_KEYS,
  type CollectionKey,
  ContactSchema,
  CURRENT_SCHEMA_VERSION,
  emptyWorkbook,
  GoalsSchema,
  InterviewNoteSchema,
  OutreachSchema,
  PitchSchema,
  PlaceSchema,
  PrepSchema,
  ProfileSchema,
  SavedPlanSchema,
  ThankYouSchema,
  type Workbook,
  WorkbookSchema,
} from './schema';

/** How reading went: nothing stored, read as is, upgraded, partly read, unreadable, or from a newer site. */
export type ReadStatus = 'empty' | 'ok' | 'migrated' | 'partial' | 'corrupt' | 'newer';

/** The document to use and what went wrong while reading it, in plain words. */
export interface ReadResult {
  status: ReadStatus;
  doc: Workbook;
  problems: string[];
}

const ITEM_SCHEMAS: Readonly<Record<CollectionKey, z.ZodMiniType>> = {
  circles: CircleSchema,
  contacts: ContactSchema,
  places: PlaceSchema,
  pitches: PitchSchema,
  outreach: OutreachSchema,
  preps: PrepSchema,
  interviews: InterviewNoteSchema,
  thankYous: ThankYouSchema,
  plans: SavedPlanSchema,
};

/**
 * The parts kept field by field, so one damaged field never costs the rest (the goals; About you,
 * issue 13 item 8), with what to say when some of a part, or all of it, could not be read.
 */
const FIELD_BY_FIELD: ReadonlyArray<{ key: string; schema: z.ZodMiniType; cleared: string; lost: string }> = [
  {
    key: 'goals',
    schema: GoalsSchema,
    cleared: 'Some of your goals could not be read and were cleared.',
    lost: 'Your goals could not be read and were left out.',
  },
  {
    key: 'profile',
    schema: ProfileSchema,
    cleared: 'Some of your details in “About you” could not be read and were cleared.',
    lost: 'Your details in “About you” could not be read and were left out.',
  },
];

const UNREADABLE = 'The saved workbook could not be read, so a new, empty one was started.';
const NEWER = 'This workbook was saved by a newer version of the site.';

/** "was" or "were" to agree with a count. */
function was(count: number): string {
  return count === 1 ? 'was' : 'were';
}

/** The result for a document of which nothing could be used. */
function corrupt(now: Date, problem = UNREADABLE): ReadResult {
  return { status: 'corrupt', doc: emptyWorkbook(now), problems: [problem] };
}

/** What salvaging a whole document kept, how many things in it were usable, and each part it left out. */
export interface DocSalvage {
  doc: Workbook | null;
  /** What was left out, counted per list, in plain words. */
  problems: string[];
  usable: number;
  /** Each part left out, with its path in the document (see describeLeftOut for words). */
  leftOut: LeftOut[];
}

/** Keeps every valid list item and field group of a document that does not fully match the schema. */
export function salvageDocument(raw: Record<string, unknown>): DocSalvage {
  const problems: string[] = [];
  const leftOut: LeftOut[] = [];
  const fields: Record<string, unknown> = { schemaVersion: CURRENT_SCHEMA_VERSION };
  let usable = 0;
  if (Object.hasOwn(raw, 'updatedAt')) {
    const updatedAt = WorkbookSchema.shape.updatedAt.safeParse(raw.updatedAt);
    if (updatedAt.success) fields.updatedAt = updatedAt.data;
    else {
      problems.push('The time of the last change could not be read and was reset.');
      leftOut.push({ path: ['updatedAt'], value: raw.updatedAt });
    }
  }
  for (const key of COLLECTION_KEYS) {
    if (!Object.hasOwn(raw, key)) continue;
    const [one, many] = COLLECTION_NOUNS[key];
    const value = raw[key];
    if (!Array.isArray(value)) {
      problems.push(`Your ${many} could not be read and were left out.`);
      leftOut.push({ path: [key], value });
      continue;
    }
    const list = salvageList(ITEM_SCHEMAS[key], value, leftOut, [key]);
    fields[key] = list.kept;
    usable += list.kept.length;
    if (list.dropped === 0 && list.repaired === 0 && list.duplicates === 0) usable++;
    if (list.dropped > 0)
      problems.push(`${countOf(list.dropped, one, many)} could not be read and ${was(list.dropped)} left out.`);
    if (list.repaired > 0) {
      problems.push(
        `${countOf(list.repaired, one, many)} had details that could not be read; those details were cleared.`,
      );
    }
    if (list.duplicates > 0) {
      const copies = list.duplicates === 1 ? 'copy was' : 'copies were';
      problems.push(`${countOf(list.duplicates, one, many)} appeared twice; the extra ${copies} left out.`);
    }
  }
  for (const part of FIELD_BY_FIELD) {
    if (!Object.hasOwn(raw, part.key)) continue;
    const value = raw[part.key];
    const read = salvage(part.schema, value, leftOut, [part.key]);
    if (read.ok) {
      fields[part.key] = read.value;
      usable++;
      if (!part.schema.safeParse(value).success) problems.push(part.cleared);
    } else {
      problems.push(part.lost);
      leftOut.push({ path: [part.key], value });
    }
  }
  const doc = WorkbookSchema.safeParse(fields);
  return { doc: doc.success ? doc.data : null, problems, usable, leftOut };
}

/** Salvages a current-version document: 'partial' if anything is usable, else 'corrupt'. */
function readBroken(raw: Record<string, unknown>, now: Date, leadingProblems: string[] = []): ReadResult {
  const { doc, problems, usable } = salvageDocument(raw);
  if (!doc || usable === 0) return corrupt(now);
  return { status: 'partial', doc, problems: [...leadingProblems, ...problems] };
}

/** Reads an already-parsed stored value: validates, upgrades or salvages it. */
export function readParsedWorkbook(parsed: unknown, now: Date): ReadResult {
  if (!isRecord(parsed)) return corrupt(now);
  const version = versionOf(parsed);
  if (version !== null && version > CURRENT_SCHEMA_VERSION) {
    const { doc, usable } = salvageDocument(parsed);
    return { status: 'newer', doc: doc && usable > 0 ? doc : emptyWorkbook(now), problems: [NEWER] };
  }
  if (version === null) {
    return readBroken(parsed, now, ['The workbook had no version number, so it was read as the current version.']);
  }
  if (version < CURRENT_SCHEMA_VERSION) {
    const upgraded = migrate(parsed);
    if (!upgraded.ok)
      return corrupt(now, 'The saved workbook is from an older version of the site and could not be upgraded.');
    const valid = WorkbookSchema.safeParse(upgraded.value);
    if (valid.success) return { status: 'migrated', doc: valid.data, problems: [] };
    return readBroken(upgraded.value, now, ['Parts of the workbook could not be upgraded from the older version.']);
  }
  const valid = WorkbookSchema.safeParse(parsed);
  if (valid.success) return { status: 'ok', doc: valid.data, problems: [] };
  return readBroken(parsed, now);
}

/** Reads the stored workbook text; never throws, and keeps every valid part of a damaged document. */
export function readWorkbook(raw: string | null, now: Date): ReadResult {
  if (raw === null) return { status: 'empty', doc: emptyWorkbook(now), problems: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return corrupt(now);
  }
  return readParsedWorkbook(parsed, now);
}
