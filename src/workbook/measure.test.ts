import { describe, expect, it } from 'vitest';
import { measureWorkbook } from './measure';
import { readWorkbook } from './read-workbook';
import { buildSampleWorkbook } from './sample-workbook';

const NOW = new Date('2025-03-01T12:00:00.000Z');

describe('buildSampleWorkbook', () => {
  it('builds a valid workbook with the requested number of contacts', () => {
    const doc = buildSampleWorkbook(120, NOW);
    const read = readWorkbook(JSON.stringify(doc), NOW);
    expect(read.status).toBe('ok');
    expect(read.doc).toEqual(doc);
    expect(doc.contacts).toHaveLength(120);
    expect(doc.interviews).toHaveLength(12);
  });
});

describe('measureWorkbook', () => {
  it('keeps a 500-contact workbook under 1 MB', () => {
    const result = measureWorkbook(500);
    expect(result.contacts).toBe(500);
    expect(result.bytes).toBeLessThan(1_000_000);
    expect(Number.isFinite(result.saveMs) && result.saveMs >= 0).toBe(true);
    expect(Number.isFinite(result.loadMs) && result.loadMs >= 0).toBe(true);
  });

  it('counts UTF-8 bytes, not characters', () => {
    const text = JSON.stringify(buildSampleWorkbook(50, NOW));
    const result = measureWorkbook(50);
    expect(result.bytes).toBe(Buffer.byteLength(text, 'utf8'));
    expect(result.bytes).toBeGreaterThan(text.length);
  });
});
