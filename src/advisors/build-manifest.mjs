// npm run links: writes src/advisors/link-manifest.json, the list of every public link target
// (pages, section headings with ids, worksheets), read from the MDX sources in content/. It also
// keeps src/advisors/link-codes.json, the table of short codes that plan links use: a code is
// given once and never changes meaning; the code of a target that is gone is retired, not reused.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pathOf, sortPages } from '../lib/navigation.ts';
import { redirects } from './redirects.ts';
import { WORKSHEET_INFO } from './worksheet-info.ts';

/** The project folder. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where the manifest and the code table are committed. */
export const MANIFEST_FILE = fileURLToPath(new URL('./link-manifest.json', import.meta.url));
export const CODES_FILE = fileURLToPath(new URL('./link-codes.json', import.meta.url));
export const CATALOG_FILE = fileURLToPath(new URL('./plan-catalog.json', import.meta.url));

/** Characters of a code; every code is two of them (1,296 codes). */
const CODE_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
/** Longest one-line description, in characters. */
const MAX_DESCRIPTION = 140;

/**
 * @typedef {'page' | 'section' | 'worksheet'} TargetKind
 * @typedef {object} Target
 * @property {string} key Stable identity: the href for pages and sections, "worksheet:<id>" for worksheets.
 * @property {string} [code] Two-character code used in plan links.
 * @property {TargetKind} kind
 * @property {string} href Path and fragment: "/steps/follow-up/#keep-track".
 * @property {string} title
 * @property {string} page Path of the page the target is on.
 * @property {string} pageTitle
 * @property {string} description One line for the advisor page.
 * @property {number} [level] 2 or 3 for sections.
 * @property {number} [step] Step number of the page, 1–7.
 * @property {string} [worksheet] Worksheet id, for worksheets.
 * @property {string[]} [worksheets] Worksheets at home on this page, for step pages.
 * @property {string} [section] Section of the guide, for pages.
 */

/** Reads the simple YAML frontmatter of a guide page: scalars, quoted strings, numbers and lists. */
export function readFrontmatter(source, file) {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match) throw new Error(`${file}: no frontmatter block at the top`);
  /** @type {Record<string, unknown>} */
  const data = {};
  const lines = (match[1] ?? '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    const kv = /^([A-Za-z][\w-]*):\s*(.*?)\s*$/.exec(raw);
    if (!kv) throw new Error(`${file}: cannot read the frontmatter line "${raw}"`);
    const key = kv[1] ?? '';
    const value = kv[2] ?? '';
    if (value === '' || /^[>|][-+]?$/.test(value)) {
      // A block list ("  - item" lines) or a block scalar (">" or "|", indented lines).
      const block = [];
      while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1] ?? '')) block.push((lines[++i] ?? '').trim());
      if (value === '') data[key] = block.map((l) => scalar(l.replace(/^-\s*/, ''), file));
      else data[key] = block.join(value.startsWith('|') ? '\n' : ' ');
    } else if (value.startsWith('[')) {
      const inner = value.replace(/^\[|\]$/g, '').trim();
      data[key] = inner ? inner.split(',').map((s) => scalar(s.trim(), file)) : [];
    } else {
      data[key] = scalar(value, file);
    }
  }
  return data;
}

