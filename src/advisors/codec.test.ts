import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checksum,
  cleanLine,
  cleanNote,
  encodePlan,
  hasMarkup,
  MAX_ITEMS,
  MAX_LINE,
  MAX_NOTE,
  type Plan,
  planId,
  planUrl,
} from './codec';
import manifest from './link-manifest.json';
import { decodePlan } from './plan-problems';

const codes = manifest.targets.map((t) => t.code);
const known = new Set(codes);
const isKnown = (code: string) => known.has(code);
const SITE = 'https://careers.example.edu';

const planArb: fc.Arbitrary<Plan> = fc.record({
  items: fc.uniqueArray(fc.constantFrom(...codes), { maxLength: MAX_ITEMS }),
  note: fc.string({ unit: 'grapheme', maxLength: 300 }),
  meetingDate: fc.oneof(
    fc.constant(''),
    fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  ),
  meetingTime: fc.oneof(
    fc.constant(''),
    fc.tuple(fc.nat(23), fc.nat(59)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  ),
  advisor: fc.oneof(fc.constant(''), fc.string({ unit: 'grapheme', maxLength: 100 })),
  place: fc.oneof(fc.constant(''), fc.string({ unit: 'grapheme', maxLength: 100 })),
});

describe('plan links', () => {
  it('read back exactly what was written, with the note cleaned', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const back = decodePlan(encodePlan(plan), isKnown);
        expect(back.items).toEqual(plan.items);
        expect(back.meetingDate).toBe(plan.meetingDate);
        expect(back.meetingTime).toBe(plan.meetingTime);
        expect(back.advisor).toBe(cleanLine(plan.advisor ?? ''));
        expect(back.place).toBe(cleanLine(plan.place ?? ''));
        expect(back.advisor.length).toBeLessThanOrEqual(MAX_LINE);
        expect(back.note).toBe(cleanNote(plan.note).note);
        expect(back.unknown).toEqual([]);
        const kinds = back.problems.map((p) => p.kind);
        expect(kinds.filter((k) => k !== 'note-markup' && k !== 'empty')).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('never throw, whatever the fragment', () => {
    const fragments = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }).map((s) => `v1.${s}`),
      fc.string({ unit: 'grapheme' }).map((s) => `v2.${s}`),
      fc
        .tuple(fc.string(), fc.string(), fc.string(), fc.string({ unit: 'binary' }))
        .map((parts) => `#v1.${parts.join('.')}`),
      fc.tuple(planArb, fc.nat()).map(([plan, n]) => {
        const text = encodePlan(plan);
        return text.slice(0, n % (text.length + 1));
      }),
    );
    fc.assert(
      fc.property(fragments, (fragment) => {
        const plan = decodePlan(fragment, isKnown);
        expect(plan.note.length).toBeLessThanOrEqual(MAX_NOTE);
        expect(plan.items.length).toBeLessThanOrEqual(MAX_ITEMS);
        for (const code of plan.items) expect(known.has(code)).toBe(true);
        for (const p of plan.problems) expect(p.message).toMatch(/\.$/);
      }),
      { numRuns: 2000 },
    );
  });

  it('stay under 300 characters for ten items and a typical note', () => {
    const items = manifest.targets.filter((t) => t.kind !== 'page').map((t) => t.code);
    const plan: Plan = {
      items: [
        items[3],
        items[7],
        items[12],
        items[20],
        items[31],
        items[44],
        items[58],
        items[90],
        items[120],
        items[150],
      ].filter((c): c is string => c !== undefined),
      note: 'Please finish the network map and draft your pitch before we meet. Bring three questions for the alumni panel.',
      meetingDate: '2026-03-10',
    };
    expect(plan.items).toHaveLength(10);
    const url = planUrl(SITE, plan);
    expect(url.length).toBeLessThan(300);
    expect(url.startsWith(`${SITE}/plan/#v1.`)).toBe(true);
  });

  it('put nothing but the fragment after /plan/, so nothing reaches a server', () => {
    const url = new URL(planUrl(SITE, { items: [codes[1] ?? ''], note: 'Hi? a=b&c #d', meetingDate: '' }));
    expect(url.pathname).toBe('/plan/');
    expect(url.search).toBe('');
    expect(decodePlan(url.hash, isKnown).note).toBe('Hi? a=b&c #d');
  });

  it('stay version 1, as before, without a time, place or name, so saved plans keep their ids', () => {
    const plan: Plan = { items: [codes[1] ?? ''], note: 'Hi', meetingDate: '2026-03-10' };
    expect(encodePlan(plan)).toMatch(/^v1\./);
    expect(encodePlan({ ...plan, meetingTime: '', advisor: ' ', place: '' })).toBe(encodePlan(plan));
    expect(planId({ ...plan, advisor: '' })).toBe(planId(plan));
  });

  it('carry the meeting time, place and the advisor’s name in version 2, dots and all', () => {
    const plan: Plan = {
      items: [codes[1] ?? ''],
      note: 'See you.',
      meetingDate: '2026-03-10',
      meetingTime: '14:30',
      place: 'Room 1.05, Student Center',
      advisor: 'Dr. Ana Ruiz',
    };
    const text = encodePlan(plan);
    expect(text).toMatch(
      /^v2\.[0-9a-z]{2}\.[0-9a-z]+\.20260310\.1430\.Dr%2E\+Ana\+Ruiz\.Room\+1%2E05%2C\+Student\+Center\.See\+you\.$/,
    );
    const back = decodePlan(text, isKnown);
    expect(back).toMatchObject({ meetingTime: '14:30', place: plan.place, advisor: plan.advisor, note: 'See you.' });
    expect(back.problems).toEqual([]);
  });

  it('read a link whose # became ?', () => {
    const plan: Plan = { items: [codes[1] ?? ''], note: 'Hi', meetingDate: '' };
    expect(decodePlan(`?${encodePlan(plan)}`, isKnown)).toMatchObject({ items: plan.items, note: 'Hi', problems: [] });
  });

  it('keep a "+" and dots in the note apart from spaces and fields', () => {
    const plan: Plan = { items: [], note: 'C++ and 1.5 hours. Done.', meetingDate: '' };
    const text = encodePlan(plan);
    expect(text).toContain('C%2B%2B+and+1.5+hours.+Done.');
    expect(decodePlan(text, isKnown).note).toBe(plan.note);
  });
});

