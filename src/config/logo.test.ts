import { describe, expect, it } from 'vitest';
import { encodePng } from '../pwa/png';
import { MAX_LOGO_BYTES, readLogo } from './logo';

const svg = (text: string) => new TextEncoder().encode(text);

describe('readLogo', () => {
  it('reads the size of a PNG from its header', () => {
    const png = encodePng(40, 12, new Uint8Array(40 * 12 * 4));
    expect(readLogo(png, 'logo.png')).toEqual({ type: 'png', width: 40, height: 12 });
  });

  it('reads the size of an SVG from width and height, or else from its viewBox', () => {
    expect(readLogo(svg('<svg xmlns="http://www.w3.org/2000/svg" width="120px" height="40"/>'), 'a.svg')).toEqual({
      type: 'svg',
      width: 120,
      height: 40,
    });
    expect(readLogo(svg('<?xml version="1.0"?><svg viewBox="0 0 300 100" width="100%"></svg>'), 'a.svg')).toEqual({
      type: 'svg',
      width: 300,
      height: 100,
    });
  });

  it('refuses a file that is not what its name says, in words', () => {
    expect(() => readLogo(svg('<svg></svg>'), 'logo.png')).toThrow(
      'the file is not a PNG image, although its name ends in .png',
    );
    expect(() => readLogo(svg('<html>logo</html>'), 'logo.svg')).toThrow(/not an SVG image with a size/);
  });

  it('refuses an SVG with a script or an event handler, which would run if the file were opened', () => {
    for (const bad of [
      '<svg viewBox="0 0 1 1"><script>alert(1)</script></svg>',
      '<svg viewBox="0 0 1 1" onload="alert(1)"></svg>',
      '<svg viewBox="0 0 1 1"><a href="javascript:alert(1)"><rect/></a></svg>',
    ])
      expect(() => readLogo(svg(bad), 'logo.svg')).toThrow(/contains a script/);
  });

  it('refuses a file too big to send with every page', () => {
    const big = svg(`<svg viewBox="0 0 1 1"><!--${'x'.repeat(MAX_LOGO_BYTES)}--></svg>`);
    expect(() => readLogo(big, 'logo.svg')).toThrow(/make it smaller than 100 KB/);
  });
});
