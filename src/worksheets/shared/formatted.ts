// What a field with a format (a date, an email address) does with the text typed into it: it is
// saved only when it fits the format the workbook stores (formats.ts; its date rule is the schema's) and
// the field's own rule; otherwise it stays on screen, unsaved, with the reason in words.
import { FORMAT_MESSAGES, type Format, fitsFormat, storedForm } from '../../workbook/formats';

/** How to judge typed text beyond its format. */
export interface TypedRules {
  /** The browser holds a half-typed date (its value then reads as empty). */
  badInput?: boolean;
  /** A rule beyond the format (a date not in the future…): a message in words, or undefined. */
  check?: (value: string) => string | undefined;
  /** The message for a half-typed date. */
  incomplete?: string;
}

/**
 * The verdict on typed text: the value to save (it fits, or is empty), or why not. `settled` is true
 * when the text looks finished (a whole date, or a rule broken), so the message can show at once;
 * otherwise it waits until the student leaves the field.
 */
export type Typed = { ok: true; value: string } | { ok: false; problem: string; settled: boolean };

/** Judges text typed into a field of `format`; see Typed. */
export function judgeTyped(format: Format, text: string, rules: TypedRules = {}): Typed {
  if (rules.badInput) return { ok: false, problem: rules.incomplete ?? FORMAT_MESSAGES[format], settled: false };
  const value = storedForm(format, text);
  const ruleProblem = rules.check?.(value);
  if (!fitsFormat(format, value)) {
    return { ok: false, problem: ruleProblem ?? FORMAT_MESSAGES[format], settled: format === 'date' };
  }
  return ruleProblem ? { ok: false, problem: ruleProblem, settled: true } : { ok: true, value };
}

/** The message to show while typing: none once the text fits; a settled problem at once; else only one already shown. */
export function messageWhileTyping(verdict: Typed, shown: string | undefined): string | undefined {
  if (verdict.ok) return undefined;
  return verdict.settled || shown !== undefined ? verdict.problem : undefined;
}
