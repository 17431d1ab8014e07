// QR codes for printed handouts, drawn at build time as one SVG path (no script, no request).
import { encode } from 'uqr';

/** A QR code ready to draw: the side in modules (with the quiet zone) and the path of dark modules. */
export interface QrDrawing {
  size: number;
  path: string;
}

/**
 * The QR code of a text (a URL), with error correction M (readable with 15% of it damaged) and
 * the four-module quiet zone scanners need. The path draws each run of dark modules in a row as
 * one horizontal line, one module thick (stroke it with width 1): short, so the page stays small.
 */
export function qrDrawing(text: string): QrDrawing {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  const parts: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    let end = -1;
    while (x < size) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x++;
      parts.push(end < 0 ? `M${start} ${y}.5h${x - start}` : `m${start - end} 0h${x - start}`);
      end = x;
    }
  });
  return { size, path: parts.join('') };
}
