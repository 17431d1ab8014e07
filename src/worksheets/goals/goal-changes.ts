// The changes the goal islands (Goals, GoalsTargets, GoalsAnswers) make to the workbook (wants,
// written answers, the goal sentence and its targets), with the undoable remove of a target: fetched
// at the student's first change or when one of their fields is first reached.

export { createUndoableRemove } from '../shared/undoable-remove';
export { setGoalText, toggleWant } from './goal-answers';
export { addTarget, blankTarget, removeTarget, restoreTarget, setGoalSentence, updateTarget } from './targets';