describe('a damaged plan link', () => {
  const plan: Plan = { items: codes.slice(1, 6), note: 'Read these before Tuesday.', meetingDate: '2026-03-10' };
  const text = encodePlan(plan);

  it('says when it is cut off, and keeps what it could read', () => {
    const cut = text.slice(0, text.length - 6);
    const back = decodePlan(cut, isKnown);
    expect(back.problems[0]?.kind).toBe('damaged');
    expect(back.problems[0]?.message).toMatch(/cut off or changed/);
    expect(back.items).toEqual(plan.items);
    expect(back.note).toBe('Read these before Tu');
  });

  it('says when it was edited by hand', () => {
    const edited = text.replace('Tuesday', 'Monday');
    expect(decodePlan(edited, isKnown).problems.map((p) => p.kind)).toContain('damaged');
  });

  it('leaves out codes that name nothing, and says so in a sentence without them', () => {
    const [v, , items, date, ...note] = text.split('.');
    const withUnknown = `${items}zz!x`;
    const check = checksum(withUnknown, date ?? '', plan.note);
    const back = decodePlan([v, check, withUnknown, date, ...note].join('.'), isKnown);
    expect(back.items).toEqual(plan.items);
    expect(back.unknown).toEqual(['zz', '!x']);
    expect(back.problems.map((p) => p.kind)).toEqual(['unknown-items']);
    expect(back.problems[0]?.message).toBe(
      '2 items in this link do not match any part of the guide, so they are left out. The link may have been changed: ask your advisor to send it again.',
    );
  });

  it('says the end of the list is missing when the link was cut inside a code', () => {
    const [v, c, items] = text.split('.');
    const back = decodePlan(`${v}.${c}.${items?.slice(0, 5)}`, isKnown);
    expect(back.items).toEqual(plan.items.slice(0, 2));
    expect(back.unknown).toEqual([]);
    expect(back.problems.map((p) => p.message)).toEqual([
      'This link looks cut off or changed, so parts of the plan may be missing. Ask your advisor to send the whole link again.',
      'The end of the list in this link is missing, so the last item could not be read. Ask your advisor to send the whole link again.',
    ]);
  });

  it('cuts an over-long note at the stated length and says so', () => {
    const long = 'word '.repeat(200);
    const fragment = `v1.00.${codes[1]}..${encodeURIComponent(long)}`;
    const back = decodePlan(fragment, isKnown);
    expect(back.note.length).toBeLessThanOrEqual(MAX_NOTE);
    expect(back.problems.map((p) => p.kind)).toContain('note-too-long');
    expect(back.problems.find((p) => p.kind === 'note-too-long')?.message).toBe(
      'The note was longer than 280 characters, so it is cut short.',
    );
  });

  it('keeps markup in the note as text and says so', () => {
    const note = '<img src=x onerror=alert(1)><script>alert(2)</script> &amp; read step 1';
    const back = decodePlan(encodePlan({ items: [], note, meetingDate: '' }), isKnown);
    expect(back.note).toBe(note);
    expect(back.problems.map((p) => p.kind)).toEqual(['note-markup']);
    expect(hasMarkup('Meet at 3 <4 pm')).toBe(false);
  });

  it('drops a date that does not exist, and says so', () => {
    const back = decodePlan(`v1.00.${codes[1]}.20260231.`, isKnown);
    expect(back.meetingDate).toBe('');
    expect(back.problems.map((p) => p.kind)).toContain('bad-date');
  });

  it('keeps at most the maximum number of items', () => {
    const items = codes.slice(0, MAX_ITEMS + 5).join('');
    const back = decodePlan(`v1.${checksum(items, '', '')}.${items}..`, isKnown);
    expect(back.items).toHaveLength(MAX_ITEMS);
    expect(back.problems.map((p) => p.kind)).toEqual(['too-many-items']);
  });

  it('explains an empty link, another version and something that is not a plan', () => {
    expect(decodePlan('', isKnown).problems.map((p) => p.kind)).toEqual(['empty']);
    expect(decodePlan('#', isKnown).problems.map((p) => p.kind)).toEqual(['empty']);
    expect(decodePlan('v3.aa.bb', isKnown).problems.map((p) => p.kind)).toEqual(['newer-version']);
    expect(decodePlan('section-3', isKnown).problems.map((p) => p.kind)).toEqual(['not-a-plan']);
  });

  it('survives broken percent escapes and removes hidden control characters', () => {
    expect(() => decodePlan('v1.00...%E0%A4%A', isKnown)).not.toThrow();
    expect(decodePlan('v1.00...100%25+sure%', isKnown).note).toBe('100% sure%');
    expect(cleanNote('a\u0000b\u202Ec\r\nd').note).toBe('abc\nd');
  });
});

describe('plan ids', () => {
  it('are stable for the same plan and valid workbook ids', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const id = planId(plan);
        expect(id).toMatch(/^[A-Za-z0-9_-]{1,80}$/);
        expect(planId({ ...plan })).toBe(id);
      }),
    );
    const a = planId({ items: ['01'], note: 'a', meetingDate: '' });
    const b = planId({ items: ['01'], note: 'b', meetingDate: '' });
    expect(a).not.toBe(b);
  });
});
