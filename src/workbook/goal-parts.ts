// Step 3's parts added after the first version of the workbook (issue 14 item 2): the goal in a
// sentence, the targets with dates and the ranked organizations. A workbook trusted by its checksum
// (engine.ts) is not parsed, so one saved before these parts existed lacks them: read them through
// these, never directly. Type-only imports, so the step path's script can use them at no cost.
import type { Goals, Organization, Target } from './schema';

const NO_TARGETS: readonly Target[] = [];
const NO_ORGS: readonly Organization[] = [];

/** The student's main goal in one sentence ('' when not written). */
export function goalSentenceOf(goals: Goals): string {
  return (goals.goal as string | undefined) ?? '';
}

/** The targets with dates, in the order the student wrote them. */
export function targetsOf(goals: Goals): readonly Target[] {
  return (goals.targets as readonly Target[] | undefined) ?? NO_TARGETS;
}

/** The organizations of the ranked (LAMP) list, in the order the student added them. */
export function orgListOf(goals: Goals): readonly Organization[] {
  return (goals.orgList as readonly Organization[] | undefined) ?? NO_ORGS;
}
