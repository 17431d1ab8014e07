// Lighthouse in mobile mode (its default phone, network and CPU throttling) on four pages of the
// built site, served with compression by serve-dist.mjs, checked against the thresholds of issue 8.
// Part of `npm run bench`; `npx node scripts/lighthouse.mjs` runs it alone on an existing dist/.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';
import { runnerImport } from 'vite';
import { findBrowser } from './browser-path.mjs';
import { launchChromium } from './launch-chromium.mjs';
import { configWithContactCount, RENDERED_CONTACTS_AUDIT } from './lighthouse-rendered-contacts.mjs';
import { CATEGORIES, combineRuns, failuresOf, lighthouseTable, settingsLine, summarize } from './lighthouse-report.mjs';
import { originOf, serveDist } from './serve-dist.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));

/** How many contacts the workbook holds on the pages measured with one. */
export const SEEDED_CONTACTS = 50;

/**
 * The pages measured. The tracker sits far down its page and starts when scrolled into view, so it
 * is opened at its own anchor (as advisors' worksheet links do): that is when its 50 cards render.
 */
export const LIGHTHOUSE_PAGES = [
  { path: '/', seeded: false },
  { path: '/steps/identify-your-networks/', seeded: false },
  { path: '/steps/follow-up/#contact-tracker', seeded: true },
  { path: '/workbook/', seeded: true },
];

/** Today's date in this machine's time zone, as YYYY-MM-DD (the seeded follow-up dates centre on it). */
function localToday() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Empties the site's storage and HTTP cache in the browser, then stores `items` in its localStorage. */
async function resetStorage(port, origin, items) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = await context.newPage();
    await page.goto(`${origin}/robots.txt`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
    await page.evaluate((entries) => {
      for (const [key, value] of entries) window.localStorage.setItem(key, value);
    }, Object.entries(items));
    await cdp.send('Network.clearBrowserCache');
    await page.close();
  } finally {
    await browser.close();
  }
}

/** A file name for a page's reports: "/steps/follow-up/#x" → "steps-follow-up". */
const slugOf = (path) =>
  path
    .split('#')[0]
    .replace(/^\/|\/$/g, '')
    .replace(/\//g, '-') || 'home';

/** The index of the median run, as Lighthouse picks it (closest to the median FCP and TTI); 0 when none has both. */
function medianIndexOf(lhrs) {
  const valid = filterToValidRuns(lhrs);
  return valid.length ? lhrs.indexOf(computeMedianRun(valid)) : 0;
}

/** Runs Lighthouse on one page; returns its result (lhr) and HTML report. */
async function audit(port, url, seeded) {
  const onlyCategories = CATEGORIES.map(([id]) => id);
  if (seeded) onlyCategories.push(RENDERED_CONTACTS_AUDIT);
  const flags = { port, output: 'html', logLevel: 'error', onlyCategories, disableStorageReset: seeded };
  const result = await lighthouse(url, flags, seeded ? configWithContactCount(SEEDED_CONTACTS) : undefined);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}.`);
  return { lhr: result.lhr, html: String(result.report) };
}

/** How many times each page is measured unless told otherwise: Lighthouse's variability guide advises the median of 5. */
export const DEFAULT_RUNS = 5;

/**
 * Serves dist/, runs Lighthouse `runs` times on each of LIGHTHOUSE_PAGES, prints a table and where
 * the reports are, and returns what misses a threshold, in words (an empty list when all pass).
 */
export async function runLighthouse({ dist = join(root, 'dist'), runs = DEFAULT_RUNS, log = console.log } = {}) {
  const executablePath = await findBrowser({ full: true });
  if (!executablePath) return ['Lighthouse: no Chromium found (set CHROMIUM_PATH).'];
  const { module } = await runnerImport(`${root}scripts/lighthouse-workbook.ts`);
  const seed = module.seededWorkbookItems(SEEDED_CONTACTS, localToday());
  const reportDir = join(tmpdir(), 'networking-guide-lighthouse');
  await rm(reportDir, { recursive: true, force: true });
  await mkdir(reportDir, { recursive: true });

  // Brotli at its best, as a host that compresses the built files ahead of time.
  const server = await serveDist({ root: dist, brotliQuality: 11 });
  const origin = originOf(server);
  const browser = await launchChromium(executablePath);
  const rows = [];
  const failures = [];
  let settings = '';
  try {
    for (const { path, seeded } of LIGHTHOUSE_PAGES) {
      const lhrs = [];
      for (let run = 1; run <= runs; run++) {
        if (seeded) await resetStorage(browser.port, origin, seed);
        const { lhr, html } = await audit(browser.port, `${origin}${path}`, seeded);
        lhrs.push(lhr);
        settings ||= settingsLine(lhr, browser.version);
        const name = join(reportDir, `${slugOf(path)}-${run}`);
        await writeFile(`${name}.html`, html);
        const shot = lhr.audits['final-screenshot']?.details?.data;
        if (typeof shot === 'string') await writeFile(`${name}.jpg`, Buffer.from(shot.split(',')[1] ?? '', 'base64'));
      }
      const summary = combineRuns(lhrs.map(summarize), medianIndexOf(lhrs));
      rows.push([path, summary]);
      failures.push(...failuresOf(path, summary, { contacts: seeded ? SEEDED_CONTACTS : 0 }));
    }
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }

  const benchmarks = rows.flatMap(([, s]) => s.benchmarkRange ?? []);
  log(`\n${settings}; the site served with brotli. Median of ${runs} run${runs === 1 ? '' : 's'} per page:`);
  log(lighthouseTable(rows));
  log(
    `Figures of the median run (Lighthouse's computeMedianRun), with the range of performance scores of all runs in ` +
      `brackets; accessibility, best practices, SEO and CLS are the worst of all runs. Thresholds: performance ≥ 98, ` +
      `the other three 100, CLS 0 (Lighthouse's value rounded to 3 decimals, as its report shows it). The tracker and ` +
      `My workbook hold ${SEEDED_CONTACTS} saved contacts; "contacts shown" counts them in the page at the end of the load.`,
  );
  if (benchmarks.length)
    log(
      `Lighthouse's CPU benchmark index: ${Math.round(Math.min(...benchmarks))}–${Math.round(Math.max(...benchmarks))} ` +
        '(other work on the machine lowers it and adds blocking time to the figures).',
    );
  log(`Reports and screenshots: ${reportDir}`);
  return failures;
}

/** The number of runs asked for with --lighthouse-runs=N on the command line, or DEFAULT_RUNS. */
export function runsFromArgs(argv = process.argv) {
  const arg = argv.find((a) => a.startsWith('--lighthouse-runs='));
  const runs = arg ? Number(arg.slice('--lighthouse-runs='.length)) : DEFAULT_RUNS;
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--lighthouse-runs needs a whole number from 1 up, not "${arg}".`);
  return runs;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const failures = await runLighthouse({ runs: runsFromArgs() });
  if (failures.length) {
    console.error(`\nBelow the Lighthouse thresholds:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
}
