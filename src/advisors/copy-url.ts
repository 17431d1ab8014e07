import { announce } from '../scripts/announce';
import { copyText } from '../scripts/clipboard';

/** The absolute address of a site path, on the site's configured address (as printed and shared). */
export function shareUrl(siteUrl: string, path: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${path}`;
}

/**
 * Shows the "Copy link" buttons marked `data-copy-url` inside `root` and makes each copy the absolute
 * address of its path (the attribute's value, or else the link just before the button), on the site
 * address given by the nearest `data-site-url`. When the clipboard
 * is refused, the address is shown selected in a field after the button, to copy by hand.
 */
export function setupCopyUrls(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-url]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const site = button.closest<HTMLElement>('[data-site-url]')?.dataset.siteUrl ?? location.origin;
      const path = button.dataset.copyUrl || button.previousElementSibling?.getAttribute('href') || '/';
      const url = shareUrl(site, path);
      const label = button.firstChild;
      if (await copyText(url)) {
        if (label) label.textContent = 'Link copied';
        announce('Link copied.');
        setTimeout(() => {
          if (label) label.textContent = 'Copy link';
        }, 2000);
        return;
      }
      let field = button.nextElementSibling;
      if (!(field instanceof HTMLInputElement)) {
        field = document.createElement('input');
        field.className = 'copy-link-fallback';
        (field as HTMLInputElement).readOnly = true;
        field.setAttribute('aria-label', 'Copying is blocked. Select this link and copy it yourself');
        button.after(field);
      }
      const input = field as HTMLInputElement;
      input.value = url;
      input.focus();
      input.select();
    });
  }
}
