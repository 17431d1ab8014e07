import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackup, describeWorkbook, MAX_BACKUP_BYTES, parseBackup, summaryText } from './backup';
import { ADDED_FIELD_DEFAULTS, ADDED_GOAL_DEFAULTS } from './fixtures/added-fields';
import { emptyWorkbook, type Workbook } from './schema';
import { holdsNothing } from './summary';
import { workbookArb } from './test-arbitraries';

const NOW = new Date('2025-03-01T12:00:00.000Z');
const SAMPLE = JSON.parse(readFileSync(new URL('./fixtures/v1.json', import.meta.url), 'utf8')) as Workbook;
const envelope = (data: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ app: 'networking-guide', schemaVersion: 1, exportedAt: NOW.toISOString(), data, ...extra });

/** The message of a refused backup (fails the test if it was accepted). */
function refusal(text: string): string {
  const result = parseBackup(text);
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.message;
}

describe('createBackup', () => {
  it('wraps the workbook with the app name, version and export time', () => {
    expect(JSON.parse(createBackup(SAMPLE, NOW))).toEqual({
      app: 'networking-guide',
      schemaVersion: 1,
      exportedAt: '2025-03-01T12:00:00.000Z',
      data: SAMPLE,
    });
  });
});

describe('parseBackup: accepted files', () => {
  it('gives back the workbook and a summary of it', () => {
    const result = parseBackup(createBackup(SAMPLE, NOW));
    expect(result).toEqual({
      ok: true,
      // Saved before the parts added since (fixtures/added-fields.ts): it gets their empty values.
      doc: {
        ...SAMPLE,
        ...ADDED_FIELD_DEFAULTS,
        goals: { ...SAMPLE.goals, ...ADDED_GOAL_DEFAULTS },
      },
      summary: describeWorkbook(SAMPLE),
      madeAt: NOW.toISOString(),
      leftOut: [],
    });
  });

  it('fills in a sparse workbook', () => {
    const result = parseBackup(envelope({ schemaVersion: 1, contacts: [{ id: 'c1', name: 'Ana' }] }));
    expect(result.ok && result.doc.contacts[0]?.status).toBe('not-contacted');
  });

  it('round-trips any valid workbook (property)', () => {
    fc.assert(
      fc.property(workbookArb, (doc) => {
        expect(parseBackup(createBackup(doc, NOW))).toEqual({
          ok: true,
          doc,
          summary: describeWorkbook(doc),
          madeAt: NOW.toISOString(),
          leftOut: [],
        });
      }),
    );
  });
});

/** The result of a backup that was accepted (fails the test if it was refused). */
function accepted(text: string) {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(`expected the backup to be accepted: ${result.message}`);
  return result;
}

/** A deep copy of the sample workbook that a test may damage. */
const sample = () => structuredClone(SAMPLE) as Workbook & Record<string, unknown>;

