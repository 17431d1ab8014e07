// The changes the goal island makes to the workbook (wants, written answers, the goal sentence and
// its targets), fetched at the student's first change (see Goals.tsx).
export { setGoalText, toggleWant } from './goal-answers';
export { addTarget, blankTarget, removeTarget, restoreTarget, setGoalSentence, updateTarget } from './targets';
