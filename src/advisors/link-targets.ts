// Every public link target of the guide (pages, their sections, the worksheets on them), worked
// out from the pages as Astro's content layer has them (validated frontmatter, body, headings)
// and from the worksheet registry. npm run links (build-manifest.mjs) writes them to the manifest.
import type { GuideFrontmatter } from '../content/frontmatter';
import { pathOf, sortPages } from '../lib/navigation';
import { WORKSHEET_PAGES, worksheetPath } from '../worksheets/addresses';
import { WORKSHEETS } from '../worksheets/registry';

/** A heading as Astro's render() reports it. */
export interface PageHeading {
  depth: number;
  slug: string;
  text: string;
}

/** A guide page as the content layer has it. */
export interface GuidePage {
  /** Content id: "index", "steps/follow-up", … */
  id: string;
  data: GuideFrontmatter;
  /** The MDX source without its frontmatter. */
  body: string;
  headings: PageHeading[];
}

/** What kind of place a link goes to. */
export type TargetKind = 'page' | 'section' | 'worksheet';

/** One public link target, without its plan link code. */
export interface Target {
  /** Stable identity: the href for pages and sections, "worksheet:<id>" for worksheets. */
  key: string;
  kind: TargetKind;
  /** Path and fragment: "/steps/follow-up/#keep-track". */
  href: string;
  title: string;
  /** Path of the page the target is on. */
  page: string;
  pageTitle: string;
  /** One line for the advisor page. */
  description: string;
  /** 2 or 3, for sections. */
  level?: number;
  /** Step number of the page, 1–7. */
  step?: number;
  /** Section of the guide, for pages. */
  section?: string;
  /** Worksheets on this page, for step pages. */
  worksheets?: string[];
  /** Worksheet id, for worksheets. */
  worksheet?: string;
}

/** Longest one-line description, in characters. */
const MAX_DESCRIPTION = 140;

/** Markdown inline text as a reader sees it: no emphasis, code marks or link targets; curly quotes. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/(^|\W)[*_](\S[^*_]*?)[*_](?=\W|$)/g, '$1$2')
    .replace(/<[^>]+>/g, '')
    .replace(/(\w)'(\w)/g, '$1’$2')
    .replace(/"([^"]*)"/g, '“$1”')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Shortens a text to `max` characters at a word boundary, ending with "…". */
export function shorten(text: string, max = MAX_DESCRIPTION): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** The lines of a page body with code fences blanked (line numbers kept). */
function bodyLines(body: string): string[] {
  let fence = '';
  return body.split(/\r?\n/).map((line) => {
    const f = /^(```|~~~)/.exec(line)?.[1];
    if (fence) {
      if (f === fence) fence = '';
      return '';
    }
    if (f) {
      fence = f;
      return '';
    }
    return line;
  });
}

/** The lines of prose in `lines` (the guide keeps one sentence per line), as plain text. */
function proseLines(lines: string[]): string[] {
  return lines
    .map((raw) => raw.trim())
    .filter((line) => line && !/^(<|\{|\||#|import\s|export\s|---)/.test(line))
    .map((line) => plainText(line.replace(/^>\s*/, '').replace(/^([-*+]|\d+\.)\s+/, '')))
    .filter(Boolean);
}

/**
 * A one-line description of a section: its first sentence, joined to the next when it is very
 * short or ends with a colon; or, when the section opens straight on a subsection, their titles.
 */
function describeSection(ownLines: string[], subtitles: string[]): string {
  const sentences = proseLines(ownLines).flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z“"])/));
  if (sentences.length === 0) {
    if (subtitles.length === 0) return '';
    const list = subtitles.length === 1 ? subtitles[0] : `${subtitles.slice(0, -1).join(', ')} and ${subtitles.at(-1)}`;
    return shorten(`In this part: ${list}.`);
  }
  let text = sentences[0] ?? '';
  for (const next of sentences.slice(1)) {
    if (!(text.endsWith(':') || text.length < 40)) break;
    text = `${text} ${next}`;
  }
  return shorten(text.replace(/[,;]$/, '…'));
}

/** A section of a page: its heading from the content layer and the line of the body it is on. */
interface Section {
  level: number;
  id: string;
  title: string;
  line: number;
}

/** The h2 and h3 sections of a page, each found on the line of the body that gives its id. */
function sectionsOf(page: GuidePage, lines: string[]): Section[] {
  const file = `content/${page.id}.mdx`;
  let from = 0;
  return page.headings
    .filter((h) => h.depth === 2 || h.depth === 3)
    .map((h) => {
      const marker = `{#${h.slug}}`;
      const line = lines.findIndex((l, i) => i >= from && /^#{2,3}\s/.test(l) && l.trimEnd().endsWith(marker));
      if (line < 0) throw new Error(`${file}: the heading "${h.text}" needs an id like {#lowercase-words}`);
      from = line + 1;
      return { level: h.depth, id: h.slug, title: plainText(h.text), line };
    });
}

/** The sections of a page with a one-line description of each. */
function describedSections(page: GuidePage): Array<Section & { description: string }> {
  const lines = bodyLines(page.body);
  const sections = sectionsOf(page, lines);
  return sections.map((s, i) => {
    // The section's own text runs to the next heading; the section itself to the next of its level.
    const rest = sections.slice(i + 1);
    const ownEnd = rest[0]?.line ?? lines.length;
    const end = rest.find((n) => n.level <= s.level)?.line ?? lines.length;
    const subtitles = rest.filter((n) => n.line < end && n.level === s.level + 1).map((n) => n.title);
    return { ...s, description: describeSection(lines.slice(s.line + 1, ownEnd), subtitles) };
  });
}

/**
 * Every public link target, in reading order: each page, then its h2 and h3 sections, then the
 * worksheets that live on it (the registry says which).
 */
export function collectTargets(guidePages: readonly GuidePage[]): Target[] {
  const targets: Target[] = [];
  for (const page of sortPages([...guidePages])) {
    const path = pathOf(page.id);
    const pageTitle = page.data.title;
    const step = page.data.step;
    const own = WORKSHEETS.filter((w) => WORKSHEET_PAGES[w.id] === path);
    targets.push({
      key: path,
      kind: 'page',
      href: path,
      title: pageTitle,
      page: path,
      pageTitle,
      description: shorten(plainText(page.data.summary)),
      ...(step ? { step } : {}),
      section: page.data.section,
      ...(own.length ? { worksheets: own.map((w) => w.id) } : {}),
    });
    for (const s of describedSections(page)) {
      targets.push({
        key: `${path}#${s.id}`,
        kind: 'section',
        href: `${path}#${s.id}`,
        title: s.title,
        page: path,
        pageTitle,
        description: s.description || `A part of “${pageTitle}”.`,
        level: s.level,
        ...(step ? { step } : {}),
      });
    }
    for (const w of own) {
      targets.push({
        key: `worksheet:${w.id}`,
        kind: 'worksheet',
        href: worksheetPath(w.id),
        title: w.title,
        page: path,
        pageTitle,
        description: w.summary,
        ...(step ? { step } : {}),
        worksheet: w.id,
      });
    }
  }
  const seen = new Set<string>();
  for (const t of targets) {
    if (seen.has(t.key)) throw new Error(`Two link targets share the address ${t.key}`);
    seen.add(t.key);
  }
  const missing = WORKSHEETS.filter((w) => !seen.has(`worksheet:${w.id}`)).map((w) => w.id);
  if (missing.length) throw new Error(`No guide page at the address of these worksheets: ${missing.join(', ')}`);
  return targets;
}
