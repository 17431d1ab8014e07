// Names of the versions of the pitch (the same name twice, the first free one) and the change of a
// version's text or audience: what the first-pitch form and the editor need. The audiences' hints and
// suggested names are in audience-words.ts, the changes that follow a click in versions.ts.
import { cleanName, type Pitch, type PitchAudience, type Workbook } from '../../workbook/model';
import type { PartKey } from '../shared/pitch/parts';

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
