// Reads the institution's logo file (SVG or PNG) at build time: its kind and its size, so the page
// can reserve its space, and the checks that keep a bad file out of the site.

/** Largest logo file, in bytes: every page shows the logo, so it must stay small. */
export const MAX_LOGO_BYTES = 100 * 1024;

/** What the site needs to know about a logo file. */
export interface LogoFile {
  type: 'svg' | 'png';
  /** Its natural width and height in CSS pixels (an SVG's width and height, or its viewBox). */
  width: number;
  height: number;
}

const PNG_START = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The number in an SVG length ("120", "120px", "12.5"); NaN for other units such as % or em. */
function svgLength(value: string | undefined): number {
  const m = /^\s*([\d.]+)\s*(px)?\s*$/.exec(value ?? '');
  return m ? Number(m[1]) : Number.NaN;
}

/** The width and height of an SVG image: its width and height attributes, or else its viewBox. */
function svgSize(text: string): { width: number; height: number } | undefined {
  const root = /<svg\b([^>]*)>/i.exec(text)?.[1];
  if (root === undefined) return undefined;
  const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(root)?.[1];
  const width = svgLength(attr('width'));
  const height = svgLength(attr('height'));
  if (width > 0 && height > 0) return { width, height };
  const box = attr('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box?.length === 4 && (box[2] ?? 0) > 0 && (box[3] ?? 0) > 0) return { width: box[2] ?? 0, height: box[3] ?? 0 };
  return undefined;
}

/**
 * Checks a logo file and reads its size; throws an Error in plain words (starting with what is
 * wrong) when it is too big, not the kind its name says, or an SVG with scripts in it.
 */
export function readLogo(bytes: Uint8Array, fileName: string): LogoFile {
  const kb = (n: number) => `${Math.ceil(n / 1024)} KB`;
  if (bytes.length > MAX_LOGO_BYTES)
    throw new Error(`the file is ${kb(bytes.length)}; make it smaller than ${kb(MAX_LOGO_BYTES)}, so pages stay quick`);
  if (/\.png$/i.test(fileName)) {
    if (bytes.length < 24 || PNG_START.some((b, i) => bytes[i] !== b))
      throw new Error('the file is not a PNG image, although its name ends in .png');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { type: 'png', width: view.getUint32(16), height: view.getUint32(20) };
  }
  const text = new TextDecoder().decode(bytes);
  const size = svgSize(text);
  if (!size)
    throw new Error(
      'the file is not an SVG image with a size: it needs an <svg> element with width and height, or a viewBox',
    );
  if (/<script\b|\son[a-z]+\s*=|javascript:|<foreignObject\b/i.test(text))
    throw new Error('the SVG file contains a script or a web page part; save it as a plain image without them');
  return { type: 'svg', ...size };
}
