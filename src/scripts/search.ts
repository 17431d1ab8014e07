// Search dialog behaviour, loaded on first open. Uses Pagefind's JavaScript API so that the
// page ships no search code until the reader asks for it.
import { resultsToItems, type SearchItem } from './search-results';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options?: object,
    ms?: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;
let ready = false;

/** Loads Pagefind once (it is a file of the built site, not part of the bundle). */
function loadPagefind(): Promise<Pagefind> {
  const path = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ path) as Promise<Pagefind>).then(async (pf) => {
    await pf.init();
    return pf;
  });
  return pagefind;
}

/** Builds an excerpt paragraph from Pagefind's excerpt, keeping only its <mark> highlights. */
function excerptNode(html: string): HTMLParagraphElement {
  const p = document.createElement('p');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const node of doc.body.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      p.append(mark);
    } else {
      p.append(node.textContent ?? '');
    }
  }
  return p;
}

/** Renders one result with its sections. */
function renderItem(item: SearchItem): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = item.url;
  a.textContent = item.title;
  li.append(a, excerptNode(item.excerpt));
  if (item.sections.length) {
    const ul = document.createElement('ul');
    for (const s of item.sections) {
      const sli = document.createElement('li');
      const sa = document.createElement('a');
      sa.href = s.url;
      sa.textContent = s.title;
      sli.append(sa);
      ul.append(sli);
    }
    li.append(ul);
  }
  return li;
}

/** Wires the dialog's field to Pagefind; safe to call on every open. */
export function setupSearch(dialog: HTMLDialogElement): void {
  const input = dialog.querySelector<HTMLInputElement>('#search-input');
  const status = dialog.querySelector<HTMLElement>('[data-search-status]');
  const list = dialog.querySelector<HTMLOListElement>('[data-search-results]');
  const empty = dialog.querySelector<HTMLElement>('[data-search-empty]');
  const form = dialog.querySelector<HTMLFormElement>('[data-search-form]');
  if (!input || !status || !list || !empty || !form) return;
  input.focus();
  if (ready) return;
  ready = true;

  form.addEventListener('submit', (e) => e.preventDefault());
  input.addEventListener('input', async () => {
    const query = input.value.trim();
    if (!query) {
      list.replaceChildren();
      empty.hidden = true;
      status.textContent = '';
      return;
    }
    try {
      const pf = await loadPagefind();
      const search = await pf.debouncedSearch(query, {}, 250);
      if (!search) return; // a newer query replaced this one
      const data = await Promise.all(search.results.slice(0, 8).map((r) => r.data()));
      if (input.value.trim() !== query) return;
      const items = resultsToItems(data);
      list.replaceChildren(...items.map(renderItem));
      empty.hidden = items.length > 0;
      status.textContent =
        items.length === 0
          ? `No pages match “${query}”.`
          : `${search.results.length} ${search.results.length === 1 ? 'page matches' : 'pages match'} “${query}”.`;
    } catch {
      status.textContent =
        'Search could not load. Check your connection and try again, or use the menu to find a step.';
      empty.hidden = false;
    }
  });
  // Words typed while this code was loading: search for them now.
  if (input.value.trim()) input.dispatchEvent(new Event('input'));
}
