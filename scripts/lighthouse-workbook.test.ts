import { describe, expect, it } from 'vitest';
import { checkKeyOf, createEngine, WORKBOOK_KEY } from '../src/workbook/engine';
import { createMemoryStorage } from '../src/workbook/memory-storage.test-helpers';
import { readWorkbook } from '../src/workbook/read-workbook';
import { seededWorkbookItems } from './lighthouse-workbook';

const items = seededWorkbookItems(50, '2026-05-04');

describe('seededWorkbookItems', () => {
  it('stores a workbook that passes full validation, with 50 different contacts', () => {
    const result = readWorkbook(items[WORKBOOK_KEY] ?? null, new Date());
    expect(result.status).toBe('ok');
    expect(result.problems).toEqual([]);
    expect(result.doc.contacts).toHaveLength(50);
    expect(new Set(result.doc.contacts.map((c) => c.name)).size).toBe(50);
  });

  it('names every contact "… Person <n>", as the rendered-contacts count expects', () => {
    const names = readWorkbook(items[WORKBOOK_KEY] ?? null, new Date()).doc.contacts.map((c) => c.name);
    const numbers = new Set(names.map((name) => /\bPerson (\d+)\b/.exec(name)?.[1]));
    expect(numbers.size).toBe(50);
    expect(numbers.has(undefined)).toBe(false);
  });

  it('carries the checksum the engine writes, so a page trusts it without loading the validator', () => {
    const storage = createMemoryStorage();
    for (const [key, value] of Object.entries(items)) storage.setItem(key, value);
    let validations = 0;
    const engine = createEngine({
      getStorage: () => storage,
      read: () => null,
      onNeedsValidation: () => {
        validations++;
      },
    });
    const loaded = engine.load();
    expect(loaded.status).toBe('ok');
    expect(loaded.doc.contacts).toHaveLength(50);
    expect(validations).toBe(0);
    expect(Object.keys(items).sort()).toEqual([WORKBOOK_KEY, checkKeyOf(WORKBOOK_KEY)].sort());
  });
});
