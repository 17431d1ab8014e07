import { describe, expect, it } from 'vitest';
import { emptyRoutine, type Routine } from '../../../workbook/model';
import { WorkbookSchema } from '../../../workbook/schema';
import { workbookWith } from '../follow-up/fixtures';
import { missingForCalendar } from './calendar-needs';
import { changeRoutine, lengthWords, nextSession, nextSessionWords, routineWords } from './routine';

const routine = (extra: Partial<Routine>): Routine => ({ ...emptyRoutine(), ...extra });

describe('nextSession', () => {
  const wednesday = '2026-11-25';

  it('is today on the day itself, else the next such day', () => {
    expect(nextSession(routine({ day: 'WE' }), wednesday)).toBe('2026-11-25');
    expect(nextSession(routine({ day: 'TH' }), wednesday)).toBe('2026-11-26');
    expect(nextSession(routine({ day: 'SU' }), wednesday)).toBe('2026-11-29');
    expect(nextSession(routine({ day: 'MO' }), wednesday)).toBe('2026-11-30');
    expect(nextSession(routine({ day: 'TU' }), wednesday)).toBe('2026-12-01');
  });

  it('crosses the new year, and is empty without a day', () => {
    expect(nextSession(routine({ day: 'FR' }), '2026-12-30')).toBe('2027-01-01');
    expect(nextSession(routine({ day: 'MO' }), '2026-12-29')).toBe('2027-01-04');
    expect(nextSession(routine({}), wednesday)).toBe('');
  });
});

describe('changeRoutine', () => {
  const doc = workbookWith([]);

  it('keeps each choice the workbook can hold, and the result still parses', () => {
    let next = changeRoutine(doc, 'day', 'SU');
    next = changeRoutine(next, 'time', '18:30');
    next = changeRoutine(next, 'minutes', '45');
    next = changeRoutine(next, 'goal', '2');
    expect(next.routine).toEqual({ day: 'SU', time: '18:30', minutes: 45, goal: 2 });
    expect(WorkbookSchema.safeParse(next).success).toBe(true);
    expect(doc.routine).toEqual(emptyRoutine());
  });

  it('leaves a choice unset for a value it cannot hold, rather than storing it', () => {
    const set = { ...doc, routine: routine({ day: 'MO', time: '09:00', minutes: 30, goal: 3 }) };
    expect(changeRoutine(set, 'day', 'Funday').routine.day).toBe('');
    expect(changeRoutine(set, 'time', '25:00').routine.time).toBe('');
    expect(changeRoutine(set, 'minutes', 'an hour').routine.minutes).toBe(0);
    expect(changeRoutine(set, 'minutes', '9999').routine.minutes).toBe(0);
    expect(changeRoutine(set, 'goal', '2.5').routine.goal).toBe(0);
    expect(changeRoutine(set, 'goal', '').routine).toEqual({ day: 'MO', time: '09:00', minutes: 30, goal: 0 });
  });
});

describe('words', () => {
  it('writes lengths as people say them', () => {
    expect([15, 60, 90, 120].map(lengthWords)).toEqual(['15 minutes', '1 hour', '1 hour 30 minutes', '2 hours']);
  });

  it('says the routine with the time as the page’s language writes it', () => {
    const r = routine({ day: 'SU', time: '18:00', minutes: 45 });
    expect(routineWords(r, 'en')).toBe('Sundays at 6:00 PM, for 45 minutes');
    expect(routineWords(r, 'en-GB')).toBe('Sundays at 18:00, for 45 minutes');
    expect(routineWords(routine({ day: 'MO' }), 'en')).toBe('Mondays');
    expect(routineWords(routine({ time: '18:00' }), 'en')).toBe('');
  });

  it('says when the next time is, from real dates', () => {
    const r = routine({ day: 'SU', time: '18:00', minutes: 45 });
    expect(nextSessionWords(r, '2026-11-25', 'en')).toBe('Your next networking time: Sun 29 November 2026 at 6:00 PM.');
    expect(nextSessionWords(r, '2026-11-29', 'en')).toBe(
      'Your next networking time: today, Sun 29 November 2026 at 6:00 PM.',
    );
  });

  it('says what the calendar event still needs', () => {
    expect(missingForCalendar(routine({}))).toBe(
      'Choose a day, a start time and a length first, then add it to your calendar.',
    );
    expect(missingForCalendar(routine({ day: 'SU', minutes: 30 }))).toBe(
      'Choose a start time first, then add it to your calendar.',
    );
    expect(missingForCalendar(routine({ day: 'SU', time: '18:00', minutes: 30 }))).toBe('');
  });
});
