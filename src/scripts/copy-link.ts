import { announce } from './announce';
import { copyText } from './clipboard';
import { configuredSite, shareUrl } from './share-address';

/**
 * Shows the "Copy link" buttons inside `root` and makes each copy its section's absolute URL on the
 * configured site address (as printed and on the advisor page), whatever address the page is open at.
 * When the clipboard is refused, the link is shown in a selected text field to copy by hand.
 */
export function setupCopyLinks(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-link]')) {
    button.addEventListener('click', async () => {
      const url = shareUrl(configuredSite(), `${location.pathname}#${button.dataset.copyLink}`);
      const label = button.firstChild;
      const copied = await copyText(url);
      if (copied) {
        if (label) label.textContent = 'Link copied';
        announce('Link copied.');
        setTimeout(() => {
          if (label) label.textContent = 'Copy link';
        }, 2000);
        return;
      }
      showFallback(button, url);
    });
  }
}

/** Puts the URL in a read-only field after the button, selected and focused (to copy by hand). */
export function showFallback(button: HTMLElement, url: string): void {
  const row = button.parentElement;
  let field = row?.querySelector<HTMLInputElement>('.copy-link-fallback');
  if (!field) {
    field = document.createElement('input');
    field.className = 'copy-link-fallback';
    field.readOnly = true;
    field.setAttribute('aria-label', 'Copying is blocked. Select this link and copy it yourself');
    button.after(field);
  }
  field.value = url;
  field.focus();
  field.select();
}
