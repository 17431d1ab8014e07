import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine, WORKBOOK_KEY } from './engine';
import { createBlockedStorageGetter, createMemoryStorage } from './memory-storage.test-helpers';
import { readWorkbook } from './read-workbook';
import { listRecoveryCopies, readRecoveryCopy } from './recovery-copies';
import { putBackCopy, replaceKeepingCopy } from './restore';
import { mergeBackupInto } from './restore-merge';
import { type Contact, ContactSchema, emptyWorkbook, type Workbook, WorkbookSchema } from './schema';
import { createStorageAdapter } from './storage-adapter';

const NOW = new Date('2026-03-07T12:00:00.000Z');
const FIXTURE = readFileSync(new URL('./fixtures/v1.json', import.meta.url), 'utf8');
const person = (id: string): Contact => ContactSchema.parse({ id, name: id });
const withPeople = (...ids: string[]): Workbook => ({ ...emptyWorkbook(NOW), contacts: ids.map(person) });
const validate = (doc: unknown) => {
  const r = WorkbookSchema.safeParse(doc);
  return r.success ? r.data : null;
};
const names = (doc: Workbook) => doc.contacts.map((c) => c.name);

/** An engine and a storage adapter over one storage, as My workbook has them. */
function setup(storage: Storage | (() => Storage)) {
  const getStorage = typeof storage === 'function' ? storage : () => storage;
  const engine = createEngine({ getStorage, now: () => NOW, read: readWorkbook, validate, debounceMs: 0 });
  engine.load();
  return { engine, adapter: createStorageAdapter(getStorage) };
}

describe('replaceKeepingCopy: a restore keeps the workbook it replaces', () => {
  it('keeps the current workbook, unsaved edits included, as a recovery copy before replacing it', () => {
    const storage = createMemoryStorage();
    const { engine, adapter } = setup(storage);
    engine.update(() => withPeople('ana', 'ben'));
    engine.flush();
    engine.update((doc) => ({ ...doc, contacts: [...doc.contacts, person('carla')] }));
    const outcome = replaceKeepingCopy(engine, adapter, withPeople('dina'), 'before-restore', { now: NOW });
    expect(outcome).toEqual({
      ok: true,
      saved: true,
      copyKey: `${WORKBOOK_KEY}:before-restore:2026-03-07T12:00:00.000Z`,
      message:
        'Your backup was restored. Your previous workbook is kept as a recovery copy: “Undo the restore” puts it back.',
    });
    expect(names(engine.getDoc())).toEqual(['dina']);
    expect(names(JSON.parse(storage.getItem(WORKBOOK_KEY) ?? '{}'))).toEqual(['dina']);
    const copy = JSON.parse(readRecoveryCopy(adapter, outcome.ok ? (outcome.copyKey ?? '') : '') ?? '{}');
    expect(names(copy)).toEqual(['ana', 'ben', 'carla']);
  });

  it('says a merge was a merge, and keeps the workbook from before it', () => {
    const storage = createMemoryStorage();
    const { engine, adapter } = setup(storage);
    engine.update(() => withPeople('ana'));
    engine.flush();
    const merged = mergeBackupInto(engine.getDoc(), withPeople('dina'));
    const outcome = replaceKeepingCopy(engine, adapter, merged, 'before-restore', { now: NOW, merged: true });
    expect(outcome).toMatchObject({
      ok: true,
      saved: true,
      message:
        'The backup was merged into your workbook. Your workbook from before the merge is kept as a recovery copy: “Undo the restore” puts it back.',
    });
    expect(names(engine.getDoc())).toEqual(['dina', 'ana']);
    const copy = JSON.parse(readRecoveryCopy(adapter, outcome.ok ? (outcome.copyKey ?? '') : '') ?? '{}');
    expect(names(copy)).toEqual(['ana']);
  });

  it('keeps no copy of an empty workbook', () => {
    const storage = createMemoryStorage();
    const { engine, adapter } = setup(storage);
    const outcome = replaceKeepingCopy(engine, adapter, withPeople('dina'), 'before-restore', { now: NOW });
    expect(outcome).toMatchObject({ ok: true, saved: true, copyKey: null, message: 'Your backup was restored.' });
    expect(listRecoveryCopies(adapter)).toEqual([]);
  });

  it('replaces nothing when the copy does not fit, says so, and replaces only when told to go on without one', () => {
    const storage = createMemoryStorage(2_500);
    const { engine, adapter } = setup(storage);
    engine.update(() => withPeople('ana', 'ben', 'carla'));
    engine.flush();
    const before = storage.getItem(WORKBOOK_KEY);
    const refused = replaceKeepingCopy(engine, adapter, withPeople('dina'), 'before-restore', { now: NOW });
    expect(refused).toEqual({
      ok: false,
      reason: 'full',
      message:
        "This browser's storage is full, so it cannot keep a copy of your current workbook. Nothing was replaced yet. Download your current workbook first, then replace it without a copy.",
      canGoOn: true,
    });
    expect(names(engine.getDoc())).toEqual(['ana', 'ben', 'carla']);
    expect(storage.getItem(WORKBOOK_KEY)).toBe(before);

    const forced = replaceKeepingCopy(engine, adapter, withPeople('dina'), 'before-restore', {
      now: NOW,
      withoutCopy: true,
    });
    expect(forced).toMatchObject({ ok: true, saved: true, copyKey: null, message: 'Your backup was restored.' });
    expect(names(JSON.parse(storage.getItem(WORKBOOK_KEY) ?? '{}'))).toEqual(['dina']);
  });

  it('says the backup is open but not saved when the stored workbook is from a newer version', () => {
    const storage = createMemoryStorage();
    const newer = JSON.stringify({ ...JSON.parse(FIXTURE), schemaVersion: 2 });
    storage.setItem(WORKBOOK_KEY, newer);
    const { engine, adapter } = setup(storage);
    const outcome = replaceKeepingCopy(engine, adapter, withPeople('dina'), 'before-restore', { now: NOW });
    expect(outcome).toMatchObject({ ok: true, saved: false });
    expect(outcome.message).toBe(
      'Your backup is open in this page but could not be saved: this browser holds a workbook saved by a newer version of the site, which is left as it is. Reload the page to get the newest version. Download a backup to keep what is open here.',
    );
    expect(storage.getItem(WORKBOOK_KEY)).toBe(newer);
  });

  it('says the backup is open but not saved when storage is full or blocked', () => {
    const storage = createMemoryStorage(2_000);
    const { engine, adapter } = setup(storage);
    const big = { ...withPeople('dina'), goals: { ...emptyWorkbook(NOW).goals, fields: 'x'.repeat(3_000) } };
    const full = replaceKeepingCopy(engine, adapter, big, 'before-restore', { now: NOW });
    expect(full).toMatchObject({ ok: true, saved: false });
    expect(full.message).toMatch(
      /^Your backup is open in this page but could not be saved: this browser's storage is full\./,
    );

    const blocked = setup(createBlockedStorageGetter());
    const outcome = replaceKeepingCopy(blocked.engine, blocked.adapter, withPeople('dina'), 'before-restore', {
      now: NOW,
    });
    expect(outcome).toMatchObject({ ok: true, saved: false });
    expect(outcome.message).toMatch(
      /^Your backup is open in this page but could not be saved: this browser is blocking storage/,
    );
  });

  it('asks before replacing unsaved work when storage is blocked (no copy can be kept)', () => {
    const { engine, adapter } = setup(createBlockedStorageGetter());
    engine.update(() => withPeople('ana'));
    const outcome = replaceKeepingCopy(engine, adapter, withPeople('dina'), 'before-restore', { now: NOW });
    expect(outcome).toMatchObject({ ok: false, reason: 'blocked' });
    expect(names(engine.getDoc())).toEqual(['ana']);
  });
});

