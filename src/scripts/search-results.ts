/** A search result ready to show: page link, excerpt and links to matching sections. */
export interface SearchItem {
  url: string;
  title: string;
  excerpt: string;
  sections: { title: string; url: string }[];
}

interface RawResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: { title: string; url: string; excerpt: string }[];
}

/** Turns Pagefind result data into items: sections other than the page itself, at most three each. */
export function resultsToItems(results: RawResult[]): SearchItem[] {
  return results.map((r) => {
    const title = r.meta.title?.trim() || r.url;
    const sections = (r.sub_results ?? [])
      .filter((s) => s.url.includes('#') && s.title !== title)
      .slice(0, 3)
      .map((s) => ({ title: s.title, url: s.url }));
    return { url: r.url, title, excerpt: r.excerpt, sections };
  });
}