describe('parseBackup: damaged parts are left out, everything else is restored', () => {
  it('restores a backup with one mistyped date, leaving out only that date and saying so', () => {
    const doc = sample();
    const sam = doc.contacts[1];
    if (!sam) throw new Error('the sample has Sam Lee second');
    (doc.interviews[0] as Record<string, unknown>).contactId = sam.id;
    (doc.interviews[0] as Record<string, unknown>).date = '202612-03-15';
    const result = accepted(envelope(doc));
    expect(result.leftOut).toEqual([
      'Interview note for Sam Lee: the date “202612-03-15” is not a date, so it was left out.',
    ]);
    expect(result.doc.interviews[0]).toEqual({ ...SAMPLE.interviews[0], contactId: sam.id, date: '' });
    expect(result.doc.contacts).toEqual(SAMPLE.contacts);
    expect(result.doc.goals).toEqual({ ...SAMPLE.goals, ...ADDED_GOAL_DEFAULTS });
    expect(result.summary).toEqual(describeWorkbook(SAMPLE));
  });

  it('names the field and the person for a broken choice, and keeps the rest of the contact', () => {
    const doc = sample();
    (doc.contacts[2] as Record<string, unknown>).status = 'ghosted';
    const result = accepted(envelope(doc));
    expect(result.leftOut).toEqual([
      'Dr. Priya Raman: the status “ghosted” is not one of the choices, so it was left out.',
    ]);
    expect(result.doc.contacts[2]).toEqual({ ...SAMPLE.contacts[2], status: 'not-contacted' });
  });

  it('leaves out a list that is not a list and a whole item that cannot be read', () => {
    const doc = sample();
    (doc as Record<string, unknown>).pitches = 'none';
    (doc.contacts as unknown[]).push({ id: 'c_nameless', name: '' });
    const result = accepted(envelope(doc));
    expect(result.leftOut).toEqual([
      'Person 5 could not be read, so it was left out.',
      'Your pitch versions could not be read, so they were left out.',
    ]);
    expect(result.doc.contacts).toEqual(SAMPLE.contacts);
    expect(result.doc.pitches).toEqual([]);
    expect(result.doc.interviews).toEqual(SAMPLE.interviews);
  });

  it('describes parts inside an item and inside the goals', () => {
    const doc = sample();
    (doc.preps[0]?.questions[1] as Record<string, unknown>).theme = 'gossip';
    (doc.interviews[0] as { nextSteps: unknown[] }).nextSteps.push('call her');
    (doc.goals as Record<string, unknown>).wants = ['field', 'fame'];
    (doc.contacts[0] as Record<string, unknown>).email = 'x'.repeat(300);
    const result = accepted(envelope(doc));
    expect(result.leftOut).toEqual([
      'Maria Okafor: the email address is too long, so it was left out.',
      'Interview preparation for Chris Alvarez, question 2: the theme “gossip” is not one of the choices, so it was left out.',
      'Interview note for Maria Okafor: next step 3 could not be read, so it was left out.',
      'Your goals: the choice “fame” is not one of the choices, so it was left out.',
    ]);
    expect(result.doc.goals.wants).toEqual(['field']);
    expect(result.doc.preps[0]?.questions[1]?.theme).toBe('own');
    expect(result.doc.interviews[0]?.nextSteps).toEqual(SAMPLE.interviews[0]?.nextSteps);
  });

  it('leaves out the second of two items with the same id', () => {
    const doc = sample();
    doc.contacts.push({ ...SAMPLE.contacts[0], name: 'Copy of Maria' } as Workbook['contacts'][number]);
    const result = accepted(envelope(doc));
    expect(result.leftOut).toEqual(['Copy of Maria repeats an earlier entry, so it was left out.']);
    expect(result.doc.contacts).toEqual(SAMPLE.contacts);
  });

  it('refuses a backup of which nothing can be read', () => {
    expect(refusal(envelope({ schemaVersion: 1, contacts: 'x', goals: 7 }))).toMatch(/nothing in it could be read/);
  });

  it('keeps every intact item when one field of a random workbook is damaged (property)', () => {
    const damages = fc.constantFrom(42, 'not-a-date-or-choice', { nested: true }, null);
    fc.assert(
      fc.property(workbookArb, fc.nat(), damages, (doc, pick, damage) => {
        fc.pre(doc.contacts.length > 0);
        const index = pick % doc.contacts.length;
        const damaged = structuredClone(doc) as Workbook;
        (damaged.contacts[index] as Record<string, unknown>).status = damage;
        const result = accepted(envelope(damaged));
        expect(result.doc.contacts).toEqual(
          doc.contacts.map((c, i) => (i === index ? { ...c, status: 'not-contacted' } : c)),
        );
        expect(result.doc.places).toEqual(doc.places);
        expect(result.leftOut).toHaveLength(1);
        expect(result.leftOut[0]).toMatch(/the status .*so it was left out\.$/);
      }),
    );
  });
});

