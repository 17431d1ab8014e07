// npm run bench:scale (also run by npm run bench): the site with a big workbook of 5,000 people,
// 500 interview notes and 2,000 places, in Chromium with the CPU slowed down 4 times (Lighthouse's
// mobile setting). For every page with a worksheet it measures the time from navigation until the page
// is interactive, the delay of each keystroke in a field, and on My workbook the restore of the
// backup file. Prints a table and exits non-zero past the budgets of issue 12. Run `npm run build` first.
// --only=<text> measures the pages whose address holds it; --detail prints each page's long tasks.
//
// Interactive: the saved data is shown (a page-specific check, seen in a frame), every island of the
// worksheet has hydrated, the load event has fired, and no long task (over 50 ms) follows in the next
// QUIET_MS; the time is the latest of these, or the end of the last long task. A keystroke: from the
// keydown event's time stamp (so time waiting behind a busy main thread counts) to the next frame
// after the input handlers ran, with style and layout done. Restore: from choosing the file to the
// preview, plus from "Replace my workbook" to the restored data shown.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';
import { runnerImport } from 'vite';
import { findBrowser } from './browser-path.mjs';
import { originOf, serveDist } from './serve-dist.mjs';

const root = new URL('../', import.meta.url);

/** The budgets of issue 12, item 8. */
export const SCALE_BUDGETS = { interactiveMs: 1000, keyMedianMs: 50, keyWorstMs: 100, restoreMs: 2000 };
/** Lighthouse's mobile CPU slowdown. */
export const SLOWDOWN = 4;
/** How long the main thread must stay free of long tasks before a page counts as interactive. */
const QUIET_MS = 1500;
/** Characters typed in each field (a save, 300 ms after the first change, lands among them). */
const TYPED = 'Ask about the summer field work rotation.';
/** Pause between keystrokes, about a fast typist's pace. */
const KEY_GAP_MS = 90;
/** The longest a measurement waits (a page that takes longer is reported as "over 60 s"). */
const CAP_MS = 60_000;
/** Lighthouse's phone: 412 × 823 at 1.75 device pixels per CSS pixel. */
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 };

/**
 * The pages measured, opened at their worksheet (as advisors' links do; worksheets start when in view).
 * `shown` is checked in the page (it must be cheap: it runs every frame until true); `islands`, when
 * given, selects the islands waited for (see settle); `type` names the
 * field typed into, after clicking `open` (one selector or several in turn) when the field is inside a closed editor.
 */
