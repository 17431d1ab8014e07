import { announce } from '../scripts/announce';

/**
 * "Download QR (SVG)" and "Download QR (PNG)" buttons for the QR code of `url`, in a row; `forWhat`
 * names the link for screen readers. The QR code maker (qr-view.ts) loads on the first click.
 */
export function qrDownloadRow(url: string, forWhat: string): HTMLElement {
  const row = document.createElement('div');
  row.className = 'button-row qr-downloads no-print';
  for (const kind of ['SVG', 'PNG'] as const) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'small-button';
    const extra = document.createElement('span');
    extra.className = 'sr-only';
    extra.textContent = ` for ${forWhat}`;
    button.append(`Download QR (${kind})`, extra);
    button.addEventListener('click', async () => {
      const { downloadQrPng, downloadQrSvg } = await import('./qr-view');
      if (kind === 'SVG') downloadQrSvg(url);
      else if (!(await downloadQrPng(url)))
        announce('This browser could not make the PNG file. Download the SVG file.');
    });
    row.append(button);
  }
  return row;
}
