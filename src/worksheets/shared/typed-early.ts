// Text typed into a field before its saved answer was shown (the page was still loading): what
// the field keeps. The saved answer is never replaced without the student seeing both.

/** What a field does with text typed early: keep one text, join both, or let the student choose. */
export type EarlyText =
  /** Save `value` (the typed text, when nothing different was saved); no notice needed. */
  | { kind: 'take'; value: string }
  /** Keep the saved answer as it is: the typed text is already part of it, or empty. */
  | { kind: 'keep' }
  /** Save `value`, the saved answer, a blank line and the typed text; say so next to the field. */
  | { kind: 'both'; value: string }
  /** Keep the saved answer and offer the typed text as a choice (they cannot be joined in one field). */
  | { kind: 'choose'; typed: string };

/** How the field is shaped: several lines, and its character limit. */
export interface EarlyFieldShape {
  multiline?: boolean;
  maxLength?: number;
}

/** The blank line between the saved answer and the text typed early, when both are kept. */
export const JOIN = '\n\n';

/** Decides what a field keeps when `typed` was entered before the `saved` answer loaded. */
export function settleEarlyText(saved: string, typed: string, shape: EarlyFieldShape = {}): EarlyText {
  if (!typed.trim() || saved.includes(typed)) return { kind: 'keep' };
  if (!saved.trim() || typed.includes(saved)) return { kind: 'take', value: typed };
  const joined = `${saved}${JOIN}${typed}`;
  if (!shape.multiline || (shape.maxLength !== undefined && joined.length > shape.maxLength)) {
    return { kind: 'choose', typed };
  }
  return { kind: 'both', value: joined };
}
