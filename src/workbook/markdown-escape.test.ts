import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeInline, escapeLines } from './markdown-escape';

/** Removes Markdown backslash escapes, giving back the text a reader sees. */
const unescapeMarkdown = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
/** True when the character at `index` is preceded by an odd number of backslashes. */
function isEscaped(text: string, index: number): boolean {
  let slashes = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i--) slashes++;
  return slashes % 2 === 1;
}
/** The characters that must never appear unescaped in student text. */
const SPECIAL = new Set([...'\\`*_[]<>#|!~']);
// biome-ignore lint/suspicious/noControlCharactersInRegex: the escaper removes exactly these characters
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/** Lines of text as a reader would see them: no control characters, tabs as spaces, trimmed, no blank lines. */
const visibleLines = (text: string) =>
  text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(CONTROL, '').replace(/\t/g, ' ').trim())
    .filter((line) => line !== '');

/** Checks that a line has no unescaped special character and cannot start a block. */
function expectInert(line: string): void {
  for (let i = 0; i < line.length; i++) {
    const char = line[i] ?? '';
    if (SPECIAL.has(char) && !isEscaped(line, i)) {
      // An unescaped backslash is allowed only as the escape of the next character.
      expect(char === '\\' && i + 1 < line.length, `unescaped ${char} at ${i} in ${line}`).toBe(true);
      i++;
    }
  }
  expect(line).not.toMatch(/^([-+=]|\d{1,9}[.)]|\s)/);
  expect(line).not.toMatch(/(^|[^\\])&[A-Za-z0-9]+;/);
  expect(line).not.toMatch(/&#/);
}

describe('escapeLines', () => {
  it('escapes markup so it shows as typed', () => {
    expect(escapeLines('<script>alert(1)</script>')).toEqual(['\\<script\\>alert(1)\\</script\\>']);
    expect(escapeLines('[x](javascript:alert(1))')).toEqual(['\\[x\\](javascript:alert(1))']);
    expect(escapeLines('![img](https://evil.example/x.png)')).toEqual(['\\!\\[img\\](https://evil.example/x.png)']);
    expect(escapeLines('a *b* _c_ `d` ~~e~~ | f \\ g')).toEqual([
      'a \\*b\\* \\_c\\_ \\`d\\` \\~\\~e\\~\\~ \\| f \\\\ g',
    ]);
  });

  it('stops lines from starting headings, lists, quotes, rules or code', () => {
    expect(
      escapeLines('# heading\n> quote\n- item\n+ item\n* item\n2024. A year\n3) three\n===\n---\n```js\n    code'),
    ).toEqual([
      '\\# heading',
      '\\> quote',
      '\\- item',
      '\\+ item',
      '\\* item',
      '2024\\. A year',
      '3\\) three',
      '\\===',
      '\\---',
      '\\`\\`\\`js',
      'code',
    ]);
  });

  it('escapes an ampersand only where it would start a character reference', () => {
    expect(escapeLines('R&D &lt;b&gt; &#60;')).toEqual(['R&D \\&lt;b\\&gt; &\\#60;']);
  });

  it('splits on every kind of line break and drops blank lines and control characters', () => {
    expect(escapeLines('one\r\ntwo\rthree\n\n  \nfour\u0000\u0007')).toEqual(['one', 'two', 'three', 'four']);
  });

  it('loses nothing a reader would see, and leaves nothing active (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[-+=#>*_`~|!\\<>[\]&;0-9. \n]*$/)),
        (text) => {
          const lines = escapeLines(text);
          expect(lines.map(unescapeMarkdown)).toEqual(visibleLines(text));
          for (const line of lines) expectInert(line);
        },
      ),
    );
  });
});

describe('escapeInline', () => {
  it('puts everything on one line', () => {
    expect(escapeInline('  Ana\nLee \t Jr  ')).toBe('Ana Lee Jr');
    expect(escapeInline('# Ana')).toBe('\\# Ana');
  });

  it('never contains a line break and leaves nothing active (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const line = escapeInline(text);
        expect(line).not.toMatch(/[\r\n]/);
        if (line !== '') expectInert(line);
      }),
    );
  });
});
