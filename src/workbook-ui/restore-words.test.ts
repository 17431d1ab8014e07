import { describe, expect, it } from 'vitest';
import { type Contact, ContactSchema, emptyWorkbook, type Workbook } from '../workbook/schema';
import { backupAge, copyTitle, momentText, sizeText } from './restore-words';

/** An ISO time for a local date and time (tests pass in any time zone). */
const at = (day: number, hour: number, minute = 0, second = 0, ms = 0) =>
  new Date(2026, 2, day, hour, minute, second, ms).toISOString();
const person = (id: string): Contact => ContactSchema.parse({ id, name: id });
/** A workbook holding one person, last changed at `updatedAt`. */
const current = (updatedAt: string): Workbook => ({
  ...emptyWorkbook(new Date(updatedAt)),
  updatedAt,
  contacts: [person('ana')],
});

describe('backupAge: when the backup was made, next to the current answers', () => {
  it('says how much older the backup is, and warns', () => {
    expect(backupAge(at(3, 12), current(at(7, 12, 30)))).toEqual({
      text: 'It was made on Tue 3 March 2026, 4 days older than your current answers.',
      older: true,
    });
  });

  it.each([
    [at(7, 9), at(7, 12), 'It was made on Sat 7 March 2026, 3 hours older than your current answers.'],
    [at(7, 11, 59), at(7, 12), 'It was made on Sat 7 March 2026, 1 minute older than your current answers.'],
    [at(6, 12), at(7, 12), 'It was made on Fri 6 March 2026, 1 day older than your current answers.'],
    [at(7, 11, 59, 59, 500), at(7, 12), 'It was made on Sat 7 March 2026, moments before your current answers.'],
  ])('made %s, answers of %s', (made, answers, text) => {
    expect(backupAge(made, current(answers))).toEqual({ text, older: true });
  });

  it('says when the backup is newer than the current answers, without a warning', () => {
    expect(backupAge(at(8, 10), current(at(7, 12)))).toEqual({
      text: 'It was made on Sun 8 March 2026, after your current answers were last changed.',
      older: false,
    });
  });

  it('gives only the date when nothing is written yet, and says when the file has no date', () => {
    const empty = emptyWorkbook(new Date(at(9, 12)));
    expect(backupAge(at(3, 12), empty)).toEqual({
      text: 'It was made on Tue 3 March 2026.',
      older: false,
    });
    expect(backupAge(null, current(at(7, 12)))).toEqual({
      text: 'The file does not say when it was made.',
      older: false,
    });
  });
});

describe('recovery copies in words', () => {
  it('names each kind of copy', () => {
    expect(copyTitle('unreadable')).toBe('Saved answers that could not be read');
    expect(copyTitle('before-restore')).toBe('Your workbook before a restore');
    expect(copyTitle('before-undo')).toBe('The restored workbook, before you undid the restore');
  });

  it('gives a moment as a date and time in words, local time', () => {
    const moment = new Date(2026, 2, 5, 9, 7);
    expect(momentText(moment.toISOString())).toBe('Thu 5 March 2026 at 09:07');
    expect(momentText('')).toBe('an unknown time');
  });

  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [900, '900 bytes'],
    [1024, '1 KB'],
    [15_400, '15 KB'],
    [2_600_000, '2.5 MB'],
  ])('%i bytes is "%s"', (bytes, text) => {
    expect(sizeText(bytes)).toBe(text);
  });
});
