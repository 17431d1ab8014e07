import { fnv1a } from '../lib/hash';
import { createMemoryStorage } from './memory-storage.test-helpers';
import { readWorkbook } from './read-workbook';
import { buildSampleWorkbook } from './sample-workbook';

/** Size and speed of a workbook with many contacts. */
export interface WorkbookMeasurement {
  contacts: number;
  /** UTF-8 size of the stored document. */
  bytes: number;
  /** Median time to serialise, checksum and write the document, in milliseconds. */
  saveMs: number;
  /** Median time to read and fully validate the stored document (no checksum shortcut), in milliseconds. */
  loadMs: number;
}

const RUNS = 20;

/** The median of some numbers. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The median duration of `RUNS` runs of a task, in milliseconds. */
function timeIt(task: () => void): number {
  const durations: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    task();
    durations.push(performance.now() - start);
  }
  return median(durations);
}

/** Builds a realistic workbook with `count` contacts and measures its size and save and load times. */
export function measureWorkbook(count = 500): WorkbookMeasurement {
  const now = new Date('2025-03-01T12:00:00.000Z');
  const doc = buildSampleWorkbook(count, now);
  const text = JSON.stringify(doc);
  const storage = createMemoryStorage();
  return {
    contacts: doc.contacts.length,
    bytes: new TextEncoder().encode(text).length,
    saveMs: timeIt(() => {
      const saved = JSON.stringify(doc);
      storage.setItem('networking-guide:workbook', saved);
      storage.setItem('networking-guide:workbook:check', fnv1a(saved));
    }),
    loadMs: timeIt(() => {
      readWorkbook(text, now);
    }),
  };
}
