// npm run screenshots: pictures of the home page, step 1 and step 7 with a workbook of 20 people,
// at 390 px and 1280 px wide, light and dark, into screenshots/ (git-ignored). It builds nothing:
// run `npm run build` first. It serves dist/ as the browser tests do (scripts/serve-dist.mjs) and
// uses the same Chromium (scripts/browser-path.mjs); the clock is fixed at the tests' "today".
// `--only=<part of a name>` takes some of the pictures (`--only=step1-map`).
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { runnerImport } from 'vite';
import { findBrowser } from './browser-path.mjs';
import { originOf, serveDist } from './serve-dist.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = `${root}screenshots/`;
if (!existsSync(`${root}dist/index.html`)) {
  console.error('No built site in dist/: run `npm run build` first.');
  process.exit(1);
}
const { module: people } = await runnerImport(`${root}tests/e2e/twenty-people.ts`);
const { module: fixtures } = await runnerImport(`${root}tests/e2e/workbook-fixtures.ts`);

/** Each picture: a name, a page, and what to show (the top of the page, or a part scrolled into view). */
const SHOTS = [
  { name: 'home', path: '/', at: '.step-list', ready: '[data-step-path][data-filled]' },
  { name: 'step1-top', path: '/steps/identify-your-networks/', ready: '[data-step-path][data-filled]' },
  {
    name: 'step1-map',
    path: '/steps/identify-your-networks/',
    at: '#network-map .nm-map-figure',
    ready: '.nm-map-svg .nm-dot',
  },
  { name: 'step7-top', path: '/steps/repeat/', ready: '[data-step-path][data-filled]' },
  {
    name: 'step7-week',
    path: '/steps/repeat/',
    at: '#dashboard .db-week',
    ready: '#dashboard .db-week tbody th:not(:empty)',
  },
];
// --only=step1 takes only the pictures whose name contains "step1".
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length) ?? '';
const shots = SHOTS.filter((s) => s.name.includes(only));
const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

const server = await serveDist({ root: `${root}dist` });
const origin = originOf(server);
const browser = await chromium.launch({ executablePath: await findBrowser() });
await mkdir(out, { recursive: true });
let written = 0;
try {
  for (const size of SIZES) {
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({
        viewport: size,
        colorScheme,
        serviceWorkers: 'block',
        storageState: {
          cookies: [],
          origins: [
            { origin, localStorage: [{ name: fixtures.KEY, value: JSON.stringify(people.twentyPeopleWorkbook()) }] },
          ],
        },
      });
      for (const shot of shots) {
        const page = await context.newPage();
        await page.clock.setFixedTime(fixtures.TEST_NOON);
        await page.goto(`${origin}${shot.path}`);
        if (shot.at) await page.locator(shot.at).scrollIntoViewIfNeeded();
        await page.locator(shot.ready).first().waitFor();
        const file = `${out}${shot.name}-${size.width}-${colorScheme}.png`;
        if (shot.at) await page.locator(shot.at).screenshot({ path: file, animations: 'disabled' });
        else await page.screenshot({ path: file, animations: 'disabled' });
        written++;
        await page.close();
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`Wrote ${written} screenshots to screenshots/.`);
