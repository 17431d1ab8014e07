// QR codes drawn in the browser for any address (a section, a worksheet, a plan link), with
// "Download QR (SVG)" and "(PNG)" buttons. Loaded on demand: the pages that offer it import it
// only when someone asks for a code, so the QR encoder never weighs on a page's first load.
import { downloadFile } from '../scripts/save-file';
import { configuredSite, shareUrl } from '../scripts/share-address';
import { qrDrawing } from './qr';
import { qrFileName, qrSvgFile } from './qr-file';

const SVG = 'http://www.w3.org/2000/svg';
/** Pixels per module of the PNG file: about 600 pixels wide, sharp on slides and flyers. */
const PNG_SCALE = 16;

/** An SVG element drawing the QR code of `url`, `px` pixels wide, named "QR code that opens <url>". */
export function qrElement(url: string, px: number): SVGSVGElement {
  const { size, path } = qrDrawing(url);
  const svg = document.createElementNS(SVG, 'svg');
  const set = (el: Element, attrs: Record<string, string | number>) => {
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  };
  set(svg, {
    class: 'qr-code',
    role: 'img',
    'aria-label': `QR code that opens ${url}`,
    width: px,
    height: px,
    viewBox: `0 0 ${size} ${size}`,
    'shape-rendering': 'crispEdges',
  });
  const back = document.createElementNS(SVG, 'rect');
  set(back, { width: size, height: size, fill: '#fff' });
  const dots = document.createElementNS(SVG, 'path');
  set(dots, { d: path, stroke: '#000' });
  svg.append(back, dots);
  return svg;
}

/** The QR code of a path on the configured site address, with that address (for a printed plan). */
function qrOnSite(path: string, px: number): { url: string; code: SVGSVGElement } {
  const url = shareUrl(configuredSite(), path);
  return { url, code: qrElement(url, px) };
}

/** Fills a printed plan's box with the QR code of the plan's path on the site, and that address in words. */
export function fillPlanQr(box: HTMLElement, path: string): void {
  const { url, code } = qrOnSite(path, 140);
  const caption = document.createElement('p');
  caption.textContent = `Scan the code to open this plan: ${url}`;
  box.replaceChildren(code, caption);
}

/** The QR code of `url` as a PNG image: black on white, PNG_SCALE pixels per module. */
export function qrPng(url: string): Promise<Blob> {
  const { size, path } = qrDrawing(url);
  const canvas = document.createElement('canvas');
  canvas.width = size * PNG_SCALE;
  canvas.height = size * PNG_SCALE;
  const context = canvas.getContext('2d');
  if (!context) return Promise.reject(new Error('This browser cannot draw images.'));
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(PNG_SCALE, PNG_SCALE);
  context.strokeStyle = '#000';
  context.lineWidth = 1;
  context.stroke(new Path2D(path));
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))), 'image/png'),
  );
}

/** Saves the QR code of `url` as an SVG file. */
export function downloadQrSvg(url: string): void {
  downloadFile(`${qrFileName(url)}.svg`, qrSvgFile(url), 'image/svg+xml');
}

/** Saves the QR code of `url` as a PNG file; resolves false when the browser could not draw it. */
export async function downloadQrPng(url: string): Promise<boolean> {
  try {
    downloadFile(`${qrFileName(url)}.png`, await qrPng(url), 'image/png');
    return true;
  } catch {
    return false;
  }
}
