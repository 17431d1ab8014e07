import { configuredSite, shareUrl } from '../scripts/share-address';

/** A button of the link tools, named by its text and the row's label (`aria-labelledby`). */
function toolButton(id: string, text: string, labelId: string, tool: string, url: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-link';
  button.id = id;
  button.textContent = text;
  button.dataset.tool = tool;
  button.dataset.url = url;
  button.setAttribute('aria-labelledby', `${id} ${labelId}`);
  return button;
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
    const copy = toolButton(`c-${key}`, 'Copy link', labelId, 'copy', url);
    const qr = toolButton(`q-${key}`, 'QR code', labelId, 'qr', url);
    const panel = document.createElement('div');
    panel.className = 'qr-panel';
    panel.id = `qr-${key}`;
    panel.hidden = true;
    qr.setAttribute('aria-expanded', 'false');
    qr.setAttribute('aria-controls', panel.id);
    link.after(copy, qr);
    link.parentElement?.after(panel);
  }
}

/** Says in words, after a tool button, that its code could not be fetched (once per button). */
function showLoadProblem(button: HTMLButtonElement): void {
  if (button.nextElementSibling?.classList.contains('tool-problem')) return;
  const problem = document.createElement('span');
  problem.className = 'error-message tool-problem';
  problem.setAttribute('role', 'alert');
  problem.textContent = 'This button could not load. Check your connection, then try again.';
  button.after(problem);
}

/** The tool button an event happened on, if any. */
const toolOf = (event: Event) =>
  event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-tool]') : null;

/**
 * Makes every tool button of the page work (`button[data-tool]`, also those the plan builder adds).
 * Their code is fetched when a pointer or the keyboard first reaches one, so a copy runs within the
 * click itself (a browser may refuse a copy made later); if it cannot be fetched, the page says so.
 */
export function setupToolActions(doc: Document): void {
  let loading: Promise<typeof import('./link-actions')> | undefined;
  let actions: typeof import('./link-actions') | undefined;
  const load = () => {
    loading ??= import('./link-actions').then((m) => {
      actions = m;
      return m;
    });
    return loading;
  };
  for (const type of ['pointerdown', 'focusin']) {
    doc.addEventListener(type, (event) => {
      if (toolOf(event)) void load().catch(() => undefined);
    });
  }
  doc.addEventListener('click', (event) => {
    const button = toolOf(event);
    if (!button) return;
    if (actions) void actions.runTool(button);
    else
      void load().then(
        (m) => m.runTool(button),
        () => {
          loading = undefined;
          showLoadProblem(button);
        },
      );
  });
}
