// What the advisor page's link tools do when clicked: copy a link, open its QR code, download a QR
// code. Fetched when a pointer or the keyboard first reaches one of the tools (link-tools.ts), so
// the page itself runs only the code that draws them.
import { announce } from '../scripts/announce';
import { copyText } from '../scripts/clipboard';
import { showFallback } from '../scripts/copy-link';
import { qrDownloadRow } from './qr-buttons';

/** Copies `url`; says so on the button for two seconds, or shows it selected in a field to copy by hand. */
async function copyAddress(button: HTMLButtonElement, url: string): Promise<void> {
  if (await copyText(url)) {
    button.textContent = 'Link copied';
    announce('Link copied.');
    setTimeout(() => {
      button.textContent = 'Copy link';
    }, 2000);
    return;
  }
  showFallback(button, url);
}

/** Opens or closes the QR code of a row, drawing it the first time (the QR code maker loads then). */
async function toggleQr(button: HTMLButtonElement, url: string, forWhat: string): Promise<void> {
  const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!panel) return;
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(open));
  panel.hidden = !open;
  if (open && !panel.firstChild) {
    const { qrElement } = await import('./qr-view');
    const address = document.createElement('p');
    address.className = 'qr-address';
    address.textContent = url;
    panel.replaceChildren(qrElement(url, 160), address, qrDownloadRow(url, forWhat));
  }
}

/** Downloads the QR code of `url` as an SVG or PNG file; says so in words when the PNG cannot be made. */
async function downloadQr(kind: string, url: string): Promise<void> {
  const { downloadQrPng, downloadQrSvg } = await import('./qr-view');
  if (kind === 'svg') downloadQrSvg(url);
  else if (!(await downloadQrPng(url))) announce('This browser could not make the PNG file. Download the SVG file.');
}

/** Runs the tool a button stands for (its `data-tool`: copy, qr, svg or png) on its `data-url`. */
export function runTool(button: HTMLButtonElement): Promise<void> {
  const url = button.dataset.url ?? '';
  const tool = button.dataset.tool;
  if (tool === 'copy') return copyAddress(button, url);
  // A QR code's downloads are named, for screen readers, by the row's label (the button's second label).
  const label = button.getAttribute('aria-labelledby')?.split(' ')[1];
  if (tool === 'qr') return toggleQr(button, url, (label && document.getElementById(label)?.textContent) || url);
  return downloadQr(tool ?? '', url);
}
