// npm run links: writes src/advisors/link-manifest.json, the list of every public link target
// (pages, section headings with ids, worksheets). It reads the pages through Astro's content layer
// (titles, frontmatter and headings as Astro renders them; see guide-pages.ts and link-targets.ts)
// and the worksheets from the registry (src/worksheets/registry.ts). It also keeps
// src/advisors/link-codes.json, the table of short codes that plan links use: a code is given once
// and never changes meaning; the code of a target that is gone is retired, not reused.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { redirects } from './redirects.ts';

/** The project folder. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where the manifest and the code table are committed. */
export const MANIFEST_FILE = fileURLToPath(new URL('./link-manifest.json', import.meta.url));
export const CODES_FILE = fileURLToPath(new URL('./link-codes.json', import.meta.url));
export const CATALOG_FILE = fileURLToPath(new URL('./plan-catalog.json', import.meta.url));

/** Characters of a code; every code is two of them (1,296 codes). */
const CODE_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** @typedef {import('./link-targets.ts').Target & { code?: string }} Target */

/**
 * Every public link target of the content as it is now, in reading order (see link-targets.ts).
 * astro:content exists only inside Astro's Vite, so this syncs the content layer and loads
 * guide-pages.ts in a Vite server with Astro's configuration (no HTTP server, no port).
 * @returns {Promise<Target[]>}
 */
export async function loadTargets(root = ROOT) {
  const [{ sync }, { getViteConfig }, { createServer }] = await Promise.all([
    import('astro'),
    import('astro/config'),
    import('vite'),
  ]);
  const logLevel = 'warn';
  // A dev server reads the content layer's store from .astro/: sync writes it there.
  await sync({ root, cacheDir: join(root, '.astro/'), logLevel });
  const config = await getViteConfig(
    { root, configFile: false, logLevel, server: { middlewareMode: true, hmr: false, ws: false, watch: null } },
    { root, logLevel },
  )({ command: 'serve', mode: 'development' });
  const server = await createServer(config);
  try {
    const { contentTargets } = await server.ssrLoadModule('/src/advisors/guide-pages.ts');
    const targets = await contentTargets();
    if (targets.length === 0) throw new Error("Astro's content layer returned no guide pages.");
    return targets;
  } finally {
    // Let Astro finish setting up its dev app before closing, or it reports the close as an error.
    await server[Symbol.for('astro.devServerAppReady')];
    await server.close();
  }
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

/** The code after `code` in the order codes are given ("10" -> "11", "1z" -> "20"). */
const nextCode = (code) => {
  const n = CODE_ALPHABET.indexOf(code[0] ?? '') * 36 + CODE_ALPHABET.indexOf(code[1] ?? '') + 1;
  return (CODE_ALPHABET[Math.floor(n / 36)] ?? '') + (CODE_ALPHABET[n % 36] ?? '');
};

/** The kind a plan catalog row says without naming it: a page, a worksheet (it tracks one), or a section. */
const kindOfRow = (anchor, worksheets) => (anchor === '' ? 'page' : worksheets.length ? 'worksheet' : 'section');

/**
 * The small table the plan page loads, as short as it can be read back (src/advisors/catalog.ts):
 * the pages in reading order, each [path, title, rows], and each row [anchor, title, worksheets,
 * code, kind] without its empty trailing parts. The title is '' on a page's own row (it is the
 * page's title), the worksheet ids are joined by spaces, the code is left out when it follows the
 * previous row's (most do), and the kind when it is what the row says already (kindOfRow). The
 * retired codes follow, so a plan can say a part was removed rather than never existed.
 */
export function planCatalog(targets, retired) {
  const pageTitles = new Map(targets.filter((t) => t.kind === 'page').map((t) => [t.href, t.title]));
  /** @type {Map<string, Target[]>} */
  const byPage = new Map();
  for (const t of targets) {
    const path = t.href.split('#')[0] ?? '';
    byPage.set(path, [...(byPage.get(path) ?? []), t]);
  }
  let previous = '';
  const pages = [...byPage].map(([path, onPage]) => [
    path,
    pageTitles.get(path) ?? '',
    onPage.map((t) => {
      const anchor = t.href.split('#')[1] ?? '';
      const worksheets = t.kind === 'worksheet' ? [t.worksheet] : (t.worksheets ?? []);
      const row = [
        anchor,
        anchor === '' && t.title === pageTitles.get(path) ? '' : t.title,
        worksheets.join(' '),
        previous && nextCode(previous) === t.code ? '' : t.code,
        kindOfRow(anchor, worksheets) === t.kind ? '' : t.kind,
      ];
      previous = t.code ?? '';
      while (row.length > 1 && row.at(-1) === '') row.pop();
      return row;
    }),
  ]);
  return {
    $comment: 'Generated by npm run links from link-manifest.json, for the plan page. Do not edit by hand.',
    pages,
    retired: Object.keys(retired),
  };
}

/** The manifest, code table and plan catalog as they should be committed, for the targets given. */
export function buildManifest(targets, table = readCodeTable()) {
  const { targets: coded, table: codes } = assignCodes(targets, table);
  return {
    catalog: planCatalog(coded, codes.retired),
    manifest: {
      $comment:
        'Generated by npm run links (src/advisors/build-manifest.mjs) from content/ and the worksheet registry. Do not edit by hand.',
      targets: coded,
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
  const { manifest, codes, catalog } = buildManifest(await loadTargets(), before);
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
  // Vite leaves work behind that keeps Node running for seconds after the server closed.
  process.exit(0);
}
