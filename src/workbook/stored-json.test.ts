import { describe, expect, it } from 'vitest';
import { buildSampleWorkbook } from './sample-workbook';
import { narrowJson, storedJson } from './stored-json';

/** True when every character of `text` fits in one byte (Latin-1). */
const oneByte = (text: string) => [...text].every((c) => (c.codePointAt(0) ?? 0) <= 0xff);

describe('storedJson', () => {
  it('parses back to the same workbook, with curly quotes, accents, other alphabets and emoji', () => {
    const doc = buildSampleWorkbook(30, new Date('2026-03-01T12:00:00.000Z'));
    const first = doc.contacts[0];
    if (!first) throw new Error('no contact');
    const odd = { ...doc, contacts: [{ ...first, name: 'Zoë “Zee” Łukasz — 王芳 😀', notes: 'a\u2028b\ud800c' }] };
    for (const d of [doc, odd]) expect(JSON.parse(storedJson(d))).toEqual(JSON.parse(JSON.stringify(d)));
  });

  it('needs one byte per character when few characters are wide', () => {
    const doc = buildSampleWorkbook(30, new Date('2026-03-01T12:00:00.000Z'));
    expect(oneByte(JSON.stringify(doc))).toBe(false);
    const text = storedJson(doc);
    expect(oneByte(text)).toBe(true);
    expect(text).toContain('\\u2019');
    expect(text).toContain('é'); // Latin-1 letters stay as they are
  });

  it('leaves a text of mostly wide characters as it is, since escapes would make it longer', () => {
    const json = JSON.stringify({ notes: 'Встреча с Марией в пятницу.' });
    expect(narrowJson(json)).toBe(json);
  });
});
