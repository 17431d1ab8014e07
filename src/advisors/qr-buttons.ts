/**
 * "Download QR (SVG)" and "Download QR (PNG)" buttons for the QR code of `url`, in a row; `forWhat`
 * names the link for screen readers. What they do (link-actions.ts, then the QR code maker) is
 * fetched when a pointer or the keyboard first reaches them (setupToolActions in link-tools.ts).
 */
export function qrDownloadRow(url: string, forWhat: string): HTMLElement {
  const row = document.createElement('div');
  row.className = 'button-row qr-downloads no-print';
  for (const kind of ['SVG', 'PNG'] as const) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'small-button';
    button.dataset.tool = kind.toLowerCase();
    button.dataset.url = url;
    const extra = document.createElement('span');
    extra.className = 'sr-only';
    extra.textContent = ` for ${forWhat}`;
    button.append(`Download QR (${kind})`, extra);
    row.append(button);
  }
  return row;
}
