import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './base64url';

describe('base64url', () => {
  it('writes the RFC 4648 test vectors without padding, with - and _', () => {
    const ascii = (text: string) => new TextEncoder().encode(text);
    expect(toBase64Url(ascii('foob'))).toBe('Zm9vYg');
    expect(toBase64Url(ascii('fooba'))).toBe('Zm9vYmE');
    expect(toBase64Url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
  });

  it('round-trips any bytes, large ones included (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000, size: 'max' }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
      { numRuns: 30 },
    );
  });

  it('reads only the spelling it writes: no padding, no unused bits set in the last character', () => {
    const ascii = (text: string) => new TextEncoder().encode(text);
    expect(fromBase64Url('Zm9vYg')).toEqual(ascii('foob'));
    expect(fromBase64Url('Zm9vYmE')).toEqual(ascii('fooba'));
    // The same bytes spelled otherwise: padded, or with the last character's spare bits not zero.
    for (const other of ['Zm9vYg==', 'Zm9vYg=', 'Zm9vYh', 'Zm9vYmF', 'Zm9vYmE='])
      expect(fromBase64Url(other), other).toBeNull();
  });

  it('gives null for text that is not base64url', () => {
    for (const bad of ['Zm9v+g', 'Zm9v/g', 'Zm 9v', 'Z', 'Zm9vY', 'ab=c', '%41'])
      expect(fromBase64Url(bad), bad).toBeNull();
  });
});
