import { announce } from './announce';
import { copyText } from './clipboard';
import { configuredSite, shareUrl } from './share-address';

/**
 * Makes the link icon of each heading inside `root` (`a[data-copy-link]`) copy its section's
 * absolute URL on the configured site address (as printed and on the advisor page), whatever address
 * the page is open at. A plain click or Enter copies, puts the section in the address bar without
 * moving the page, and shows "Link copied" beside the icon; a click with a modifier key (new tab)
 * and pages without JavaScript follow the link as usual. When the clipboard is refused, the link is
 * shown in a selected text field to copy by hand.
 */
export function setupCopyLinks(root: ParentNode): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-copy-link]')) {
    link.title = 'Copy the link to this part';
    let note: HTMLElement | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    link.addEventListener('click', async (event) => {
      if (event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      const hash = `#${link.dataset.copyLink}`;
      history.replaceState(history.state, '', hash);
      const url = shareUrl(configuredSite(), `${location.pathname}${hash}`);
      if (!(await copyText(url))) {
        showFallback(link, url);
        return;
      }
      // Said by the announcer; the words beside the icon are for the eyes only.
      note ??= Object.assign(document.createElement('span'), { className: 'hl-copied', textContent: 'Link copied' });
      note.setAttribute('aria-hidden', 'true');
      link.append(note);
      announce('Link copied.');
      clearTimeout(timer);
      timer = setTimeout(() => note?.remove(), 2000);
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
