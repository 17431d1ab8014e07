import { describe, expect, it } from 'vitest';
import { sentenceProblems } from '../../../lib/sentence.test-helpers';
import { emptyProfile, type Profile } from '../../../workbook/model';
import { article, pitchStart } from './pitch-start';

const start = (fields: Partial<Profile>) => pitchStart({ ...emptyProfile(), ...fields });

describe('pitchStart: the present part of the pitch from "About you"', () => {
  it.each([
    [{}, ''],
    [{ firstName: 'Ana', lastName: 'Souza' }, 'Hi, I’m Ana.'],
    [
      { firstName: 'Ana', year: 'second-year', fieldOfStudy: 'design', school: 'Riverside College' },
      'Hi, I’m Ana. I’m a second-year design student at Riverside College.',
    ],
    [
      { fieldOfStudy: 'environmental science', school: 'Riverside College' },
      'I study environmental science at Riverside College.',
    ],
    [{ fieldOfStudy: 'history' }, 'I study history.'],
    [{ year: 'final-year', school: 'Riverside College.' }, 'I’m a final-year student at Riverside College.'],
    [{ school: 'Riverside College' }, 'I’m a student at Riverside College.'],
    [{ year: 'junior' }, 'I’m a junior.'],
    [{ year: 'senior', fieldOfStudy: 'environmental science' }, 'I’m a senior in environmental science.'],
    [
      { year: 'PhD student', fieldOfStudy: 'history', school: 'Acme Inc.' },
      'I’m a PhD student in history at Acme Inc.',
    ],
    [{ year: 'Year 2', fieldOfStudy: 'engineering' }, 'I’m a Year 2 engineering student.'],
    [{ fieldOfStudy: 'graduate student' }, 'I’m a graduate student.'],
    [{ year: 'eighth-semester', fieldOfStudy: 'law' }, 'I’m an eighth-semester law student.'],
  ])('from %j', (fields, words) => {
    expect(start(fields)).toBe(words);
  });

  it('reads well with awkward input', () => {
    const awkward = start({
      firstName: 'ana (Annie)',
      year: '2nd year,',
      fieldOfStudy: '  computer   science. ',
      school: '“Riverside College”',
    });
    expect(awkward).toBe('Hi, I’m ana. I’m a 2nd year computer science student at Riverside College.');
    expect(sentenceProblems(awkward)).toEqual([]);
  });

  it('chooses "a" or "an" by the sound of the next word', () => {
    expect(['environmental', 'undergraduate', 'honours', '8th'].map(article)).toEqual(['an', 'an', 'an', 'an']);
    expect(['university', 'second-year', 'one-year', 'design'].map(article)).toEqual(['a', 'a', 'a', 'a']);
  });
});
