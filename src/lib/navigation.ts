import type { GuideFrontmatter } from '../content/frontmatter';

/** The part of a guide page that navigation needs. */
export interface NavPage {
  /** Content id: "index", "steps/follow-up", … */
  id: string;
  data: Pick<GuideFrontmatter, 'title' | 'section' | 'order' | 'step' | 'navLabel' | 'summary'>;
}

/** A link in the site navigation. */
export interface NavLink {
  href: string;
  label: string;
  step?: number;
}

/** A titled group of links in the sidebar. */
export interface NavGroup {
  id: string;
  label: string;
  links: NavLink[];
}

/** Headings of each navigation group, in order. */
export const GROUP_LABELS: Record<GuideFrontmatter['section'], string> = {
  start: 'Start here',
  steps: 'The seven steps',
  'informational-interviews': 'Informational interviews',
  guides: 'Practical guides',
  more: 'More help',
};

/** The URL path of a content entry: "index" → "/", "steps/repeat" → "/steps/repeat/". */
export function pathOf(id: string): string {
  const clean = id.replace(/(^|\/)index$/, '');
  return clean ? `/${clean}/` : '/';
}

/** Guide pages in reading order: by section, then by `order`, then by title. */
export function sortPages<P extends NavPage>(pages: P[]): P[] {
  const sectionRank = Object.keys(GROUP_LABELS);
  return [...pages].sort(
    (a, b) =>
      sectionRank.indexOf(a.data.section) - sectionRank.indexOf(b.data.section) ||
      a.data.order - b.data.order ||
      a.data.title.localeCompare(b.data.title),
  );
}

/** Builds the sidebar groups from guide pages, plus the extra tool pages given. */
export function buildNavGroups(pages: NavPage[], tools: NavLink[] = []): NavGroup[] {
  const groups: NavGroup[] = [];
  for (const page of sortPages(pages)) {
    const section = page.data.section;
    let group = groups.find((g) => g.id === section);
    if (!group) {
      group = { id: section, label: GROUP_LABELS[section], links: [] };
      groups.push(group);
    }
    group.links.push({ href: pathOf(page.id), label: page.data.navLabel ?? page.data.title, step: page.data.step });
  }
  if (tools.length) groups.push({ id: 'tools', label: 'Your work', links: tools });
  return groups;
}

/** The pages before and after `id` in reading order (undefined at either end). */
export function prevNext<P extends NavPage>(pages: P[], id: string): { prev?: P; next?: P } {
  const sorted = sortPages(pages);
  const i = sorted.findIndex((p) => p.id === id);
  if (i < 0) return {};
  return { prev: sorted[i - 1], next: sorted[i + 1] };
}
