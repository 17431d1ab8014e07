import { announce } from '../scripts/announce';
import { copyText } from '../scripts/clipboard';
import { showFallback } from '../scripts/copy-link';
import { configuredSite, shareUrl } from '../scripts/share-address';
import { qrDownloadRow } from './qr-buttons';

/** A button of the link tools, named by its text and the row's label (`aria-labelledby`). */
function toolButton(id: string, text: string, labelId: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-link';
  button.id = id;
  button.textContent = text;
  if (labelId) button.setAttribute('aria-labelledby', `${id} ${labelId}`);
  return button;
}

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
async function toggleQr(button: HTMLButtonElement, panel: HTMLElement, url: string, forWhat: string): Promise<void> {
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

/**
 * Adds a "Copy link" and a "QR code" button after each link of `root` marked `data-link-tools`
 * (its row's label, by id, names both for screen readers). Copy link copies the absolute address
 * on the configured site address, the rule every Copy link button follows; QR code shows the
 * link's code with downloads. Without JavaScript there are no buttons, only the links.
 */
export function setupLinkTools(root: ParentNode): void {
  const site = configuredSite();
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-link-tools]')) {
    const url = shareUrl(site, link.getAttribute('href') ?? '/');
    const key = link.dataset.linkTools ?? '';
    const labelId = `l-${key}`;
    const forWhat = document.getElementById(labelId)?.textContent ?? url;
    const copy = toolButton(`c-${key}`, 'Copy link', labelId);
    copy.dataset.copyUrl = '';
    copy.addEventListener('click', () => void copyAddress(copy, url));
    const qr = toolButton(`q-${key}`, 'QR code', labelId);
    const panel = document.createElement('div');
    panel.className = 'qr-panel';
    panel.id = `qr-${key}`;
    panel.hidden = true;
    qr.setAttribute('aria-expanded', 'false');
    qr.setAttribute('aria-controls', panel.id);
    qr.addEventListener('click', () => void toggleQr(qr, panel, url, forWhat));
    link.after(copy, qr);
    link.parentElement?.after(panel);
  }
}

/**
 * Adds "Download QR (SVG)" and "Download QR (PNG)" buttons to each QR code drawn at build time in
 * `root` (elements marked `data-qr-url`, named for screen readers by their `data-qr-name`).
 */
export function setupQrDownloads(root: ParentNode): void {
  for (const item of root.querySelectorAll<HTMLElement>('[data-qr-url]'))
    item.append(qrDownloadRow(item.dataset.qrUrl ?? '', item.dataset.qrName ?? ''));
}
