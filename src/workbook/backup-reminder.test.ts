import { describe, expect, it } from 'vitest';
import { hasSubstantialWork, shouldRemindBackup } from './backup-reminder';
import { addContact } from './contacts';
import { emptyWorkbook, type Workbook } from './schema';

const now = new Date('2026-11-25T12:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();

function withPeople(n: number): Workbook {
  let doc = emptyWorkbook(now);
  for (let i = 0; i < n; i++) {
    const r = addContact(doc, { name: `Person ${i}` }, now);
    if (r.ok) doc = r.doc;
  }
  return doc;
}

describe('hasSubstantialWork', () => {
  it('is false for a new workbook and a couple of names, true from five people or 300 typed characters', () => {
    expect(hasSubstantialWork(emptyWorkbook(now))).toBe(false);
    expect(hasSubstantialWork(withPeople(2))).toBe(false);
    expect(hasSubstantialWork(withPeople(5))).toBe(true);
    const doc = emptyWorkbook(now);
    expect(hasSubstantialWork({ ...doc, goals: { ...doc.goals, questions: 'x'.repeat(300) } })).toBe(true);
  });
});

describe('shouldRemindBackup', () => {
  const base = { doc: withPeople(6), persisted: false, lastBackupAt: '', dismissedAt: '', now };
  it('reminds after substantial work with no backup', () => {
    expect(shouldRemindBackup(base)).toBe(true);
  });
  it('does not remind when storage is persisted or the work is small', () => {
    expect(shouldRemindBackup({ ...base, persisted: true })).toBe(false);
    expect(shouldRemindBackup({ ...base, doc: withPeople(1) })).toBe(false);
  });
  it('reminds again only when the last backup is over 14 days old', () => {
    expect(shouldRemindBackup({ ...base, lastBackupAt: daysAgo(3) })).toBe(false);
    expect(shouldRemindBackup({ ...base, lastBackupAt: daysAgo(15) })).toBe(true);
  });
  it('"Not now" keeps it away for a week', () => {
    expect(shouldRemindBackup({ ...base, dismissedAt: daysAgo(2) })).toBe(false);
    expect(shouldRemindBackup({ ...base, dismissedAt: daysAgo(8) })).toBe(true);
  });
});
