// How many people a target names, read from what the student typed: the field's own check, apart
// from the target changes (targets.ts), which load at the first change.
import { MAX_TARGET_COUNT } from '../../workbook/model';

/** A count as typed: a whole number from 0 to the limit ('' is 0, no count yet), or a message in words. */
export function countFromText(text: string): { ok: true; value: number } | { ok: false; error: string } {
  const clean = text.trim();
  if (clean === '') return { ok: true, value: 0 };
  const value = Number(clean);
  if (!/^\d+$/.test(clean) || value > MAX_TARGET_COUNT)
    return { ok: false, error: `Enter a whole number of people from 1 to ${MAX_TARGET_COUNT}, or leave it empty.` };
  return { ok: true, value };
}
