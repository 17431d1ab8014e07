// Prints how fast the step 6 contact tracker is with 500 contacts, measured in Chromium against the
// built site (dist/): first render, filter, sort, "Show more" and a quick button. The workbook is
// seeded through storageState. Run `npm run build` first; `--cpu=4` also measures with the CPU
// slowed down four times (like a mid-range phone). Timings are printed, never asserted.

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { runnerImport } from 'vite';
import { findBrowser } from './browser-path.mjs';
import { originOf, serveDist } from './serve-dist.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
const PATH = '/steps/follow-up/';
const KEY = 'networking-guide:workbook';
// The real date, not a fake clock: Playwright's clock adds its own work to every timer and would skew the figures.
const now = new Date();
const TODAY = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
const RUNS = 10;
const CONTACTS = 500;
const slowdowns = [1, ...process.argv.filter((a) => a.startsWith('--cpu=')).map((a) => Number(a.slice(6)))];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${x.toFixed(1)} ms`;

/** Times one change in the page: the event's script work plus style and layout, until the DOM is ready to paint. */
async function timeChange(page, action) {
  return page.evaluate(async (act) => {
    const sheet = document.getElementById('contact-tracker');
    const start = performance.now();
    if (act.kind === 'select') {
      const select = sheet.querySelector(act.selector);
      select.value = act.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      sheet.querySelectorAll(act.selector)[act.index ?? 0].click();
    }
    void document.body.offsetHeight; // style and layout
    const work = performance.now() - start;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return { work, frame: performance.now() - start, cards: sheet.querySelectorAll('.ct-card').length };
  }, action);
}

/** Runs one interaction RUNS times (with `setup` between runs) and sums it up. */
async function measure(page, label, actions) {
  const work = [];
  const frame = [];
  let cards = 0;
  for (let i = 0; i < RUNS; i++) {
    const r = await timeChange(page, actions[i % actions.length]);
    work.push(r.work);
    frame.push(r.frame);
    cards = r.cards;
  }
  return { label, work: median(work), workMax: Math.max(...work), frame: median(frame), cards };
}

const { module: fixtures } = await runnerImport(`${root}src/worksheets/shared/follow-up/fixtures.ts`);
const doc = fixtures.workbookWith(fixtures.manyContacts(CONTACTS, TODAY));
const executablePath = await findBrowser({ full: true });
const server = await serveDist({ root: dist });
const origin = originOf(server);
const browser = await chromium.launch({ executablePath, args: ['--no-first-run', '--disable-background-networking'] });

try {
  for (const slowdown of slowdowns) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      storageState: { cookies: [], origins: [{ origin, localStorage: [{ name: KEY, value: JSON.stringify(doc) }] }] },
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    /** From scrolling the tracker into view (it hydrates then: client:view) to 50 cards drawn. */
    const render = () =>
      page.evaluate(async () => {
        const sheet = document.getElementById('contact-tracker');
        const start = performance.now();
        sheet.scrollIntoView();
        await new Promise((resolve) => {
          const done = () =>
            sheet.querySelectorAll('.ct-card').length >= 50 && sheet.querySelector('.save-status')?.textContent;
          if (done()) return resolve();
          new MutationObserver((_, observer) => {
            if (done()) {
              observer.disconnect();
              resolve();
            }
          }).observe(sheet, { childList: true, subtree: true, characterData: true });
        });
        void document.body.offsetHeight;
        return performance.now() - start;
      });
    // The first visit checks the stored data with the full validator (it was not written by this
    // site); after a save, a normal visit trusts the checksum.
    await page.goto(`${origin}${PATH}`, { waitUntil: 'load' });
    const firstVisit = await render();
    // Cards show one line until opened: the quick buttons are in the first card, opened here.
    await timeChange(page, { kind: 'click', selector: '.ct-toggle', index: 0 });
    await timeChange(page, { kind: 'click', selector: '.ct-quick-buttons button', index: 0 });
    await page.waitForFunction((key) => localStorage.getItem(`${key}:check`) !== null, KEY);
    await page.goto(`${origin}${PATH}`, { waitUntil: 'load' });
    const normalVisit = await render();
    await timeChange(page, { kind: 'click', selector: '.ct-toggle', index: 0 });

    const results = [
      await measure(page, 'Filter by status (all ↔ met)', [
        { kind: 'select', selector: '#ct-filter-status', value: 'met' },
        { kind: 'select', selector: '#ct-filter-status', value: ':all' },
      ]),
      await measure(page, 'Filter by circle (all ↔ family)', [
        { kind: 'select', selector: '#ct-filter-circle', value: 'family' },
        { kind: 'select', selector: '#ct-filter-circle', value: ':all' },
      ]),
      await measure(page, 'Sort (name ↔ next follow-up)', [
        { kind: 'select', selector: '#ct-sort', value: 'name' },
        { kind: 'select', selector: '#ct-sort', value: 'next' },
      ]),
      await measure(page, 'Quick button "+1 week" (save and redraw)', [
        { kind: 'click', selector: '.ct-quick-buttons button:nth-child(3)', index: 0 },
        { kind: 'click', selector: '.ct-quick-buttons button:nth-child(1)', index: 0 },
      ]),
    ];
    // "Show more" grows the list 50 cards at a time; measured once per step up to 500.
    const more = [];
    for (let i = 0; i < 9; i++) {
      more.push(await timeChange(page, { kind: 'click', selector: '.ct-list + button', index: 0 }));
    }

    console.log(
      `\nContact tracker, ${CONTACTS} contacts, Chromium${slowdown > 1 ? `, CPU slowed ${slowdown}×` : ''} (median of ${RUNS} runs):`,
    );
    console.log('| interaction | script + layout | to next frame | cards shown |');
    console.log('| --- | --- | --- | --- |');
    console.log(`| First render, first visit (load script, validate 500, draw 50) | ${ms(firstVisit)} | | 50 |`);
    console.log(`| First render, normal visit (load script, read 500, draw 50) | ${ms(normalVisit)} | | 50 |`);
    for (const r of results) {
      console.log(`| ${r.label} | ${ms(r.work)} (max ${ms(r.workMax)}) | ${ms(r.frame)} | ${r.cards} |`);
    }
    console.log(
      `| "Show 50 more", 50 → 500 cards | ${ms(median(more.map((m) => m.work)))} (max ${ms(Math.max(...more.map((m) => m.work)))}) | ${ms(median(more.map((m) => m.frame)))} | ${more.at(-1)?.cards} |`,
    );
    await context.close();
  }
  console.log('\nTarget: under 100 ms per interaction.');
} finally {
  await browser.close();
  server.close();
}
