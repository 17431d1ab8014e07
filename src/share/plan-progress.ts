// How far the student is with each item of an advisor's plan, for a shared summary: the plan link
// (advisor to student) and the shared link (student to advisor) name each other this way.
import { allTargets, type PlanTarget } from '../advisors/catalog';
import type { SavedPlan, Workbook } from '../workbook/model';
import { combinedProgress } from '../worksheets/step-progress';
import type { SharedPlan, SharedPlanItem } from './snapshot-schema';

/** Each target of the guide by its address, built on first use. */
let byHref: Map<string, PlanTarget> | undefined;

/** The target of the guide at an address, as a saved plan keeps its items. */
function targetAt(href: string): PlanTarget | undefined {
  byHref ??= new Map(allTargets().map((t) => [t.href, t]));
  return byHref.get(href);
}

/** One target with how it stands: its worksheets' progress, or "read" for a section or page. */
export function planItem(target: PlanTarget, doc: Workbook): SharedPlanItem {
  return { title: target.title, href: target.href, state: combinedProgress(target.worksheets, doc) ?? 'read' };
}

/** A plan open on the plan page (its targets, note and date) with the student's progress. */
export function planProgress(
  plan: { note: string; meetingDate: string; targets: readonly PlanTarget[] },
  doc: Workbook,
): SharedPlan {
  return { note: plan.note, meetingDate: plan.meetingDate, items: plan.targets.map((t) => planItem(t, doc)) };
}

/** A plan saved in the workbook with the student's progress; items no longer in the guide are left out. */
export function savedPlanProgress(plan: SavedPlan, doc: Workbook): SharedPlan {
  const targets = plan.items.map(targetAt).filter((t): t is PlanTarget => t !== undefined);
  return planProgress({ note: plan.note, meetingDate: plan.meetingDate, targets }, doc);
}
