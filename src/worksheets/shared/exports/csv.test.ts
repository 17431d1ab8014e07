import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, neutralize } from './csv';

/** Characters a reader does not see at the start of a cell: spaces, line breaks and format characters. */
const INVISIBLE = [
  ' ', // space
  '\u00A0', // no-break space
  '\u200B', // zero-width space
  '\u200C', // zero-width non-joiner
  '\u200D', // zero-width joiner
  '\uFEFF', // zero-width no-break space (byte order mark)
  '\u2060', // word joiner
  '\u00AD', // soft hyphen
  '\u200E', // left-to-right mark
  '\u202E', // right-to-left override
  '\u2003', // em space
  '\u3000', // ideographic space
  '\t',
  '\r',
  '\n',
];
/** What makes a spreadsheet read a cell as a formula: = + - @ and their full-width forms. */
const STARTERS = ['=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];

describe('neutralize: cells a spreadsheet would run as formulas (OWASP CSV injection)', () => {
  it.each([
    ['space before =', ' =1+1'],
    ['two spaces before +', '  +1'],
    ['no-break space before -', '\u00A0-1'],
    ['zero-width space before @', '\u200B@SUM(A1)'],
    ['zero-width non-joiner before =', '\u200C=1'],
    ['zero-width joiner before =', '\u200D=1'],
    ['byte order mark before =', '\uFEFF=1'],
    ['word joiner before +', '\u2060+1'],
    ['tab before =', '\t=1'],
    ['carriage return before =', '\r=1'],
    ['newline before =', '\n=HYPERLINK("http://evil")'],
    ['CRLF before @', '\r\n@cmd'],
    ['mixed spaces and format characters before =', ' \u200B\u00A0\uFEFF=1'],
    ['full-width equals', '\uFF1D1+1'],
    ['full-width plus', '\uFF0B1'],
    ['full-width minus', '\uFF0D1'],
    ['full-width at', '\uFF20SUM(A1)'],
    ['space before full-width equals', ' \uFF1D1'],
    ['ASCII =', '=1+1'],
    ['ASCII +', '+1'],
    ['ASCII -', '-1'],
    ['ASCII @', '@SUM(A1)'],
    ['a tab alone', '\tx'],
    ['a carriage return alone', '\rx'],
  ])('%s gets a leading apostrophe', (_, cell) => {
    expect(neutralize(cell)).toBe(`'${cell}`);
  });

  it.each([
    ['a name', 'Ana'],
    ['a range', '1-2'],
    ['an equation inside', 'a=b'],
    ['empty', ''],
    ['only spaces', '   '],
    ['a space before a word', ' Ana'],
    ['a zero-width space before a word', '\u200BAna'],
    ['an apostrophe already', "'quoted"],
    ['a full-width letter', '\uFF21na'],
  ])('%s is left as it is', (_, cell) => {
    expect(neutralize(cell)).toBe(cell);
  });

  it('keeps the neutralized cell quoted when it holds a line break', () => {
    expect(csvField('\n=1')).toBe(`"'\n=1"`);
  });

  it('neutralizes every cell whose first visible character starts a formula (property)', () => {
    const invisible = fc.array(fc.constantFrom(...INVISIBLE), { maxLength: 6 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(invisible, fc.constantFrom(...STARTERS), fc.string(), (lead, starter, rest) => {
        const cell = `${lead}${starter}${rest}`;
        expect(neutralize(cell)).toBe(`'${cell}`);
        expect(csvField(cell).replace(/^"/, '').startsWith("'")).toBe(true);
      }),
    );
  });

  it('leaves a cell alone when its first visible character is not a formula starter (property)', () => {
    const invisible = fc
      .array(fc.constantFrom(...INVISIBLE.filter((c) => c !== '\t' && c !== '\r')), { maxLength: 6 })
      .map((chars) => chars.join(''));
    const visible = fc.string({ minLength: 1 }).filter((text) => /^[\p{L}\p{N}]/u.test(text));
    fc.assert(
      fc.property(invisible, visible, (lead, rest) => {
        expect(neutralize(`${lead}${rest}`)).toBe(`${lead}${rest}`);
      }),
    );
  });
});
