import { describe, expect, it } from 'vitest';
import { createBlockedStorageGetter, createMemoryStorage } from '../workbook/memory-storage.test-helpers';
import { createStorageAdapter } from '../workbook/storage-adapter';
import { DETAILS_KEY, loadDetails, NO_DETAILS, saveDetails } from './details-store';

const DETAILS = { name: 'Tomás', studies: 'Biology', questions: 'Is a certificate worth it?' };

describe('share details in storage', () => {
  it('are kept and read back, and removed when nothing is typed', () => {
    const storage = createMemoryStorage();
    const adapter = createStorageAdapter(() => storage);
    expect(loadDetails(adapter)).toEqual(NO_DETAILS);
    expect(saveDetails(adapter, DETAILS)).toBe(true);
    expect(loadDetails(adapter)).toEqual(DETAILS);
    expect(saveDetails(adapter, NO_DETAILS)).toBe(true);
    expect(storage.getItem(DETAILS_KEY)).toBeNull();
  });

  it('read as nothing typed when damaged, and never throw when storage is blocked', () => {
    const storage = createMemoryStorage();
    const adapter = createStorageAdapter(() => storage);
    for (const raw of ['not json', '[1]', '{"name":3,"studies":"Art"}']) {
      storage.setItem(DETAILS_KEY, raw);
      expect(loadDetails(adapter).name).toBe('');
    }
    expect(loadDetails(adapter).studies).toBe('Art');
    const blocked = createStorageAdapter(createBlockedStorageGetter());
    expect(loadDetails(blocked)).toEqual(NO_DETAILS);
    expect(saveDetails(blocked, DETAILS)).toBe(false);
  });
});