describe('parseBackup: refused files, with the reason in plain words', () => {
  it('refuses files over 5 MiB, measured in UTF-8 bytes', () => {
    const padding = (bytes: number) => ' '.repeat(bytes);
    const valid = createBackup(emptyWorkbook(NOW), NOW);
    expect(parseBackup(valid + padding(MAX_BACKUP_BYTES - valid.length)).ok).toBe(true);
    expect(refusal(valid + padding(MAX_BACKUP_BYTES - valid.length + 1))).toMatch(/larger than 5 MB/);
    // 'é' is one UTF-16 unit but two UTF-8 bytes, and an emoji is two units but four bytes.
    const accents = envelope({ schemaVersion: 1, goals: { fields: 'é'.repeat(2_700_000) } });
    expect(accents.length).toBeLessThan(MAX_BACKUP_BYTES);
    expect(refusal(accents)).toMatch(/larger than 5 MB/);
    const emoji = '😀'.repeat(1_400_000);
    expect(emoji.length).toBeLessThan(MAX_BACKUP_BYTES);
    expect(refusal(emoji)).toMatch(/larger than 5 MB/);
    // A lone surrogate is written as the 3 bytes of U+FFFD.
    const lone = '\ud800'.repeat(1_750_000);
    expect(lone.length).toBeLessThan(MAX_BACKUP_BYTES);
    expect(refusal(lone)).toMatch(/larger than 5 MB/);
  });

  it('refuses text that is not JSON', () => {
    expect(refusal('hello')).toMatch(/could not be read as a backup/);
    expect(refusal('')).toMatch(/could not be read as a backup/);
  });

  it('refuses JSON from another app, or no app at all', () => {
    for (const text of ['[]', 'null', '{"app":"other","schemaVersion":1,"data":{}}', JSON.stringify(SAMPLE)]) {
      expect(refusal(text)).toBe('This file is not a backup from this site.');
    }
  });

  it('refuses a backup from a newer version of the site', () => {
    expect(refusal(envelope({ ...SAMPLE, schemaVersion: 2 }, { schemaVersion: 2 }))).toMatch(
      /made by a newer version of this site/,
    );
  });

  it('refuses a backup without a version, without data, or with mismatched versions', () => {
    expect(refusal(envelope(SAMPLE, { schemaVersion: 'one' }))).toMatch(/does not say which version/);
    expect(refusal(envelope(undefined))).toMatch(/no workbook/);
    expect(refusal(envelope({ ...SAMPLE, schemaVersion: 3 }))).toMatch(/version numbers do not match/);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses any %s key, however deep', (key) => {
    const deep = createBackup(SAMPLE, NOW).replace('"howKnown":', `"${key}":{"polluted":true},"howKnown":`);
    expect(refusal(deep)).toContain(`“${key}”`);
    const top = `{"${key}":{"polluted":true},${createBackup(SAMPLE, NOW).slice(1)}`;
    expect(refusal(top)).toContain(`“${key}”`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseBackup: robustness (properties)', () => {
  const before = Object.getOwnPropertyNames(Object.prototype).sort();
  const texts = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.json(),
    fc.jsonValue().map((data) => envelope(data)),
    fc.anything({ withObjectString: true, withNullPrototype: true }).map((value) => {
      try {
        return JSON.stringify(value) ?? 'undefined';
      } catch {
        return String(typeof value);
      }
    }),
    fc
      .dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'name'), fc.jsonValue())
      .map((obj) => envelope({ schemaVersion: 1, contacts: [obj], goals: obj })),
  );

  it('never throws, refuses with a message or returns a valid workbook, and never touches Object.prototype', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const result = parseBackup(text);
        if (result.ok) expect(result.summary).toEqual(describeWorkbook(result.doc));
        else expect(result.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 500 },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('summaries', () => {
  it('counts what a workbook holds, leaving out the built-in circles', () => {
    expect(describeWorkbook(SAMPLE)).toEqual({
      contacts: 4,
      circles: 1,
      places: 2,
      pitches: 1,
      outreach: 1,
      preps: 1,
      interviews: 1,
      thankYous: 1,
      plans: 1,
      hasGoals: true,
      hasProfile: false,
    });
  });

  it('says "nothing yet" for an empty workbook', () => {
    expect(summaryText(describeWorkbook(emptyWorkbook(NOW)))).toBe('nothing yet');
  });

  it('lists only the non-zero parts, with singular and plural words', () => {
    const summary = { ...describeWorkbook(emptyWorkbook(NOW)), contacts: 12, pitches: 2, interviews: 1 };
    expect(summaryText(summary)).toBe('12 people, 2 pitch versions, 1 interview note');
    expect(summaryText({ ...summary, contacts: 1, hasGoals: true })).toBe(
      '1 person, your goals, 2 pitch versions, 1 interview note',
    );
  });

  it('names "About you" when something is filled in there, so a restore never replaces it unasked', () => {
    const blank = emptyWorkbook(NOW);
    const named = { ...blank, profile: { ...blank.profile, firstName: 'Ana' } };
    expect(describeWorkbook({ ...blank, profile: { ...blank.profile, school: '  ' } }).hasProfile).toBe(false);
    expect(holdsNothing(describeWorkbook(named))).toBe(false);
    expect(summaryText({ ...describeWorkbook(named), contacts: 2 })).toBe('your details from “About you”, 2 people');
  });

  it('counts goals only when something was written or chosen', () => {
    const blank = emptyWorkbook(NOW);
    expect(describeWorkbook({ ...blank, goals: { ...blank.goals, fields: '   ' } }).hasGoals).toBe(false);
    expect(describeWorkbook({ ...blank, goals: { ...blank.goals, wants: ['skill'] } }).hasGoals).toBe(true);
  });

  it("counts step 3's goal sentence, targets and organizations as goals, so a workbook holding only them is never 'nothing'", () => {
    const blank = emptyWorkbook(NOW);
    const only = [
      { ...blank.goals, goal: 'Learn what archivists do.' },
      { ...blank.goals, targets: [{ id: 't1', count: 0, who: '', by: '2027-02-15' }] },
      {
        ...blank.goals,
        orgList: [{ id: 'o1', name: 'Acme', alumni: false, advocacy: false, motivation: 0 as const, posting: false }],
      },
    ];
    for (const goals of only) {
      const summary = describeWorkbook({ ...blank, goals });
      expect(summary.hasGoals).toBe(true);
      expect(holdsNothing(summary)).toBe(false);
    }
  });
});
