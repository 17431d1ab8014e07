// QR codes as files to download (for slides, flyers and posters): an SVG file and a file name.
import { qrDrawing } from './qr';

/** Text with the five characters that are special in XML written as entities. */
function xmlText(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A standalone SVG file of the QR code of `url`: black on white with its quiet zone, `scale`
 * pixels per module, titled with the address it opens.
 */
export function qrSvgFile(url: string, scale = 8): string {
  const { size, path } = qrDrawing(url);
  const px = size * scale;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${px}" height="${px}" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">` +
    `<title>QR code that opens ${xmlText(url)}</title>` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" stroke="#000"/></svg>\n`
  );
}

/** A file name (without extension) for the QR code of an address: ".../steps/follow-up/#thank-you" → "qr-steps-follow-up-thank-you". */
export function qrFileName(url: string): string {
  let parts = url;
  try {
    const u = new URL(url);
    parts = `${u.pathname} ${u.hash}`;
    if (u.pathname === '/plan/') parts = 'plan';
  } catch {
    // Not an address: use the text as it is.
  }
  const words = parts
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `qr-${words || 'home'}`;
}
