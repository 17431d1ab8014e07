// A change to the workbook that its rule may refuse (a name already taken, an empty name…): the
// workbook changes only when the rule allows it, and the worksheet gets the refusal in words.
import type { Workbook } from '../../workbook/model';

/** Applies a change to the workbook (updateWorkbook, or a worksheet's wrapper of it). */
type Apply = (recipe: (doc: Workbook) => Workbook) => void;

/** What a rule that may refuse returns: the changed workbook, or why not in words. */
type Attempt<R extends { ok: true; doc: Workbook }> = R | { ok: false; error: string };

/**
 * Applies `attempt` through `apply`, leaving the workbook as it was when the rule refuses; calls
 * `done` with an allowed result. Returns the refusal in words, or undefined when the change is made
 * (or waits for the workbook to load).
 */
export function tryChange<R extends { ok: true; doc: Workbook }>(
  apply: Apply,
  attempt: (doc: Workbook) => Attempt<R>,
  done?: (result: R) => void,
): string | undefined {
  let problem: string | undefined;
  apply((d) => {
    const r = attempt(d);
    if (!r.ok) {
      problem = r.error;
      return d;
    }
    problem = undefined;
    done?.(r);
    return r.doc;
  });
  return problem;
}
