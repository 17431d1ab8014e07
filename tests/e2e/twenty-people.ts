// A realistic workbook of 20 people for the picture tests and `npm run screenshots`: three circles,
// some rated high in step 3, some contacted, with dates of messages, talks and thank-yous spread
// over the weeks before TEST_TODAY (Wednesday 25 November 2026), and steps 1, 3 and 4 under way.
import { contact, TEST_TODAY, workbook } from './workbook-fixtures';

const NAMES = [
  'Maria Lopez',
  'Sam Lee',
  'Priya Shah',
  'Chris Novak',
  'José Ortega',
  'Amara Okafor',
  'Lena Fischer',
  'Tomás Silva',
  'Wei Chen',
  'Fatima Khan',
  'Noah Brown',
  'Zoë Martin',
  'Aisha Bello',
  'Ben Carter',
  'Chloe Dubois',
  'Diego Ramos',
  'Elif Yilmaz',
  'Farid Haddad',
  'Grace Kim',
  'Hugo Laurent',
];

/** The 'YYYY-MM-DD' date `days` days before TEST_TODAY. */
export function daysBefore(days: number): string {
  const [y, m, d] = TEST_TODAY.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}

/** Each person's dates: [reached out, met, thanked], in days before TEST_TODAY ('' when not). */
const DATES: ReadonlyArray<readonly [number | '', number | '', number | '']> = [
  [2, '', ''],
  [3, 1, 0],
  [9, 6, 5],
  [10, '', ''],
  [16, 12, 11],
  [24, 20, 18],
  [30, '', ''],
  [31, 27, ''],
  [45, 40, 39],
  [60, 55, 54],
  [70, '', ''],
  [85, 80, 79],
  [100, '', ''],
];

/** The 20 stored contacts: the first 13 contacted (with their dates), 6 rated high, 5 in the top five. */
export function twentyPeople(): Record<string, unknown>[] {
  return NAMES.map((name, i) => {
    const [out, met, thanked] = DATES[i] ?? ['', '', ''];
    const at = (d: number | '') => (d === '' ? '' : daysBefore(d));
    const status = thanked !== '' ? 'thanked' : met !== '' ? 'met' : out !== '' ? 'reached-out' : 'not-contacted';
    return contact(`p${i}`, name, {
      circleId: ['work', 'family', 'activities'][i % 3],
      org: i % 2 ? 'County Water Quality Lab' : 'Riverside Hospital',
      status,
      relevance: i % 3 === 0 ? 3 : 2,
      motivation: i % 4 === 0 ? 3 : 1,
      topFive: i < 5,
      reachedOutAt: at(out),
      metAt: at(met),
      thankedAt: at(thanked),
      lastContactAt: at(thanked === '' ? (met === '' ? out : met) : thanked),
      nextContactAt: met !== '' ? daysBefore(-30) : '',
    });
  });
}

/** The whole workbook: the 20 people, a goal, a full pitch; steps 1, 3 and 4 done, 5 and 6 started. */
export function twentyPeopleWorkbook(): Record<string, unknown> {
  return workbook(twentyPeople(), {
    goals: { wants: ['field'], fields: 'Environmental science', organizations: '', questions: '' },
    pitches: [
      {
        id: 'pitch1',
        name: 'For alumni',
        audience: 'alumnus',
        now: 'I study biology.',
        past: 'I worked at a summer camp.',
        future: 'I want to work on clean water.',
        ask: 'Could we talk for 20 minutes?',
        updatedAt: '2026-11-01T10:00:00.000Z',
      },
    ],
  });
}
