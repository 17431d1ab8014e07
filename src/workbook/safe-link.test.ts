import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-link';

describe('safeHref', () => {
  it('accepts https: and mailto: links, trimmed and normalised', () => {
    expect(safeHref('https://alumni.example.edu/jobs')).toBe('https://alumni.example.edu/jobs');
    expect(safeHref('  https://Example.EDU  ')).toBe('https://example.edu/');
    expect(safeHref('mailto:ana@example.org')).toBe('mailto:ana@example.org');
    expect(safeHref('MAILTO:ana@example.org?subject=Hello')).toBe('mailto:ana@example.org?subject=Hello');
  });

  it.each([
    'javascript:alert(1)',
    ' JAVASCRIPT:alert(1)',
    'java\nscript:alert(1)',
    'jav\tascript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'http://example.edu',
    'file:///etc/passwd',
    'ftp://example.edu',
    'blob:https://example.edu/1234',
    '/steps/identify-your-networks/',
    '../privacy/',
    '//evil.example/',
    'example.edu',
    'www.example.edu',
    '#network-map',
    '',
    '   ',
    'mailto:',
    'https://user:secret@example.edu/',
    'https://',
  ])('refuses %j', (text) => {
    expect(safeHref(text)).toBeNull();
  });

  it('refuses very long text', () => {
    expect(safeHref(`https://example.edu/${'a'.repeat(3000)}`)).toBeNull();
  });

  it('never throws and only ever returns https: or mailto: addresses (property)', () => {
    const texts = fc.oneof(
      fc.string(),
      fc.webUrl(),
      fc.string().map((s) => `javascript:${s}`),
      fc.string().map((s) => ` https:${s}`),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const href = safeHref(text);
        if (href !== null) expect(href).toMatch(/^(https:\/\/|mailto:)/);
      }),
    );
  });
});
