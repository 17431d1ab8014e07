import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildManifest,
  CATALOG_FILE,
  CODES_FILE,
  loadTargets,
  MANIFEST_FILE,
  readCodeTable,
} from '../../src/advisors/build-manifest.mjs';
import type { Target } from '../../src/advisors/link-targets';
import { redirects } from '../../src/advisors/redirects';
import { WORKSHEET_IDS } from '../../src/worksheets/registry';

interface Entry {
  key: string;
  code: string;
  kind: string;
  href: string;
  title: string;
  pageTitle: string;
  [field: string]: unknown;
}

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const committed: Entry[] = read(MANIFEST_FILE).targets;
const committedCodes = read(CODES_FILE) as { codes: Record<string, string>; retired: Record<string, string> };
const REGENERATE = 'Run `npm run links` to update src/advisors/link-manifest.json, then commit it.';

/** The link targets of the content now, read through Astro's content layer (it takes a few seconds). */
let fresh: Target[] = [];
let regenerated: ReturnType<typeof buildManifest>;
beforeAll(async () => {
  fresh = await loadTargets();
  regenerated = buildManifest(fresh, readCodeTable());
}, 300_000);

describe('the link manifest', () => {
  it('lists only link targets that still exist in the content', () => {
    const now = new Set(fresh.map((t) => t.key));
    const gone = committed.filter((t) => !now.has(t.key)).map((t) => `- ${t.href} (“${t.title}” on “${t.pageTitle}”)`);
    expect(
      gone,
      [
        'These link targets no longer exist, but advisors may have sent them to students:',
        ...gone,
        'Put the heading id back ({#id} in the MDX file), or, if the page moved, add its old path to',
        'src/advisors/redirects.ts. Only then run `npm run links`: it retires the codes of targets that are gone.',
      ].join('\n'),
    ).toEqual([]);
  });

  it('lists every link target in the content', () => {
    const listed = new Set(committed.map((t) => t.key));
    const added = fresh.filter((t) => !listed.has(t.key)).map((t) => `- ${t.href} (“${t.title}”)`);
    expect(added, ['New link targets are not in the manifest yet:', ...added, REGENERATE].join('\n')).toEqual([]);
  });

  it('matches the content: addresses, titles and descriptions', () => {
    const byKey = new Map(regenerated.manifest.targets.map((t: Entry) => [t.key, t]));
    const changed = committed
      .filter((t) => JSON.stringify(byKey.get(t.key)) !== JSON.stringify(t))
      .map((t) => `- ${t.key}`);
    expect(changed, ['These link targets changed in the content:', ...changed, REGENERATE].join('\n')).toEqual([]);
    expect(regenerated.manifest.targets.map((t: Entry) => t.key)).toEqual(committed.map((t) => t.key));
  });

  it('has a page, its sections and its worksheets for every guide page', () => {
    const kinds = (kind: string) => committed.filter((t) => t.kind === kind);
    expect(kinds('page').length).toBeGreaterThanOrEqual(19);
    expect(kinds('section').length).toBeGreaterThan(150);
    const worksheets = kinds('worksheet').map((t) => t.worksheet);
    expect([...worksheets].sort()).toEqual([...WORKSHEET_IDS].sort());
    for (const t of committed) {
      expect(t.href.startsWith('/') && t.href.split('#')[0]?.endsWith('/'), `${t.href}: paths end with "/"`).toBe(true);
      expect(t.title.trim(), `${t.href} has a title`).not.toBe('');
      expect(String(t.description).trim(), `${t.href} has a description`).not.toBe('');
    }
  });
});

describe('plan link codes', () => {
  it('give every target one code of two characters, never used twice', () => {
    const codes = committed.map((t) => t.code);
    for (const code of codes) expect(code).toMatch(/^[0-9a-z]{2}$/);
    expect(new Set(codes).size).toBe(codes.length);
    for (const t of committed) expect(committedCodes.codes[t.code], `${t.code} → ${t.key}`).toBe(t.key);
    expect(Object.keys(committedCodes.codes).length).toBe(committed.length);
  });

  it('never reuse a retired code', () => {
    for (const code of Object.keys(committedCodes.retired)) expect(committedCodes.codes[code]).toBeUndefined();
  });

  it('are the same in the plan catalog the plan page loads', () => {
    expect(read(CATALOG_FILE)).toEqual(regenerated.catalog);
  });
});

describe('redirects', () => {
  const pages = new Set(committed.filter((t) => t.kind === 'page').map((t) => t.href));
  const codeRoutes = new Set(['/workbook/', '/advisors/', '/plan/']);

  it('send old paths to pages that exist', () => {
    expect(Object.keys(redirects).length).toBeGreaterThan(0);
    for (const [from, to] of Object.entries(redirects)) {
      expect(from, 'redirects start and end with "/"').toMatch(/^\/.*\/$/);
      expect(pages.has(from) || codeRoutes.has(from), `${from} is still a page: remove its redirect`).toBe(false);
      expect(pages.has(to) || codeRoutes.has(to), `${from} → ${to}: no page at ${to}`).toBe(true);
    }
  });
});