/** One YAML scalar: a quoted string, an integer, or plain text. */
function scalar(text, file) {
  if (text.startsWith('"')) {
    try {
      return JSON.parse(text);
    } catch {
      throw new Error(`${file}: cannot read the quoted value ${text}`);
    }
  }
  if (text.startsWith("'")) return text.slice(1, -1).replaceAll("''", "'");
  if (/^-?\d+$/.test(text)) return Number(text);
  return text.replace(/\s+#.*$/, '');
}

/** The body of an MDX page without frontmatter and with code fences blanked (line numbers kept). */
function bodyLines(source) {
  const body = source.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/, '');
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

/** Markdown inline text as a reader sees it: no emphasis, code marks or link targets; curly quotes. */
export function plainText(markdown) {
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
export function shorten(text, max = MAX_DESCRIPTION) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** The lines of prose in `lines` (the guide keeps one sentence per line), as plain text. */
function proseLines(lines) {
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
function describeSection(ownLines, subtitles) {
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

/** Headings with explicit ids in a page body: level, title, id and the line they are on. */
export function headingsOf(source, file) {
  const lines = bodyLines(source);
  const out = [];
  lines.forEach((line, index) => {
    const m = /^(#{2,6})\s+(.*?)\s*$/.exec(line);
    if (!m) return;
    const level = (m[1] ?? '').length;
    if (level > 3) return;
    const idMatch = /\s*\{#([^}]*)\}$/.exec(m[2] ?? '');
    if (!idMatch) throw new Error(`${file}: the heading "${m[2]}" needs an id like {#lowercase-words}`);
    const text = (m[2] ?? '').slice(0, idMatch.index);
    out.push({ level, title: plainText(text), id: idMatch[1] ?? '', index });
  });
  return out.map((h, i) => {
    // The section's own text runs to the next heading; the section itself to the next of its level.
    const rest = out.slice(i + 1);
    const ownEnd = rest[0]?.index ?? lines.length;
    const end = rest.find((n) => n.level <= h.level)?.index ?? lines.length;
    const subtitles = rest.filter((n) => n.index < end && n.level === h.level + 1).map((n) => n.title);
    return { ...h, description: describeSection(lines.slice(h.index + 1, ownEnd), subtitles) };
  });
}

/** Worksheets whose frame exists: id → { component name, title } from src/worksheets/**\/*.astro. */
function builtWorksheets(root) {
  const dir = join(root, 'src/worksheets');
  /** @type {Map<string, { component: string, title: string }>} */
  const found = new Map();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.astro')) continue;
    const source = readFileSync(join(dir, file), 'utf8');
    for (const tag of source.matchAll(/<Worksheet\s([^>]*)>/g)) {
      const attrs = tag[1] ?? '';
      const id = /\bid="([^"]+)"/.exec(attrs)?.[1];
      const title = /\btitle="([^"]+)"/.exec(attrs)?.[1];
      if (id) found.set(id, { component: basename(file, '.astro'), title: title ?? '' });
    }
  }
  return found;
}

/** Every content page, read from content/**\/*.mdx, in reading order. */
function readPages(root) {
  const dir = join(root, 'content');
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.split('\\').join('/'))
    .map((f) => {
      const source = readFileSync(join(dir, f), 'utf8');
      const file = `content/${f}`;
      const data = readFrontmatter(source, file);
      for (const field of ['title', 'summary', 'section'])
        if (typeof data[field] !== 'string') throw new Error(`${file}: the frontmatter needs a ${field}`);
      return { id: f.replace(/\.mdx$/, ''), file, source, data };
    });
  return sortPages(/** @type {any} */ (pages));
}

/**
 * Every public link target in the content, in reading order, without codes: each page, then
 * its h2 and h3 sections, then the worksheets that live on it.
 * @returns {Target[]}
 */
export function collectTargets(root = ROOT) {
  const pages = readPages(root);
  const built = builtWorksheets(root);
  // A worksheet lives on the step page that lists it (other pages only link to it).
  /** @type {Map<string, string>} */
  const home = new Map();
  const stepsFirst = [...pages].sort((a, b) => Number(b.data.section === 'steps') - Number(a.data.section === 'steps'));
  for (const page of stepsFirst) for (const w of page.data.worksheets ?? []) if (!home.has(w)) home.set(w, page.id);
  /** @type {Target[]} */
  const targets = [];
  for (const page of pages) {
    const path = pathOf(page.id);
    const pageTitle = page.data.title;
    const headings = headingsOf(page.source, page.file);
    const step = typeof page.data.step === 'number' ? page.data.step : undefined;
    const ownWorksheets = (page.data.worksheets ?? []).filter((w) => home.get(w) === page.id);
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
      ...(ownWorksheets.length ? { worksheets: ownWorksheets } : {}),
    });
    for (const h of headings) {
      targets.push({
        key: `${path}#${h.id}`,
        kind: 'section',
        href: `${path}#${h.id}`,
        title: h.title,
        page: path,
        pageTitle,
        description: h.description || `A part of “${pageTitle}”.`,
        level: h.level,
        ...(step ? { step } : {}),
      });
    }
    for (const w of ownWorksheets) {
      const info = WORKSHEET_INFO[w];
      if (!info) throw new Error(`${page.file}: unknown worksheet "${w}" (see src/advisors/worksheet-info.ts)`);
      const frame = built.get(w);
      const onPage = frame && page.source.includes(`<${frame.component}`);
      // Until its frame is on the page, a worksheet's link goes to the heading that introduces it.
      const anchor = onPage
        ? w
        : (headings.find((h) => h.id === `worksheet-${w}`)?.id ?? headings.find((h) => h.id === 'worksheet')?.id);
      targets.push({
        key: `worksheet:${w}`,
        kind: 'worksheet',
        href: anchor ? `${path}#${anchor}` : path,
        title: (onPage && frame?.title) || info.title,
        page: path,
        pageTitle,
        description: info.description,
        ...(step ? { step } : {}),
        worksheet: w,
      });
    }
  }
  const seen = new Set();
  for (const t of targets) {
    if (seen.has(t.key)) throw new Error(`Two link targets share the address ${t.key}`);
    seen.add(t.key);
  }
  return targets;
}

