import { describe, expect, it } from 'vitest';
import { emptyGoals, emptyWorkbook } from '../../workbook/model';
import { setGoalText, toggleWant } from './goal-answers';

const now = new Date('2026-11-25T10:00:00Z');

describe('goals', () => {
  it('keeps what the student wants in the order of the worksheet, without repeats', () => {
    let goals = toggleWant(emptyGoals(), 'leads', true);
    goals = toggleWant(goals, 'field', true);
    goals = toggleWant(goals, 'leads', true);
    expect(goals.wants).toEqual(['field', 'leads']);
    expect(toggleWant(goals, 'field', false).wants).toEqual(['leads']);
  });

  it('saves written answers as typed, and returns the same workbook when the text is the same', () => {
    const doc = emptyWorkbook(now);
    const next = setGoalText(doc, 'questions', '  What is a normal day like?\n');
    expect(next.goals).toEqual({ ...emptyGoals(), questions: '  What is a normal day like?\n' });
    expect(setGoalText(next, 'questions', '  What is a normal day like?\n')).toBe(next);
  });
});
