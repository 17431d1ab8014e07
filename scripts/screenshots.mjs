// npm run screenshots: pictures of the home page, step 1 and step 7 with a workbook of 20 people,
// at 390 px and 1280 px wide, and of every worksheet of steps 3, 5, 6 and 7 whole at 390 px (what a
// student sees on a phone), light and dark, into screenshots/ (git-ignored). It builds nothing:
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

/**
 * Each picture: a name, a page, and what to show (the top of the page, or a part scrolled into view);
 * `widths` limits it to some of the SIZES, `whole` starts every island of the page first.
 */
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
  ...worksheetShots(),
];

/** Each worksheet of steps 3, 5, 6 and 7, whole, on a phone: step3-goals, step5-outreach… */
function worksheetShots() {
  const sheets = [
    [3, '/steps/assess-your-goals/', 'goals', '.rate-person'],
    [5, '/steps/make-contact/', 'outreach', '#or-contact'],
    [5, '/steps/make-contact/', 'interview-prep', '#ip-contact'],
    [5, '/steps/make-contact/', 'conversation-card', '#cc-contact'],
    [5, '/steps/make-contact/', 'interview-notes', '#in-contact'],
    [6, '/steps/follow-up/', 'contact-tracker', '.ct-card'],
    [6, '/steps/follow-up/', 'thank-you', '#ty-person'],
    [7, '/steps/repeat/', 'dashboard', '.db-action'],
  ];
  return sheets.map(([step, path, id, ready]) => ({
    name: `step${step}-${id}`,
    path,
    at: `#${id}`,
    ready: `#${id} ${ready}`,
    widths: [390],
    whole: true,
  }));
}
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
        if (shot.widths && !shot.widths.includes(size.width)) continue;
        const page = await context.newPage();
        await page.clock.setFixedTime(fixtures.TEST_NOON);
        await page.goto(`${origin}${shot.path}`);
        // Islands start when they come into view: a worksheet shown whole starts with the others around it.
        if (shot.whole) {
          for (const island of await page.locator('astro-island').all()) {
            await island.scrollIntoViewIfNeeded();
            await page.waitForFunction((el) => !el.hasAttribute('ssr'), await island.elementHandle());
          }
        }
        if (shot.at) await page.locator(shot.at).scrollIntoViewIfNeeded();
        await page.locator(shot.ready).first().waitFor();
        // Long lists skip drawing what is off screen (content-visibility: auto): a picture of a
        // whole worksheet draws everything.
        if (shot.whole) {
          await page.evaluate(() => {
            for (const el of document.querySelectorAll('main *')) {
              if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
            }
          });
        }
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
