// npm run bench: builds the site, then prints what each page ships against the budgets in
// budgets.json, the build time, the Lighthouse scores of four pages, the figures with 5,000 people,
// the workbook figures and the lengths of shared and moved links for the sample workbooks.
// Exits non-zero when a page is over budget or below a Lighthouse threshold.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { checkPage, staleExceptions } from './budgets.mjs';
import { builtPages, weighPage } from './page-weight.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = `${root}dist/`;
const budgets = JSON.parse(readFileSync(`${root}budgets.json`, 'utf8'));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const started = performance.now();
if (!process.argv.includes('--no-build')) execSync('npm run build', { cwd: root, stdio: 'ignore' });
const buildSeconds = (performance.now() - started) / 1000;

const pages = builtPages(dist);
if (pages.length === 0) {
  console.error('No built pages in dist/: run the build first.');
  process.exit(1);
}
const rows = [];
const over = [];
const accepted = [];
const weights = new Map();
for (const [path, file] of pages) {
  const w = weighPage(dist, file);
  weights.set(path, w);
  const result = checkPage(path, w, budgets);
  for (const f of result.over)
    over.push(
      f.ceiling === undefined
        ? `${path}: ${f.what} ${kb(f.value)} > ${kb(f.limit)}`
        : `${path}: ${f.what} ${kb(f.value)} > ${kb(f.ceiling)}, the ceiling accepted for this page (budget ${kb(f.limit)})`,
    );
  for (const f of result.accepted)
    accepted.push(`${path}: ${f.what} ${kb(f.value)}, budget ${kb(f.limit)}, accepted up to ${kb(f.ceiling)}`);
  const mark = result.accepted.length ? ' *' : '';
  const islands = w.islands.map((i) => `${i.name} ${kb(i.own)}`).join(', ');
  rows.push(
    `| ${path}${mark} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.before)} | ${w.worksheet ? kb(w.runtime) : '–'} | ${islands || '–'} | ${kb(w.js)} | ${kb(w.html + w.css + w.before)} | ${w.requests} |`,
  );
}
over.push(...staleExceptions(budgets, weights));

console.log(
  "| page | HTML | CSS | JS before a worksheet | shared runtime | each island's own code | JS in all | total up front | requests |",
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
console.log(
  `\nBudgets (gzip): HTML ${kb(budgets.html)}, CSS ${kb(budgets.css)}, JS before any worksheet is in view ${kb(budgets.jsBeforeWorksheet)}, shared runtime ${kb(budgets.sharedRuntime)}, each island's own code ${kb(budgets.islandOwn)}, JS in all ${Object.entries(
    budgets.jsInAll ?? {},
  )
    .filter(([path]) => !path.startsWith('$'))
    .map(([path, limit]) => `${kb(limit)} on ${path}`)
    .join(', ')}, total up front ${kb(budgets.total)}.`,
);
if (accepted.length) {
  console.log(`\n* Over budget, within an accepted ceiling (budgets.json "exceptions"):\n- ${accepted.join('\n- ')}`);
  console.log(`Why: ${budgets.exceptions.$comment}`);
}
if (!process.argv.includes('--no-build')) {
  console.log(
    `Build time (Astro, search index, service worker): ${buildSeconds.toFixed(1)} s (budget ${budgets.buildSeconds} s)`,
  );
  if (buildSeconds > budgets.buildSeconds) over.push(`build: ${buildSeconds.toFixed(1)} s > ${budgets.buildSeconds} s`);
}

// Lighthouse on four pages (scripts/lighthouse.mjs); --no-lighthouse skips it, --lighthouse-runs=N sets the runs.
if (!process.argv.includes('--no-lighthouse')) {
  const { runLighthouse, runsFromArgs } = await import('./lighthouse.mjs');
  over.push(...(await runLighthouse({ dist, runs: runsFromArgs() })));
}

// 5,000 people at a 4x slower CPU (scripts/bench-scale.mjs); --no-scale skips it.
if (!process.argv.includes('--no-scale')) over.push(...(await (await import('./bench-scale.mjs')).runScaleBench()));

const { module } = await runnerImport(`${root}src/workbook/measure.ts`);
const m = module.measureWorkbook(500);
console.log(
  `Workbook with ${m.contacts} contacts: ${kb(m.bytes)} stored (limit 1 MB), save ${m.saveMs.toFixed(2)} ms (limit 16 ms), full validation on load ${m.loadMs.toFixed(2)} ms.`,
);
if (m.bytes >= 1024 * 1024) over.push(`workbook: ${kb(m.bytes)} is not under 1 MB`);
if (m.saveMs >= 16) over.push(`workbook: a save takes ${m.saveMs.toFixed(2)} ms, not under 16 ms`);

// Link sizes of the sample workbooks (src/share/measure-links.ts), on the address the site is built for.
const origin = new URL(
  /<loc>([^<]+)<\/loc>/.exec(readFileSync(`${dist}sitemap-0.xml`, 'utf8'))?.[1] ?? 'https://example.org/',
).origin;
const { module: links } = await runnerImport(`${root}src/share/measure-links.ts`);
console.log(`\nLink sizes of the sample workbooks, on ${origin} (characters; a QR code up to 1,000):`);
console.log('| link | characters | at most | QR code |');
console.log('| --- | --- | --- | --- |');
for (const f of await links.measureLinks(origin)) {
  const limit = f.limit === null ? '–' : f.limit.toLocaleString('en-US');
  console.log(`| ${f.what} | ${f.length.toLocaleString('en-US')} | ${limit} | ${f.qr ? 'yes' : 'no'} |`);
  if (f.limit !== null && f.length > f.limit) over.push(`link: ${f.what}: ${f.length} characters > ${f.limit}`);
}

if (over.length) {
  console.error(`\nOver budget:\n- ${over.join('\n- ')}`);
  process.exit(1);
}
console.log(
  accepted.length
    ? '\nEvery page is within budget or within its accepted ceiling (* above).'
    : '\nAll pages are within budget.',
);
