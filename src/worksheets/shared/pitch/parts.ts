// The four parts of a pitch and the pitch as it is said. Their labels and hints are in part-guides.ts.
import type { Pitch } from '../../../workbook/model';

/** The four guided parts of a pitch, in the order they are said. */
export type PartKey = 'now' | 'past' | 'future' | 'ask';

/** The parts in the order they are said: present, past, future, then the question that ends the pitch. */
export const PART_KEYS: readonly PartKey[] = ['now', 'past', 'future', 'ask'];

/** The pitch as it is said: the parts that have text, trimmed, joined by single spaces. */
export function composePitch(pitch: Pick<Pitch, PartKey>): string {
  return PART_KEYS.map((key) => pitch[key].trim())
    .filter(Boolean)
    .join(' ');
}
