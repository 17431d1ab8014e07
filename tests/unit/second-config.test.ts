import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import defaultFile from '../../src/config/institution.json';
import type { InstitutionData } from '../../src/config/institution.types';
import { validateInstitution } from '../../src/config/validate';
import otherFile from '../fixtures/other-institution/institution.json';
import { scaled } from '../slowdown';

const root = resolve(import.meta.dirname, '../..');
const fixture = join(root, 'tests/fixtures/other-institution/institution.json');
const defaults = validateInstitution(defaultFile);
const other = validateInstitution(otherFile);
const work = mkdtempSync(join(tmpdir(), 'second-config-'));
const dist = join(work, 'dist');

/** Every text file the build wrote (pages, sitemap, robots.txt, styles and scripts), as [path, text]. */
function builtFiles(): Array<[string, string]> {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(html|xml|txt|css|js|svg|json)$/.test(f))
    .map((f) => [f, readFileSync(join(dist, f), 'utf8')]);
}

/** The words of a configuration that only the configuration should put on a page. */
function institutionStrings(c: InstitutionData): Array<[string, string]> {
  const places = [...c.places.campus, ...c.places.outside];
  const { school, student, graduate } = c.examples;
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
    ['secondaryColor', c.secondaryColor],
    ['examples.school', school],
    ['examples.student', `${student.first} ${student.last}`],
    ['examples.graduate', `${graduate.first} ${graduate.last}`],
    ...places.map((p): [string, string] => [`place ${p.id}`, p.name]),
    ...places.map((p): [string, string] => [`hint of ${p.id}`, p.hint ?? '']),
    ...places.map((p): [string, string] => [`url of ${p.id}`, p.url ?? '']),
    ...c.planTemplates.map((t, i): [string, string] => [`planTemplates.${i}.name`, t.name]),
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

  it('checks every field of the default: names, address, office, alumni network, places, colours, examples, templates', () => {
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
      'advising.phone',
      'brandColor',
      'secondaryColor',
      'examples.school',
      'examples.student',
      'examples.graduate',
      'planTemplates.0.name',
      'planTemplates.1.name',
    ])
      expect(fields).toContain(field);
    expect(fields.filter((f) => f.startsWith('place ')).length).toBeGreaterThanOrEqual(2);
  });

  /** Where a default value shows up in the built files: names as written, addresses in any case. */
  const leaksIn = (subset: Array<[string, string]>) => {
    const leaks: string[] = [];
    for (const [file, text] of subset)
      for (const [field, value] of checked) {
        const address = /url|email|color/i.test(field);
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

  /** The text of a built page, by its path in the output folder. */
  const page = (path: string) => files.find(([f]) => f === path)?.[1] ?? '';

  it('shows the second institution instead', () => {
    const home = page('index.html');
    expect(home).toContain(other.siteName);
    expect(home).toContain(other.institutionName);
    expect(home).toContain(other.advising.email);
    expect(home).toContain(`${other.siteUrl}/`);
    expect(home).toContain(other.brandColor);
    expect(home).toContain(other.secondaryColor);
    expect(home).toContain('lang="en-GB"');
    // QR codes and addresses on the advisor page use the second site's address.
    expect(page('advisors/index.html')).toContain(`QR code that opens ${other.siteUrl}/steps/identify-your-networks/`);
    expect(page('sitemap-0.xml')).toContain(`${other.siteUrl}/steps/repeat/`);
  });

  it('shows its logo in the header of every page, at its own size, from a file the offline copy keeps', () => {
    const logos = readdirSync(join(dist, '_astro')).filter((f) => f.startsWith('logo.'));
    expect(logos).toEqual([expect.stringMatching(/^logo\.[0-9a-f]{8}\.png$/)]);
    const src = `/_astro/${logos[0]}`;
    expect(readFileSync(join(dist, src))).toEqual(
      readFileSync(join(root, 'tests/fixtures/other-institution/logo.png')),
    );
    for (const path of ['index.html', 'steps/repeat/index.html', 'advisors/index.html'])
      expect(page(path)).toContain(`<img class="site-logo" src="${src}" width="96" height="32" alt=""`);
    expect(readFileSync(join(dist, 'sw.js'), 'utf8')).toContain(`url:"${src.slice(1)}"`);
  });

  it('shows the office phone, place and booking page in the "Ask your career office" box of step 2', () => {
    const step2 = page('steps/expand-your-list/index.html');
    expect(step2).toContain('Ask your career office');
    expect(step2).toContain(`href="${other.advising.bookingUrl}"`);
    expect(step2).toContain(other.advising.phone ?? 'no phone');
    expect(step2).toContain('href="tel:+441632960000"');
    expect(step2).toContain(other.advising.location ?? 'no location');
  });

  it('shows the alumni network on steps 1, 2 and 5', () => {
    for (const path of ['identify-your-networks', 'expand-your-list', 'make-contact']) {
      const html = page(`steps/${path}/index.html`);
      expect(html, path).toContain(`href="${other.alumniNetwork.url}"`);
      expect(html, path).toContain(other.alumniNetwork.name);
    }
  });

  it('lists its places and upcoming events with their date and page, and leaves out past events', () => {
    const places = page('steps/expand-your-list/index.html');
    const all = [...other.places.campus, ...other.places.outside];
    const past = all.filter((p) => p.date && p.date < '2026-01-01');
    const upcoming = all.filter((p) => !past.includes(p));
    expect(past.map((p) => p.id)).toEqual(['spring-fair-2020', 'old-county-expo']);
    for (const p of upcoming) expect(places).toContain(p.name);
    // The date in the site's one date style (Solid's markers may sit around the words).
    expect(places).toMatch(/On (<!--\$-->)?Wed 14 October 2099(<!--\/-->)?\./);
    expect(places).toContain('href="https://futures.riverbend.test/autumn-fair"');
    const pages = files.filter(([f]) => f.endsWith('.html'));
    for (const p of past) expect(pages.filter(([, html]) => html.includes(p.name)).map(([f]) => f)).toEqual([]);
  });

  it('names its own example student, graduate and school in the guide’s examples', () => {
    const { school, student, graduate } = other.examples;
    const reaching = page('informational-interviews/reaching-out/index.html');
    expect(reaching).toContain(`${student.first} ${student.last} found a graduate`);
    expect(reaching).toContain(`${school} psychology student asking about hospital social work`);
    expect(page('informational-interviews/conducting/index.html')).toContain(`At minute 12, ${graduate.first} asked`);
  });

  it('offers its plan templates on the advisor page', () => {
    const advisors = page('advisors/index.html');
    for (const t of other.planTemplates) expect(advisors).toContain(t.name);
  });
});

describe('a build with a broken configuration', () => {
  it(
    'stops before building anything, naming each wrong field and saying what is wrong',
    () => {
      const broken = join(work, 'broken-institution.json');
      const { logo: _, ...rest } = otherFile;
      writeFileSync(broken, JSON.stringify({ ...rest, brandColor: '#ffd700', brandColour: '#7a1f5c' }));
      const build = spawnSync('npx', ['astro', 'build', '--outDir', join(work, 'broken-dist')], {
        cwd: work,
        encoding: 'utf8',
        env: { ...process.env, INSTITUTION_CONFIG: broken },
      });
      const output = `${build.stdout}\n${build.stderr}`;
      expect(build.status).not.toBe(0);
      expect(output).toContain(`Problem in ${broken}:`);
      expect(output).toMatch(/- brandColor: is too light: #ffd700 has 1\.\d\d:1 contrast against white/);
      expect(output).toContain('- brandColour: is not a setting the guide knows. Check its spelling, or remove it.');
      expect(existsSync(join(work, 'broken-dist', 'index.html'))).toBe(false);
    },
    scaled(120_000),
  );
});
