import { announce } from './announce';
import { copyText } from './clipboard';
import { configuredSite, shareUrl } from './share-address';

/**
 * Makes the link icon of each heading inside `root` (`a[data-copy-link]`) copy its section's
 * absolute URL on the configured site address (as printed and on the advisor page), whatever address
 * the page is open at. A plain click or Enter copies (the page does not move) and shows "Link copied" beside the icon (said by the announcer too); a click with
 * a modifier key (new tab) and pages without JavaScript follow the link as usual. When the clipboard
 * is refused, the link is shown in a selected text field to copy by hand.
 */
export function setupCopyLinks(root: ParentNode): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-copy-link]')) {
    link.addEventListener('click', async (event) => {
      if (event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      const url = shareUrl(configuredSite(), `${location.pathname}#${link.dataset.copyLink}`);
      if (!(await copyText(url))) return showFallback(link, url);
      link.querySelector('.hl-copied')?.remove();
      link.insertAdjacentHTML('beforeend', '<span class="hl-copied" aria-hidden="true">Link copied</span>');
      const note = link.lastChild as Element;
      announce('Link copied.');
      setTimeout(() => note.remove(), 2000);
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