export function scalePages(w) {
  const chosen = (id) => ({ selector: `#${id} option:checked`, filled: true });
  return [
    {
      path: '/steps/identify-your-networks/#network-map',
      shown: { selector: '#network-map .totals', contains: `${w.people} people` },
      open: '#network-map [data-edit="c1"]',
      type: '#nm-c1-notes',
    },
    // Step 2 is two islands: the places (waited for) and, below them, the form that adds one.
    {
      path: '/steps/expand-your-list/#places-to-meet',
      shown: { selector: '#places-to-meet .totals', contains: 'met at these places' },
      islands: '#places-to-meet astro-island[ssr]:has(.places-to-meet)',
      type: '#pl-career-fairs-notes',
    },
    // Step 3 is several islands, each started when in view: the goal at the top, then the people to rate.
    {
      path: '/steps/assess-your-goals/#goals',
      shown: { selector: '#goals-goal', filled: true },
      islands: 'astro-island[ssr]:has(#goals-goal)',
      type: '#goals-goal',
    },
    {
      path: '/steps/assess-your-goals/#goals-rate',
      shown: { selector: '#goals .totals', contains: `${w.people} people` },
      islands: 'astro-island[ssr]:has(#goals-rate)',
    },
    { path: '/steps/elevator-pitch/#pitch-builder', shown: { selector: '#pb-now', filled: true }, type: '#pb-now' },
    // Outreach is five islands: the menu (shown) and the message's parts (typed into) are waited for.
    {
      path: '/steps/make-contact/#outreach',
      shown: chosen('or-contact'),
      islands: '#outreach astro-island[ssr]:has(> .or-person, > .or-writing)',
      type: '#or-subject',
    },
    // The preparation and the notes are four and five islands: the menu (shown) and the field typed into are waited for.
    {
      path: '/steps/make-contact/#interview-prep',
      shown: chosen('ip-contact'),
      islands:
        '#interview-prep astro-island[ssr]:is([component-url*="/InterviewPrep."], [component-url*="/InterviewPrepQuestions."])',
      type: '#ip-own',
    },
    { path: '/steps/make-contact/#conversation-card', shown: { selector: '#cc-title', lacks: '…' } },
    {
      path: '/steps/make-contact/#interview-notes',
      shown: chosen('in-contact'),
      islands:
        '#interview-notes astro-island[ssr]:is([component-url*="/InterviewNotes."], [component-url*="/InterviewNotesAnswers."])',
      type: '#in-learned',
    },
    {
      path: '/steps/follow-up/#contact-tracker',
      // The tracker is four islands: its add fields and its list are waited for (not its printed copy, drawn only
      // when printing, nor the downloads below); a card's details and editor load when it is opened.
      islands: '#contact-tracker astro-island[ssr]:is(:has(.ct-add), :has(.ct-list-area))',
      shown: { selector: '#contact-tracker .ct-summary', contains: `${w.people} people` },
      open: ['#contact-tracker .ct-card .ct-toggle', '#contact-tracker .ct-card button[id$="-edit"]'],
      type: '#contact-tracker .ct-card textarea[id$="-notes"]',
    },
    { path: '/steps/follow-up/#thank-you', shown: chosen('ty-person'), type: '#ty-thanks' },
    // The dashboard is five islands; opened at its start, the next actions are in view. With 5,000 people
    // their list pushes the progress below out of reach once drawn: it starts when scrolled to.
    {
      path: '/steps/repeat/#dashboard',
      shown: { selector: '#dashboard .db-action' },
      islands: '#dashboard astro-island[ssr]:has(#db-actions-title)',
    },
    // My workbook and the person page are several islands each, all started at load.
    { path: '/workbook/', shown: { selector: '.wb-view h3', contains: `(${w.firstCircle})` } },
    {
      path: `/workbook/person/?id=${w.person.id}`,
      shown: { selector: '.person-page h1', contains: w.person.name },
    },
    { path: '/advisors/#plan-link', shown: { selector: '#plan-note' }, type: '#plan-note' },
    // The plan page is two islands: the note (PlanView) and the items with their progress (PlanItems).
    {
      path: `/plan/#${w.planHash}`,
      shown: { selector: 'main:has(.plan-view .plan-note):has(.plan-parts .plan-status)' },
    },
  ];
}

/** In the page, before its scripts: records long tasks, and the first frame in which `shown` holds. */
function instrument(shown) {
  /** Whether `check` ({ selector, contains, lacks, filled }) holds now. */
  const holds = (check) => {
    const el = document.querySelector(check.selector);
    if (!el) return false;
    const text = 'value' in el && el.tagName !== 'OPTION' ? el.value : (el.textContent ?? '');
    if (check.filled && !text.trim()) return false;
    if (check.contains && !text.includes(check.contains)) return false;
    return !(check.lacks && text.includes(check.lacks));
  };
  const s = { longTasks: [], shownAt: null };
  window.__scale = s;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) s.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  s.watch = (check) => {
    s.shownAt = null;
    const frame = () => {
      if (holds(check)) s.shownAt = performance.now();
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  };
  if (shown) s.watch(shown);
  else s.shownAt = 0;
}

/**
 * In the page: waits until the data is shown, the islands in `scope` (a selector: the worksheet, or
 * the page) have hydrated and no long task came for `quiet` ms. `islands` selects the islands still
 * to hydrate instead, for a worksheet of several islands that start when in view (step 3).
 */
