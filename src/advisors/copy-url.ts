import { announce } from '../scripts/announce';
import { copyText } from '../scripts/clipboard';
import { configuredSite, shareUrl } from '../scripts/share-address';

/**
 * Shows the "Copy link" buttons marked `data-copy-url` inside `root` and makes each copy the absolute
 * address of its path (the attribute's value, or else the link just before the button) on the
 * configured site address, the same rule as the Copy link buttons of headings. When the clipboard
 * is refused, the address is shown selected in a field after the button, to copy by hand.
 */
export function setupCopyUrls(root: ParentNode): void {
  const site = configuredSite();
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-url]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
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
