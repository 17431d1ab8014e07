import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { type Migration, migrate, migrations, versionOf } from './migrate';
import { readWorkbook } from './read-workbook';
import { CURRENT_SCHEMA_VERSION } from './schema';

const NOW = new Date('2025-03-01T12:00:00.000Z');
const fixture = (version: number) => new URL(`./fixtures/v${version}.json`, import.meta.url);

/** A pretend upgrade: version 1 kept a contact's name in `fullName`, version 2 calls it `name`. */
const renameToName: Migration = (old) => ({
  ...old,
  contacts: (old.contacts as Array<Record<string, unknown>>).map(({ fullName, ...rest }) => ({
    ...rest,
    name: fullName,
  })),
});

describe('migrate', () => {
  it('runs the steps in order up to the target and stamps each new version', () => {
    const seen: number[] = [];
    const table: Record<number, Migration> = {
      1: (old) => {
        seen.push(old.schemaVersion as number);
        return renameToName(old);
      },
      2: (old) => {
        seen.push(old.schemaVersion as number);
        return { ...old, goals: { wants: ['field'] } };
      },
    };
    const result = migrate({ schemaVersion: 1, contacts: [{ id: 'c1', fullName: 'Ana' }] }, table, 3);
    expect(seen).toEqual([1, 2]);
    expect(result).toEqual({
      ok: true,
      from: 1,
      value: { schemaVersion: 3, contacts: [{ id: 'c1', name: 'Ana' }], goals: { wants: ['field'] } },
    });
  });

  it('starts from the stored version, skipping earlier steps', () => {
    const first = vi.fn<Migration>((old) => old);
    const second = vi.fn<Migration>((old) => ({ ...old, touched: true }));
    const result = migrate({ schemaVersion: 2 }, { 1: first, 2: second }, 3);
    expect(first).not.toHaveBeenCalled();
    expect(result).toEqual({ ok: true, from: 2, value: { schemaVersion: 3, touched: true } });
  });

  it('does nothing to a document already at the target', () => {
    const doc = { schemaVersion: CURRENT_SCHEMA_VERSION, contacts: [] };
    expect(migrate(doc)).toEqual({ ok: true, from: CURRENT_SCHEMA_VERSION, value: doc });
  });

  it('fails without throwing when a step is missing, throws, or returns no document', () => {
    expect(migrate({ schemaVersion: 1 }, {}, 2)).toMatchObject({
      ok: false,
      message: expect.stringContaining('version 1'),
    });
    const throwing = () => {
      throw new Error('bug');
    };
    expect(migrate({ schemaVersion: 1 }, { 1: throwing }, 2)).toMatchObject({ ok: false });
    expect(migrate({ schemaVersion: 1 }, { 1: () => null }, 2)).toMatchObject({ ok: false });
    expect(migrate({ schemaVersion: 1 }, { 1: () => [] }, 2)).toMatchObject({ ok: false });
  });

  it('refuses documents without a usable version or newer than the target', () => {
    for (const raw of [null, [], 'v1', {}, { schemaVersion: '1' }, { schemaVersion: 0 }, { schemaVersion: 1.5 }]) {
      expect(migrate(raw)).toMatchObject({ ok: false });
    }
    expect(migrate({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 })).toMatchObject({ ok: false });
  });

  it('does not mutate the document it upgrades', () => {
    const doc = Object.freeze({
      schemaVersion: 1,
      contacts: Object.freeze([Object.freeze({ id: 'c1', fullName: 'A' })]),
    });
    expect(migrate(doc, { 1: renameToName }, 2).ok).toBe(true);
    expect(doc).toEqual({ schemaVersion: 1, contacts: [{ id: 'c1', fullName: 'A' }] });
  });

  it('ignores inherited table entries', () => {
    const table = Object.create({ 1: () => ({}) }) as Record<number, Migration>;
    expect(migrate({ schemaVersion: 1 }, table, 2)).toMatchObject({ ok: false });
  });
});

describe('versionOf', () => {
  it('reads positive whole version numbers only', () => {
    expect(versionOf({ schemaVersion: 4 })).toBe(4);
    expect(versionOf({ schemaVersion: -1 })).toBeNull();
    expect(versionOf({})).toBeNull();
  });
});

describe('the migration table and fixtures', () => {
  it('has a migration for every version below the current one', () => {
    for (let version = 1; version < CURRENT_SCHEMA_VERSION; version++) {
      expect(migrations[version], `migration from version ${version}`).toBeTypeOf('function');
    }
  });

  it('has a fixture for every version up to the current one', () => {
    for (let version = 1; version <= CURRENT_SCHEMA_VERSION; version++) {
      expect(existsSync(fixture(version)), `fixtures/v${version}.json`).toBe(true);
    }
  });

  it('reads every fixture: older ones upgrade, the current one is read as is', () => {
    for (let version = 1; version <= CURRENT_SCHEMA_VERSION; version++) {
      const result = readWorkbook(readFileSync(fixture(version), 'utf8'), NOW);
      expect(result.problems).toEqual([]);
      expect(result.status).toBe(version === CURRENT_SCHEMA_VERSION ? 'ok' : 'migrated');
      expect(result.doc.contacts.length).toBeGreaterThan(0);
    }
  });
});
