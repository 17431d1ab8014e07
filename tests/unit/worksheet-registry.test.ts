// Everything that names a worksheet names one the registry (src/worksheets/registry.ts) declares:
// the worksheet components and the MDX pages that embed them, the addresses, links in the content
// and in the code, the link manifest and plan catalog, and the handouts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEFT_OUT_OF_HANDOUT } from '../../src/advisors/handouts';
import { WORKSHEET_PAGES, worksheetPath } from '../../src/worksheets/addresses';
import { isWorksheetId, WORKSHEET_IDS, WORKSHEETS } from '../../src/worksheets/registry';

const root = join(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const ids = new Set<string>(WORKSHEET_IDS);

/** Files under a folder of the project whose names end with `ending`, as project paths. */
function filesUnder(folder: string, ending: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .map((f) => `${folder}/${f.split('\\').join('/')}`)
    .filter((f) => f.endsWith(ending));
}

const manifest: Array<{ key: string; kind: string; href: string; step?: number; worksheet?: string }> = JSON.parse(
  read('src/advisors/link-manifest.json'),
).targets;
const published = new Set(manifest.map((t) => t.key));
const contentFiles = filesUnder('content', '.mdx');
/** The address of a content file: "content/steps/repeat.mdx" → "/steps/repeat/". */
const pathOfFile = (file: string) => {
  const clean = file.replace(/^content\/|\.mdx$/g, '').replace(/(^|\/)index$/, '');
  return clean ? `/${clean}/` : '/';
};

describe('worksheet components', () => {
  const components = filesUnder('src/worksheets', 'Worksheet.astro');

  it('are one file in each worksheet folder, src/worksheets/<id>/<Name>Worksheet.astro, framed with the same id', () => {
    for (const w of WORKSHEETS) {
      const own = components.filter((f) => f.startsWith(`src/worksheets/${w.id}/`));
      expect(own, `src/worksheets/${w.id}/ holds one *Worksheet.astro`).toHaveLength(1);
      expect(read(own[0] ?? ''), `${own[0]} frames itself with its id`).toContain(`<Worksheet id="${w.id}">`);
    }
    const strays = components.filter((f) => !ids.has(f.split('/')[2] ?? ''));
    expect(strays, 'worksheet components whose folder is not a worksheet in the registry').toEqual([]);
  });

  it('are embedded once each, on the page of the worksheet’s step', () => {
    const embedded = new Map<string, string[]>();
    for (const file of contentFiles)
      for (const m of read(file).matchAll(/<([A-Z]\w*Worksheet)\b/g)) {
        const name = m[1] ?? '';
        embedded.set(name, [...(embedded.get(name) ?? []), pathOfFile(file)]);
      }
    const nameOf = (id: string) =>
      components.find((f) => f.startsWith(`src/worksheets/${id}/`))?.replace(/^.*\/|\.astro$/g, '') ?? '';
    for (const w of WORKSHEETS) expect(embedded.get(nameOf(w.id)), w.id).toEqual([WORKSHEET_PAGES[w.id]]);
    const known = new Set(WORKSHEETS.map((w) => nameOf(w.id)));
    expect([...embedded.keys()].filter((name) => !known.has(name))).toEqual([]);
  });
});

describe('worksheet addresses', () => {
  it('give every worksheet of the registry, and only those, the page of its step', () => {
    expect(Object.keys(WORKSHEET_PAGES).sort()).toEqual([...WORKSHEET_IDS].sort());
    const stepOfPage = new Map(manifest.filter((t) => t.kind === 'page').map((t) => [t.href, t.step]));
    for (const w of WORKSHEETS) expect(stepOfPage.get(WORKSHEET_PAGES[w.id]), w.id).toBe(w.step);
  });

  it('are the worksheet’s page with its id as the anchor, and can name a person', () => {
    expect(worksheetPath('network-map')).toBe('/steps/identify-your-networks/#network-map');
    expect(worksheetPath('thank-you', 'c 1')).toBe('/steps/follow-up/?contact=c%201#thank-you');
  });
});

describe('names of worksheets elsewhere', () => {
  it('in page frontmatter are worksheets of the registry', () => {
    for (const file of contentFiles) {
      const list = /^worksheets:\s*\[(.*)\]\s*$/m.exec(read(file))?.[1] ?? '';
      const named = list
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      expect(
        named.filter((id) => !ids.has(id)),
        file,
      ).toEqual([]);
    }
  });

  it('in worksheet headings ({#worksheet-<id>}) and links in the content are worksheets of the registry, on their page', () => {
    for (const file of contentFiles) {
      const text = read(file);
      for (const m of text.matchAll(/\{#worksheet-([a-z0-9-]+)\}/g))
        expect(ids.has(m[1] ?? ''), `${file}: #worksheet-${m[1]}`).toBe(true);
      for (const m of text.matchAll(/\]\((\/[^)#\s]*)#(?:worksheet-)?([a-z0-9-]+)\)/g)) {
        const [, page = '', id = ''] = m;
        if (isWorksheetId(id)) expect(page, `${file}: a link to the worksheet ${id}`).toBe(WORKSHEET_PAGES[id]);
      }
    }
  });

  it('in addresses written into the code are published link targets', () => {
    /** The source without comment lines (they hold examples, not links). */
    const codeLines = (source: string) =>
      source
        .split('\n')
        .filter((line) => !/^\s*(\/\/|\/?\*)/.test(line))
        .join('\n');
    const code = filesUnder('src', '').filter((f) => /\.(tsx?|astro|mjs)$/.test(f) && !f.endsWith('.test.ts'));
    const unknown: string[] = [];
    for (const file of code)
      for (const m of codeLines(read(file)).matchAll(/["'`](\/steps\/[a-z0-9-]+\/)(?:\?[^#"'`]*)?#([a-z0-9-]+)["'`]/g))
        if (!published.has(`${m[1]}#${m[2]}`) && !published.has(`worksheet:${m[2]}`))
          unknown.push(`${relative(root, join(root, file))}: ${m[1]}#${m[2]}`);
    expect(unknown).toEqual([]);
  });

  it('in the link manifest, the plan catalog and the handouts are worksheets of the registry', () => {
    const inManifest = manifest.filter((t) => t.kind === 'worksheet').map((t) => t.worksheet);
    expect(inManifest).toEqual([...WORKSHEET_IDS]);
    // Each page is [path, title, rows], each row [anchor, title, worksheet ids joined by spaces, …].
    const catalog: { pages: [string, string, string[][]][] } = JSON.parse(read('src/advisors/plan-catalog.json'));
    const inCatalog = catalog.pages.flatMap(([, , rows]) =>
      rows.flatMap((row) => row[2]?.split(' ').filter(Boolean) ?? []),
    );
    expect(inCatalog.length).toBeGreaterThan(0);
    expect(inCatalog.filter((id) => !ids.has(id))).toEqual([]);
    expect(Object.values(LEFT_OUT_OF_HANDOUT).flatMap((list) => (list ?? []).filter((id) => !ids.has(id)))).toEqual([]);
  });
});
