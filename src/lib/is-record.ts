// One check used wherever stored or pasted data is read, kept apart from the schema code so that
// modules loaded at start can use it without pulling the workbook's salvage (and Zod) in.

/** True for a plain, non-array object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