export async function settle({ quiet, scope = 'body', islands = `${scope} astro-island[ssr]`, cap }) {
  const s = window.__scale;
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
  const deadline = performance.now() + cap;
  let hydratedAt = null;
  while (performance.now() < deadline) {
    if (hydratedAt === null && !document.querySelector(islands)) hydratedAt = performance.now();
    if (s.shownAt !== null && hydratedAt !== null) break;
    await frame();
  }
  let lastEnd = () => Math.max(0, ...s.longTasks.map(([start, d]) => start + d));
  while (performance.now() < deadline && performance.now() - Math.max(lastEnd(), s.shownAt ?? 0) < quiet) {
    await new Promise((r) => setTimeout(r, 100));
  }
  lastEnd = Math.max(0, ...s.longTasks.map(([start, d]) => start + d));
  const nav = performance.getEntriesByType('navigation')[0];
  const load = nav?.loadEventEnd ?? 0;
  return {
    timedOut: s.shownAt === null || hydratedAt === null,
    shown: s.shownAt ?? Number.NaN,
    hydrated: hydratedAt ?? Number.NaN,
    load,
    interactive: Math.max(s.shownAt ?? Number.NaN, hydratedAt ?? Number.NaN, load, lastEnd),
    longest: Math.max(0, ...s.longTasks.map(([, d]) => d)),
    blocking: s.longTasks.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
    tasks: s.longTasks.map(([start, d]) => [Math.round(start), Math.round(d)]),
  };
}

/** In the page: starts timing keystrokes in the field matched by `selector`. */
function watchKeys(selector) {
  const field = document.querySelector(selector);
  const out = { delays: [], pending: null, tasksFrom: performance.now() };
  window.__keys = out;
  window.addEventListener(
    'keydown',
    (e) => {
      if (e.target === field) out.pending = e.timeStamp;
    },
    true,
  );
  // Bubbling to window: after the worksheet's own handlers (Solid listens on the document).
  window.addEventListener('input', (e) => {
    if (e.target !== field || out.pending === null) return;
    const start = out.pending;
    out.pending = null;
    requestAnimationFrame(() => {
      void document.body.offsetHeight; // style and layout of the frame
      out.delays.push(performance.now() - start);
    });
  });
}

/** In the page: the keystroke delays so far, and the longest task since typing began. */
function keyResults() {
  const k = window.__keys;
  const tasks = window.__scale.longTasks.filter(([start]) => start >= k.tasksFrom).map(([, d]) => d);
  return { delays: k.delays, longest: Math.max(0, ...tasks) };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? Number.NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) =>
  Number.isFinite(x) ? `${Math.round(x)} ms` : x === Number.POSITIVE_INFINITY ? `over ${CAP_MS / 1000} s` : '–';
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/**
 * A page of its own with the CPU slowed down, its storage holding `items`. The page stores them
 * itself on another address of the site first (in the same renderer, so they are there at once):
 * Playwright's storageState would write them from a script inside the measured page, seconds of
 * work with a 4 MB workbook that the site never does.
 */
