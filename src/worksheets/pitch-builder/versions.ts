// The changes to the versions of the pitch that follow a click (create, copy, rename, delete, undo),
// loaded with the version actions when first needed. What the first view needs is in audiences.ts.
import { newId } from '../../workbook/ids';
import { cleanName, MAX_NAME, type Pitch, type PitchAudience, type Workbook } from '../../workbook/model';
import { pitchStart } from '../shared/about-you/pitch-start';
import { firstFreeName, sameName, updatePitch } from './audiences';

/** The result of a version change: the new workbook and the version's id, or a message in words. */
export type PitchResult = { ok: true; doc: Workbook; id: string } | { ok: false; error: string };

/** Checks a version name against empty, too long and already used; returns a message in words or undefined. */
export function versionNameProblem(doc: Workbook, name: string, exceptId?: string): string | undefined {
  const clean = cleanName(name);
  if (!clean) return 'Enter a name for this version, for example “Career fair”.';
  if (clean.length > MAX_NAME) return `Version names can be at most ${MAX_NAME} characters. Shorten this one.`;
  const same = doc.pitches.find((p) => p.id !== exceptId && sameName(p.name, clean));
  if (same) return `You already have a version called “${same.name}”. Choose a different name.`;
  return undefined;
}

/** Adds a version of the pitch for an audience, under a name that must be new; its first part starts from "About you". */
export function createPitch(doc: Workbook, input: { name: string; audience: PitchAudience }, now: Date): PitchResult {
  const error = versionNameProblem(doc, input.name);
  if (error) return { ok: false, error };
  const pitch: Pitch = {
    id: newId('pi'),
    name: cleanName(input.name),
    audience: input.audience,
    now: pitchStart(doc.profile),
    past: '',
    future: '',
    ask: '',
    updatedAt: now.toISOString(),
  };
  return { ok: true, doc: { ...doc, pitches: [...doc.pitches, pitch] }, id: pitch.id };
}

/** Copies a version, text included, right after the original, as "Name (copy)". */
export function duplicatePitch(doc: Workbook, id: string, now: Date): PitchResult {
  const index = doc.pitches.findIndex((p) => p.id === id);
  const original = doc.pitches[index];
  if (!original) return { ok: false, error: 'That version no longer exists.' };
  const base = `${(cleanName(original.name) || 'Untitled pitch').slice(0, MAX_NAME - 12)} (copy)`;
  const copy: Pitch = { ...original, id: newId('pi'), name: firstFreeName(doc, base), updatedAt: now.toISOString() };
  const pitches = [...doc.pitches];
  pitches.splice(index + 1, 0, copy);
  return { ok: true, doc: { ...doc, pitches }, id: copy.id };
}

/** Renames a version; the new name must not be empty or used by another version. */
export function renamePitch(doc: Workbook, id: string, name: string, now: Date): PitchResult {
  if (!doc.pitches.some((p) => p.id === id)) return { ok: false, error: 'That version no longer exists.' };
  const error = versionNameProblem(doc, name, id);
  if (error) return { ok: false, error };
  return { ok: true, doc: updatePitch(doc, id, { name: cleanName(name) }, now), id };
}

/** What deleting a version took away, so that "Undo" can put it back in its place. */
export interface RemovedPitch {
  pitch: Pitch;
  index: number;
}

/** Deletes a version; returns what was removed so it can be restored. */
export function deletePitch(doc: Workbook, id: string): { doc: Workbook; removed?: RemovedPitch } {
  const index = doc.pitches.findIndex((p) => p.id === id);
  const pitch = doc.pitches[index];
  if (!pitch) return { doc };
  return { doc: { ...doc, pitches: doc.pitches.filter((p) => p.id !== id) }, removed: { pitch, index } };
}

/** Puts a deleted version back where it was; a name taken meanwhile gets a number ("Career fair 2"). */
export function restorePitch(doc: Workbook, removed: RemovedPitch): Workbook {
  if (doc.pitches.some((p) => p.id === removed.pitch.id)) return doc;
  const name = removed.pitch.name ? firstFreeName(doc, removed.pitch.name) : '';
  const pitch = { ...removed.pitch, name };
  const pitches = [...doc.pitches];
  pitches.splice(Math.min(removed.index, pitches.length), 0, pitch);
  return { ...doc, pitches };
}

/** The version after deleting `index`: the one that took its place, else the one before, else none. */
export function neighbourAfterDelete(doc: Workbook, index: number): string | undefined {
  return (doc.pitches[index] ?? doc.pitches[index - 1])?.id;
}
