// Reads QR codes in browser tests: a screenshot of the element, its pixels, and jsQR.
import type { Locator } from '@playwright/test';
import jsQR from 'jsqr';
import { pngPixels } from './png-pixels';

/** The text of a QR code in a PNG image, or undefined when jsQR finds none. */
export function readQrPng(png: Uint8Array): string | undefined {
  const { width, height, data } = pngPixels(png);
  return jsQR(data, width, height)?.data;
}

/**
 * The text of the QR code an element shows (an inline SVG or an image), read from a screenshot
 * of it with a white margin around (scanners, and jsQR, need the quiet zone).
 */
export async function readQr(element: Locator): Promise<string | undefined> {
  await element.scrollIntoViewIfNeeded();
  const box = await element.boundingBox();
  if (!box) return undefined;
  const margin = 12;
  const png = await element.page().screenshot({
    clip: { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin },
    scale: 'device',
  });
  return readQrPng(png);
}