/** The code table as committed: code → target key, plus retired codes that must not be reused. */
export function readCodeTable(file = CODES_FILE) {
  try {
    const json = JSON.parse(readFileSync(file, 'utf8'));
    return { codes: { ...json.codes }, retired: { ...json.retired } };
  } catch {
    return { codes: {}, retired: {} };
  }
}

/** The key a target had under an old path, if a redirect now sends that path to its page. */
function redirectedKey(key) {
  if (key.startsWith('worksheet:')) return undefined;
  const [path = '', fragment] = key.split('#');
  const to = redirects[path];
  return to ? (fragment === undefined ? to : `${to}#${fragment}`) : undefined;
}

/**
 * Gives every target its code. Codes already in the table keep their meaning; a code whose target
 * moved behind a redirect follows it; a code whose target is gone is retired; new targets get
 * the first codes never used.
 */
export function assignCodes(targets, table = readCodeTable()) {
  const keys = new Set(targets.map((t) => t.key));
  /** @type {Record<string, string>} */
  const codes = {};
  const retired = { ...table.retired };
  for (const [code, key] of Object.entries(table.codes)) {
    const now = keys.has(key) ? key : redirectedKey(key);
    if (now && keys.has(now)) codes[code] = now;
    else retired[code] = key;
  }
  const byKey = new Map(Object.entries(codes).map(([code, key]) => [key, code]));
  let next = 0;
  const nextFree = () => {
    for (; next < CODE_ALPHABET.length ** 2; next++) {
      const code = (CODE_ALPHABET[Math.floor(next / 36)] ?? '') + (CODE_ALPHABET[next % 36] ?? '');
      if (!(code in codes) && !(code in retired)) return code;
    }
    throw new Error('All 1,296 plan link codes are used: start version 2 of the plan link format.');
  };
  for (const t of targets) {
    if (byKey.has(t.key)) continue;
    const code = nextFree();
    codes[code] = t.key;
    byKey.set(t.key, code);
  }
  const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
  return {
    targets: targets.map((t) => ({ code: byKey.get(t.key), ...t })),
    table: { codes: sorted(codes), retired: sorted(retired) },
  };
}

/**
 * The small table the plan page loads: code → [kind, href, title, worksheet ids], page titles
 * by path, and retired codes (so a plan can say a part was removed rather than never existed).
 */
export function planCatalog(targets, retired) {
  return {
    $comment: 'Generated by npm run links from link-manifest.json, for the plan page. Do not edit by hand.',
    pages: Object.fromEntries(targets.filter((t) => t.kind === 'page').map((t) => [t.href, t.title])),
    targets: Object.fromEntries(
      targets.map((t) => {
        const worksheets = t.kind === 'worksheet' ? [t.worksheet] : (t.worksheets ?? []);
        return [t.code, [t.kind, t.href, t.title, ...(worksheets.length ? [worksheets] : [])]];
      }),
    ),
    retired: Object.keys(retired),
  };
}

/** The manifest, code table and plan catalog as they should be committed, from the content now. */
export function buildManifest(root = ROOT, table = readCodeTable()) {
  const { targets, table: codes } = assignCodes(collectTargets(root), table);
  return {
    catalog: planCatalog(targets, codes.retired),
    manifest: {
      $comment: 'Generated by npm run links (src/advisors/build-manifest.mjs) from content/. Do not edit by hand.',
      targets,
    },
    codes: {
      $comment:
        'Plan link codes: each code keeps its meaning for ever. npm run links adds codes and retires the codes of targets that are gone. To move a target, change its key here before running it.',
      ...codes,
    },
  };
}

/** The text of a JSON file as committed (two-space indent, final newline). */
export const jsonText = (value) => `${JSON.stringify(value, null, 2)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const before = readCodeTable();
  const { manifest, codes, catalog } = buildManifest();
  writeFileSync(MANIFEST_FILE, jsonText(manifest));
  writeFileSync(CODES_FILE, jsonText(codes));
  writeFileSync(CATALOG_FILE, jsonText(catalog));
  // Lay the files out the way `npm run lint` expects (tests compare their content, not their layout).
  const biome = join(ROOT, 'node_modules/.bin/biome');
  if (existsSync(biome)) spawnSync(biome, ['format', '--write', MANIFEST_FILE, CODES_FILE, CATALOG_FILE]);
  const count = (kind) => manifest.targets.filter((t) => t.kind === kind).length;
  const added = Object.keys(codes.codes).filter((c) => !(c in before.codes)).length;
  const retired = Object.keys(codes.retired).filter((c) => !(c in before.retired)).length;
  console.log(
    `Wrote ${manifest.targets.length} link targets (${count('page')} pages, ${count('section')} sections, ${count('worksheet')} worksheets).`,
  );
  console.log(`Codes: ${added} new, ${retired} retired, ${Object.keys(codes.codes).length} in use.`);
}