export async function openPage(browser, origin, items, shown) {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${origin}/robots.txt`);
  await page.evaluate((entries) => {
    for (const [key, value] of entries) localStorage.setItem(key, value);
  }, Object.entries(items));
  await page.addInitScript(instrument, shown);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
  return { context, page };
}

/** Resolves as `promise` does, or rejects after `ms` (page.evaluate has no timeout of its own). */
function within(promise, ms, what) {
  let timer;
  const late = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what}: not done after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** What a page that did not become interactive within CAP_MS reports. */
const NOT_LOADED = {
  timedOut: true,
  interactive: Number.POSITIVE_INFINITY,
  shown: Number.NaN,
  longest: Number.NaN,
  blocking: Number.NaN,
};

/** Loads one page with the big workbook; measures it and, when it has a field, typing in it. */
async function measurePage(browser, origin, items, spec) {
  const { context, page } = await openPage(browser, origin, items, spec.shown);
  const hash = spec.path.startsWith('/plan/') ? '' : (spec.path.split('#')[1] ?? '');
  const scope = hash ? `#${hash}` : 'body';
  const islands = spec.islands ?? `${scope} astro-island[ssr]`;
  const settled = (quiet) =>
    within(page.evaluate(settle, { quiet, scope, islands, cap: CAP_MS }), CAP_MS + 10_000, 'page');
  try {
    let load;
    try {
      await page.goto(`${origin}${spec.path}`, { waitUntil: 'load', timeout: CAP_MS });
      load = await settled(QUIET_MS);
    } catch {
      return { load: NOT_LOADED };
    }
    if (!spec.type || load.timedOut) return { load: load.timedOut ? NOT_LOADED : load };
    try {
      for (const open of [spec.open ?? []].flat()) await page.locator(open).first().click({ timeout: CAP_MS });
      const field = page.locator(spec.type).first();
      await field.focus({ timeout: CAP_MS });
      await settled(500);
      const selector = await field.evaluate((el) => `#${CSS.escape(el.id)}`);
      await page.evaluate(watchKeys, selector);
      await field.pressSequentially(TYPED, { delay: KEY_GAP_MS, timeout: CAP_MS });
      await page.waitForFunction((n) => window.__keys.delays.length >= n, TYPED.length, { timeout: CAP_MS });
      // Let the debounced save (300 ms after the first change) run, then count the longest task it made.
      await settled(600);
      return { load, keys: await page.evaluate(keyResults) };
    } catch (error) {
      return { load, keys: { delays: [], longest: Number.NaN, failed: String(error.message).split('\n')[0] } };
    }
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** Restores the backup file on My workbook in an empty browser; the time the student waits for it. */
async function measureRestore(browser, origin, w, file) {
  const shown = { selector: '.wb-view h3', contains: `(${w.firstCircle})` };
  const { context, page } = await openPage(browser, origin, {}, null);
  const settled = (quiet) => within(page.evaluate(settle, { quiet, cap: CAP_MS }), CAP_MS + 10_000, 'restore');
  try {
    await page.goto(`${origin}/workbook/`, { waitUntil: 'load' });
    await page.locator('.workbook-page .save-status').filter({ hasText: /\S/ }).waitFor();
    await settled(500);
    await page.evaluate(() => {
      const t = { chose: null, asked: null, confirmed: null };
      window.__restore = t;
      window.addEventListener('change', () => (t.chose ??= performance.now()), true);
      window.addEventListener('click', () => (t.confirmed ??= performance.now()), true);
      const watch = () => {
        if (document.querySelector('.workbook-page .notice button')) t.asked = performance.now();
        else requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    });
    await page.locator('#wb-file').setInputFiles(file, { timeout: CAP_MS });
    await page.waitForFunction(() => window.__restore.asked !== null, null, { timeout: CAP_MS });
    await page.evaluate((check) => window.__scale.watch(check), shown);
    await page.getByRole('button', { name: 'Replace my workbook' }).click({ timeout: CAP_MS });
    const after = await settled(QUIET_MS);
    const t = await page.evaluate(() => window.__restore);
    // The document's length, without the lineage the engine ends each saved text with (src/workbook/lineage.ts).
    const storedChars = await page.evaluate(() => {
      const raw = localStorage.getItem('networking-guide:workbook') ?? '';
      const at = raw.lastIndexOf(',"_lineage":"');
      return at > 0 ? at + 1 : raw.length;
    });
    return {
      total: after.timedOut ? Number.POSITIVE_INFINITY : t.asked - t.chose + (after.shown - t.confirmed),
      preview: t.asked - t.chose,
      replace: after.shown - t.confirmed,
      settled: after.interactive - t.confirmed,
      longest: after.longest,
      stored: storedChars === w.storedChars,
    };
  } catch (error) {
    return { total: Number.POSITIVE_INFINITY, failed: String(error.message).split('\n')[0] };
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** Lighthouse's CPU benchmark index of this machine now, measured in a page without slowdown. */
async function benchmarkIndex(browser) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    return await page.evaluate(`(${pageFunctions.computeBenchmarkIndex})()`);
  } finally {
    await context.close();
  }
}

/**
 * The time the first use of localStorage takes in a new page with the big workbook stored, at the
 * bench's slowdown: the browser reads the site's whole storage into the page then (the head script
 * of every page makes that first use). Measured in robots.txt, a page with no script of its own.
 */
async function firstStorageUse(browser, origin, items) {
  const { context } = await openPage(browser, origin, items, null);
  try {
    // A page of its own: the page that stored the items holds them already.
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
    await page.goto(`${origin}/robots.txt`);
    return await page.evaluate((key) => {
      const start = performance.now();
      if (!(key in localStorage)) return Number.NaN;
      return performance.now() - start;
    }, Object.keys(items)[0]);
  } finally {
    await context.close();
  }
}

/** Runs the whole scale bench; prints the tables and returns what is over budget, in words. */
export async function runScaleBench({
  dist = new URL('dist/', root).pathname,
  runs = 1,
  only = '',
  log = console.log,
  detail = false,
} = {}) {
  const executablePath = await findBrowser({ full: true });
  if (!executablePath) return ['Scale bench: no Chromium found (set CHROMIUM_PATH).'];
  const { module } = await runnerImport(new URL('scripts/scale-workbook.ts', root).pathname);
  const w = module.scaleWorkbook();
  const over = [];
  const server = await serveDist({ root: dist });
  const origin = originOf(server);
  // Playwright's own launch: with scripts/launch-chromium.mjs, closing Chromium 156 ends this process too (SIGTERM).
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const rows = [];
  try {
    const speedBefore = await benchmarkIndex(browser);
    for (const spec of scalePages(w).filter((p) => p.path.includes(only))) {
      const results = [];
      for (let run = 0; run < runs; run++) results.push(await measurePage(browser, origin, w.items, spec));
      const loads = results.map((r) => r.load);
      const timedOut = loads.some((l) => l.timedOut);
      const interactive = median(loads.map((l) => l.interactive));
      const delays = results.flatMap((r) => r.keys?.delays ?? []);
      const row = {
        path:
          spec.path.split('#')[0] +
          (spec.path.includes('#') && !spec.path.startsWith('/plan/') ? `#${spec.path.split('#')[1]}` : ''),
        interactive,
        shown: median(loads.map((l) => l.shown)),
        longest: Math.max(...loads.map((l) => l.longest)),
        blocking: median(loads.map((l) => l.blocking)),
        keyMedian: median(delays),
        keyWorst: delays.length ? Math.max(...delays) : Number.NaN,
        keyTask: Math.max(0, ...results.map((r) => r.keys?.longest ?? 0)),
        keyFailed: results.find((r) => r.keys?.failed)?.keys.failed,
      };
      rows.push(row);
      console.error(
        `scale bench: ${row.path} interactive ${ms(interactive)}, keystrokes ${ms(row.keyMedian)} / ${ms(row.keyWorst)}`,
      );
      // --detail: when each part of "interactive" came, and every long task (start and length, ms).
      if (detail)
        for (const l of loads)
          console.error(
            `  shown ${ms(l.shown)}, hydrated ${ms(l.hydrated)}, load ${ms(l.load)}; long tasks ${(l.tasks ?? []).map(([s, d]) => `${s}+${d}`).join(', ')}`,
          );
      if (row.keyFailed) over.push(`${row.path}: typing could not be measured (${row.keyFailed})`);
      if (timedOut) over.push(`${row.path}: not interactive within ${CAP_MS / 1000} s`);
      else if (interactive > SCALE_BUDGETS.interactiveMs)
        over.push(`${row.path}: interactive after ${ms(interactive)} > ${ms(SCALE_BUDGETS.interactiveMs)}`);
      if (delays.length && row.keyMedian > SCALE_BUDGETS.keyMedianMs)
        over.push(`${row.path}: keystroke median ${ms(row.keyMedian)} > ${ms(SCALE_BUDGETS.keyMedianMs)}`);
      if (delays.length && row.keyWorst > SCALE_BUDGETS.keyWorstMs)
        over.push(`${row.path}: worst keystroke ${ms(row.keyWorst)} > ${ms(SCALE_BUDGETS.keyWorstMs)}`);
    }
    const restores = [];
    const doRestore = only === '' || 'restore'.includes(only);
    const folder = await mkdtemp(join(tmpdir(), 'bench-scale-'));
    const file = join(folder, 'networking-workbook.json');
    await writeFile(file, w.backup);
    for (let run = 0; doRestore && run < runs; run++) restores.push(await measureRestore(browser, origin, w, file));
    await rm(folder, { recursive: true, force: true });
    const restore = restores.sort((a, b) => a.total - b.total)[Math.floor(restores.length / 2)];
    const storageUses = [];
    for (let run = 0; run < Math.max(3, runs); run++) storageUses.push(await firstStorageUse(browser, origin, w.items));
    const speedAfter = await benchmarkIndex(browser);

    log(
      `\nScale: ${w.people} people, ${w.notes} interview notes, ${w.places} places; Chromium, CPU slowed ${SLOWDOWN}×, ` +
        `${PHONE.viewport.width}×${PHONE.viewport.height} screen; ${runs === 1 ? 'one run' : `median of ${runs} runs`} per page.`,
    );
    log(
      '| page | interactive | data shown | longest task | blocking | keystroke median | worst | longest task typing |',
    );
    log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of rows)
      log(
        `| ${r.path} | ${ms(r.interactive)} | ${ms(r.shown)} | ${ms(r.longest)} | ${ms(r.blocking)} | ${ms(r.keyMedian)} | ${ms(r.keyWorst)} | ${Number.isFinite(r.keyMedian) ? ms(r.keyTask) : '–'} |`,
      );
    if (restore?.failed)
      log(
        `Restore of the ${mb(Buffer.byteLength(w.backup))} backup on My workbook: ${ms(restore.total)} (${restore.failed}).`,
      );
    else if (restore)
      log(
        `Restore of the ${mb(Buffer.byteLength(w.backup))} backup on My workbook: ${ms(restore.total)} ` +
          `(file to preview ${ms(restore.preview)}, "Replace my workbook" to data shown ${ms(restore.replace)}; ` +
          `page quiet after ${ms(restore.settled)}, longest task ${ms(restore.longest)})${restore.stored ? '' : ' – NOT stored'}.`,
      );
    log(
      `Stored workbook: ${mb(w.storedBytes)} in the browser (${w.storedChars} characters of JSON; as UTF-8 with the 330-character note on every person ${mb(w.everyNoteBytes)}).`,
    );
    log(
      `First use of localStorage in a new page, which reads all of it into the page before any script goes on: ${ms(median(storageUses))} (median of ${storageUses.length}, at the same slowdown).`,
    );
    log(
      `Lighthouse's CPU benchmark index (no slowdown) before and after: ${speedBefore} and ${speedAfter}; other work on the machine lowers it and slows every figure above.`,
    );
    log(
      `Budgets: interactive ≤ ${ms(SCALE_BUDGETS.interactiveMs)} from navigation; keystroke median ≤ ${ms(SCALE_BUDGETS.keyMedianMs)}, worst ≤ ${ms(SCALE_BUDGETS.keyWorstMs)}; restore ≤ ${ms(SCALE_BUDGETS.restoreMs)}.`,
    );
    if (restore && !restore.failed && !restore.stored) over.push('restore: the restored workbook was not stored');
    if (restore && !(restore.total <= SCALE_BUDGETS.restoreMs))
      over.push(`restore: ${ms(restore.total)} > ${ms(SCALE_BUDGETS.restoreMs)}`);
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
  return over;
}

/** The number of runs asked for with --scale-runs=N, or 1. */
export function scaleRunsFromArgs(argv = process.argv) {
  const arg = argv.find((a) => a.startsWith('--scale-runs='));
  const runs = arg ? Number(arg.slice('--scale-runs='.length)) : 1;
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--scale-runs needs a whole number from 1 up, not "${arg}".`);
  return runs;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length) ?? '';
  const dist = process.argv.find((a) => a.startsWith('--dist='))?.slice('--dist='.length);
  const detail = process.argv.includes('--detail');
  const over = await runScaleBench({ runs: scaleRunsFromArgs(), only, detail, ...(dist ? { dist } : {}) });
  if (over.length) {
    console.error(`\nOver the scale budgets:\n- ${over.join('\n- ')}`);
    process.exit(1);
  }
  console.log('\nEvery page is within the scale budgets.');
}
