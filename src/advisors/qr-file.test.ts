import { describe, expect, it } from 'vitest';
import { qrDrawing } from './qr';
import { qrFileName, qrSvgFile } from './qr-file';

describe('qrSvgFile', () => {
  const url = 'https://careers.example.edu/steps/follow-up/#thank-you';

  it('is a standalone SVG of the code, at the scale asked, with its address as title', () => {
    const { size, path } = qrDrawing(url);
    const file = qrSvgFile(url, 10);
    expect(file).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /);
    expect(file).toContain(`width="${size * 10}" height="${size * 10}" viewBox="0 0 ${size} ${size}"`);
    expect(file).toContain(`<title>QR code that opens ${url}</title>`);
    expect(file).toContain(`<path d="${path}" stroke="#000"/>`);
  });

  it('writes special characters of the address as XML entities', () => {
    expect(qrSvgFile('https://a.edu/?a=1&b="2"')).toContain('opens https://a.edu/?a=1&#38;b=&#34;2&#34;</title>');
  });
});

describe('qrFileName', () => {
  it('names the file after the page and section', () => {
    expect(qrFileName('https://careers.example.edu/steps/follow-up/#thank-you')).toBe('qr-steps-follow-up-thank-you');
    expect(qrFileName('https://careers.example.edu/')).toBe('qr-home');
  });
  it('calls every plan link "plan", without the plan in the name', () => {
    expect(qrFileName('https://careers.example.edu/plan/#v1.k3.0h1l22.20260310.Bring')).toBe('qr-plan');
  });
});
