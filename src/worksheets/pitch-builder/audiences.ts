// Who a version of the pitch is for, and the names suggested for new versions: what the first-pitch
// form and the editor show (the hints and suggested names are in audience-words.ts). The changes to
// versions are in versions.ts.
import { AUDIENCE_LABELS } from '../../workbook/labels';
import { cleanName, PITCH_AUDIENCES, type Pitch, type PitchAudience, type Workbook } from '../../workbook/model';
import type { PartKey } from '../shared/pitch/parts';

/** The audiences in the order they are offered, with their labels. */
export const AUDIENCES: readonly { value: PitchAudience; label: string }[] = PITCH_AUDIENCES.map((value) => ({
  value,
  label: AUDIENCE_LABELS[value],
}));

/** Whether two version names are the same, ignoring case and extra spaces. */
export function sameName(a: string, b: string): boolean {
  return cleanName(a).toLocaleLowerCase() === cleanName(b).toLocaleLowerCase();
}

/** The first of `base`, `base 2`, `base 3`… that no other version uses. */
export function firstFreeName(doc: Workbook, base: string): string {
  const taken = (name: string) => doc.pitches.some((p) => sameName(p.name, name));
  if (!taken(base)) return base;
  let n = 2;
  while (taken(`${base} ${n}`)) n += 1;
  return `${base} ${n}`;
}

/** A name for a new version for `audience`, from `names` (audience-words.ts), that no other version uses ("Career fair", "Career fair 2"). */
export function suggestName(
  doc: Workbook,
  audience: PitchAudience,
  names: Readonly<Record<PitchAudience, string>>,
): string {
  return firstFreeName(doc, names[audience]);
}

/** Changes the text or audience of one version (unknown ids leave the workbook as it is). */
export function updatePitch(
  doc: Workbook,
  id: string,
  patch: Partial<Pick<Pitch, PartKey | 'audience' | 'name'>>,
  now: Date,
): Workbook {
  if (!doc.pitches.some((p) => p.id === id)) return doc;
  return {
    ...doc,
    pitches: doc.pitches.map((p) => (p.id === id ? { ...p, ...patch, id, updatedAt: now.toISOString() } : p)),
  };
}
