// Step 3's own answers: what the student wants from networking and the written answers. Apart from
// the people's ratings (shared/priorities/priorities.ts), so that the parts of the worksheet that
// write no ratings load no code about people.
import { GOAL_WANTS, type Goals, type GoalWant, type Workbook } from '../../workbook/model';

/** Ticks or unticks one thing the student wants; the list stays in the order the worksheet shows. */
export function toggleWant(goals: Goals, want: GoalWant, on: boolean): Goals {
  const wants = GOAL_WANTS.filter((w) => (w === want ? on : goals.wants.includes(w)));
  return { ...goals, wants };
}

/** The written answers about goals. */
export type GoalText = 'fields' | 'organizations' | 'questions';

/** Saves one written answer about goals (unchanged text leaves the workbook as it is). */
export function setGoalText(doc: Workbook, key: GoalText, text: string): Workbook {
  if (doc.goals[key] === text) return doc;
  return { ...doc, goals: { ...doc.goals, [key]: text } };
}
