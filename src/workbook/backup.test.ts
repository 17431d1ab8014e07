import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackup, describeWorkbook, MAX_BACKUP_BYTES, parseBackup, summaryText } from './backup';
import { emptyWorkbook, type Workbook } from './schema';
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
    expect(result).toEqual({ ok: true, doc: SAMPLE, summary: describeWorkbook(SAMPLE) });
  });

  it('fills in a sparse workbook', () => {
    const result = parseBackup(envelope({ schemaVersion: 1, contacts: [{ id: 'c1', name: 'Ana' }] }));
    expect(result.ok && result.doc.contacts[0]?.status).toBe('not-contacted');
  });

  it('round-trips any valid workbook (property)', () => {
    fc.assert(
      fc.property(workbookArb, (doc) => {
        expect(parseBackup(createBackup(doc, NOW))).toEqual({ ok: true, doc, summary: describeWorkbook(doc) });
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

  it('refuses a damaged workbook whole, naming the damaged part', () => {
    const broken = { ...SAMPLE, contacts: SAMPLE.contacts.map((c, i) => (i === 2 ? { ...c, status: 'ghosted' } : c)) };
    expect(refusal(envelope(broken))).toBe(
      'This backup could not be restored because part of it is damaged: contact 3 (the “status” field). Nothing was changed.',
    );
    expect(refusal(envelope({ ...SAMPLE, pitches: 'none' }))).toMatch(/the list of pitch versions/);
    expect(refusal(envelope({ ...SAMPLE, goals: { wants: 'all' } }))).toMatch(/your goals \(the “wants” field\)/);
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

  it('counts goals only when something was written or chosen', () => {
    const blank = emptyWorkbook(NOW);
    expect(describeWorkbook({ ...blank, goals: { ...blank.goals, fields: '   ' } }).hasGoals).toBe(false);
    expect(describeWorkbook({ ...blank, goals: { ...blank.goals, wants: ['skill'] } }).hasGoals).toBe(true);
  });
});
