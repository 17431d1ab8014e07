import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import defaults from '../../src/config/institution';
import type { InstitutionConfig } from '../../src/config/institution.types';
import other from '../fixtures/other-institution';
import { scaled } from '../slowdown';

const root = resolve(import.meta.dirname, '../..');
const fixture = join(root, 'tests/fixtures/other-institution.ts');
const work = mkdtempSync(join(tmpdir(), 'second-config-'));
const dist = join(work, 'dist');

/** Every text file the build wrote (pages, sitemap, robots.txt, styles and scripts), as [path, text]. */
function builtFiles(): Array<[string, string]> {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(html|xml|txt|css|js|svg|json)$/.test(f))
    .map((f) => [f, readFileSync(join(dist, f), 'utf8')]);
}

/** The words of a configuration that only the configuration should put on a page. */
function institutionStrings(c: InstitutionConfig): Array<[string, string]> {
  const places = [...c.places.campus, ...c.places.outside];
  return [
    ['siteName', c.siteName],
    ['institutionName', c.institutionName],
    ['officeName', c.officeName],
    ['siteUrl', new URL(c.siteUrl).host],
    ['alumniNetwork.name', c.alumniNetwork.name],
    ['alumniNetwork.url', new URL(c.alumniNetwork.url).host],
    ['advising.email', c.advising.email],
    ['advising.bookingUrl', c.advising.bookingUrl],
    ['advising.location', c.advising.location ?? ''],
    ['advising.phone', c.advising.phone ?? ''],
    ['brandColor', c.brandColor],
    ...places.map((p): [string, string] => [`place ${p.id}`, p.name]),
    ...places.map((p): [string, string] => [`hint of ${p.id}`, p.hint ?? '']),
  ].filter(([, value]) => (value ?? '').trim() !== '') as Array<[string, string]>;
}

/** The guide's own text: a default value that is also written there is not the configuration's. */
const guideText = readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => readFileSync(join(root, 'content', f), 'utf8'))
  .join('\n')
  .toLowerCase();

let files: Array<[string, string]> = [];
let buildOutput = '';

beforeAll(() => {
  // A copy of the project (sources copied: Astro needs their real paths inside the project), so
  // this build does not touch the main one.
  for (const name of ['node_modules', 'public']) symlinkSync(join(root, name), join(work, name));
  for (const name of ['src', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(root, name), join(work, name), { recursive: true });
  const build = spawnSync('npx', ['astro', 'build', '--outDir', dist], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, INSTITUTION_CONFIG: fixture },
  });
  buildOutput = `${build.stdout}\n${build.stderr}`;
  if (build.status !== 0) throw new Error(`The build with the second configuration failed:\n${buildOutput}`);
  files = builtFiles();
}, scaled(240_000));

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build with another institution configuration', () => {
  const checked = institutionStrings(defaults).filter(([, value]) => !guideText.includes(value.toLowerCase()));

  it('checks the names, address, email, alumni network, places and colour of the default', () => {
    const fields = checked.map(([field]) => field);
    for (const field of [
      'siteName',
      'institutionName',
      'officeName',
      'siteUrl',
      'alumniNetwork.name',
      'alumniNetwork.url',
      'advising.email',
      'advising.bookingUrl',
      'advising.location',
      'brandColor',
    ])
      expect(fields).toContain(field);
    expect(fields.filter((f) => f.startsWith('place ')).length).toBeGreaterThanOrEqual(2);
  });

  /** Where a default value shows up in the built files: names as written, addresses in any case. */
  const leaksIn = (subset: Array<[string, string]>) => {
    const leaks: string[] = [];
    for (const [file, text] of subset)
      for (const [field, value] of checked) {
        const address = /url|email|siteUrl|brandColor/i.test(field);
        const found = address ? text.toLowerCase().includes(value.toLowerCase()) : text.includes(value);
        if (found) leaks.push(`${file}: ${field} "${value}"`);
      }
    return leaks;
  };

  it('leaves nothing of the default institution in any built page, sitemap or style sheet', () => {
    const pages = files.filter(([f]) => /\.(html|xml|txt|css)$/.test(f));
    expect(pages.filter(([f]) => f.endsWith('.html')).length).toBeGreaterThan(20);
    const leaks = leaksIn(pages);
    expect(leaks, `Default institution values in the second build:\n${leaks.join('\n')}`).toEqual([]);
  });

  it('leaves nothing of the default in scripts and static files, except the known leaks listed here', () => {
    // public/ is copied as it is, so files there cannot follow the configuration. Remove an entry
    // once it is fixed (this test fails when a listed leak is gone, so the list only shrinks).
    const KNOWN: string[] = [];
    const leaks = leaksIn(files.filter(([f]) => /\.(js|svg|json)$/.test(f)));
    expect(
      leaks.filter((l) => !KNOWN.includes(l)),
      'New default institution values in scripts or static files',
    ).toEqual([]);
    expect(
      KNOWN.filter((l) => !leaks.includes(l)),
      'Fixed: remove these from KNOWN',
    ).toEqual([]);
  });

  it('writes its search index and offline service worker into its own output folder', () => {
    expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
    const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
    expect(worker).toContain('url:"steps/repeat/index.html"');
    expect(worker).toMatch(/url:"pagefind\/pagefind-entry\.json"/);
  });

  it('shows the second institution instead', () => {
    const page = (path: string) => files.find(([f]) => f === path)?.[1] ?? '';
    const home = page('index.html');
    expect(home).toContain(other.siteName);
    expect(home).toContain(other.institutionName);
    expect(home).toContain(other.advising.email);
    expect(home).toContain(`${other.siteUrl}/`);
    expect(home).toContain(other.brandColor);
    expect(home).toContain('lang="en-GB"');
    const places = page('steps/expand-your-list/index.html');
    for (const p of [...other.places.campus, ...other.places.outside]) expect(places).toContain(p.name);
    // QR codes and addresses on the advisor page use the second site's address.
    expect(page('advisors/index.html')).toContain(`QR code that opens ${other.siteUrl}/steps/identify-your-networks/`);
    expect(page('sitemap-0.xml')).toContain(`${other.siteUrl}/steps/repeat/`);
  });
});
