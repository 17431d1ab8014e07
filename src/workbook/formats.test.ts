import { describe, expect, it } from 'vitest';
import { fitsFormat, isEmail, storedForm } from './formats';

describe('isEmail', () => {
  it('accepts one address and refuses lists, spaces and missing parts', () => {
    expect(isEmail('ana.souza@example.org')).toBe(true);
    for (const e of ['ana', 'ana@example', 'ana@@example.org', 'a b@example.org', 'a@x.org, b@y.org', ' a@x.org']) {
      expect(isEmail(e)).toBe(false);
    }
  });
});

describe('fitsFormat', () => {
  it('allows empty text in every format', () => {
    expect(fitsFormat('date', '')).toBe(true);
    expect(fitsFormat('email', '   ')).toBe(true);
  });

  it('checks dates as typed and emails without the spaces around them', () => {
    expect(fitsFormat('date', '2026-03-15')).toBe(true);
    expect(fitsFormat('date', '202612-03-15')).toBe(false);
    expect(fitsFormat('email', '  ana@example.org ')).toBe(true);
    expect(storedForm('email', '  ana@example.org ')).toBe('ana@example.org');
    expect(fitsFormat('email', 'ana@')).toBe(false);
  });
});
