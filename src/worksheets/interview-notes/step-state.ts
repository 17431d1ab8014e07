import type { NextStep } from '../../workbook/model';

/** Where a next step stands today: done, overdue, due later, or without a date. */
export function stepState(step: NextStep, today: string): 'done' | 'overdue' | 'due' | 'no-date' {
  if (step.done) return 'done';
  if (!step.due) return 'no-date';
  return step.due < today ? 'overdue' : 'due';
}