describe('putBackCopy: undoing a restore puts the replaced workbook back', () => {
  it('brings back the copy, keeps the restored workbook as a copy, and deletes the used copy', () => {
    const storage = createMemoryStorage();
    const { engine, adapter } = setup(storage);
    engine.update(() => withPeople('ana', 'ben'));
    engine.flush();
    const restored = replaceKeepingCopy(engine, adapter, withPeople('dina'), 'before-restore', { now: NOW });
    const copyKey = restored.ok ? (restored.copyKey ?? '') : '';
    engine.update((doc) => ({ ...doc, contacts: [...doc.contacts, person('eli')] }));

    const later = new Date('2026-03-07T13:00:00.000Z');
    const undone = putBackCopy(engine, adapter, copyKey, readWorkbook, { now: later });
    expect(undone).toEqual({
      ok: true,
      saved: true,
      copyKey: `${WORKBOOK_KEY}:before-undo:2026-03-07T13:00:00.000Z`,
      message:
        'The restore was undone: your previous workbook is back. The workbook you had restored is kept as a recovery copy.',
    });
    expect(names(engine.getDoc())).toEqual(['ana', 'ben']);
    expect(names(JSON.parse(storage.getItem(WORKBOOK_KEY) ?? '{}'))).toEqual(['ana', 'ben']);
    expect(storage.getItem(copyKey)).toBeNull();
    expect(names(JSON.parse(readRecoveryCopy(adapter, undone.ok ? (undone.copyKey ?? '') : '') ?? '{}'))).toEqual([
      'dina',
      'eli',
    ]);
  });

  it('says so when the copy is gone', () => {
    const { engine, adapter } = setup(createMemoryStorage());
    expect(putBackCopy(engine, adapter, `${WORKBOOK_KEY}:before-restore:gone`, readWorkbook, { now: NOW })).toEqual({
      ok: false,
      reason: 'error',
      message: 'This recovery copy is no longer in this browser. Nothing was changed.',
      canGoOn: false,
    });
  });
});
