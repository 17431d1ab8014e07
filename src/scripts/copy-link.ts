import { announce } from './announce';
import { copyText } from './clipboard';
import { configuredSite, shareUrl } from './share-address';

/**
 * Copies the absolute URL of the section of a heading's link icon (`a[data-copy-link]`), on the
 * configured site address (as printed and on the advisor page), whatever address the page is open
 * at, and shows "Link copied" beside the icon (said by the announcer too). When the clipboard is
 * refused, the link is shown in a selected text field to copy by hand. page.ts calls it for a
 * plain click or Enter (the page does not move); a click with a modifier key (new tab) and pages
 * without JavaScript follow the link as usual.
 */
export async function copySectionLink(link: HTMLAnchorElement): Promise<void> {
  const url = shareUrl(configuredSite(), `${location.pathname}#${link.dataset.copyLink}`);
  if (!(await copyText(url))) return showFallback(link, url);
  link.querySelector('.hl-copied')?.remove();
  link.insertAdjacentHTML('beforeend', '<span class="hl-copied" aria-hidden="true">Link copied</span>');
  const note = link.lastChild as Element;
  announce('Link copied.');
  setTimeout(() => note.remove(), 2000);
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
