// npm run bench: builds the site, then prints what each page ships against the budgets in
// budgets.json, the build time, the Lighthouse scores of four pages and the workbook figures.
// Exits non-zero when a page is over budget or below a Lighthouse threshold.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { builtPages, weighPage } from './page-weight.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
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
for (const [path, file] of pages) {
  const w = weighPage(dist, file);
  const jsBudget = w.worksheet ? budgets.jsWithWorksheet : budgets.jsWithoutWorksheet;
  const total = w.html + w.css + w.js;
  const checks = [
    ['HTML', w.html, budgets.html],
    ['CSS', w.css, budgets.css],
    ['JS', w.js, jsBudget],
    ['total', total, budgets.total],
  ];
  for (const [what, value, limit] of checks)
    if (value > limit) over.push(`${path}: ${what} ${kb(value)} > ${kb(limit)}`);
  rows.push(
    `| ${path} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)}${w.worksheet ? ' (worksheet)' : ''} | ${kb(total)} | ${w.requests} |`,
  );
}

console.log('| page | HTML | CSS | JS | total | requests |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
console.log(
  `\nBudgets (gzip): HTML ${kb(budgets.html)}, CSS ${kb(budgets.css)}, JS ${kb(budgets.jsWithoutWorksheet)} without a worksheet and ${kb(budgets.jsWithWorksheet)} with, total ${kb(budgets.total)}.`,
);
if (!process.argv.includes('--no-build'))
  console.log(`Build time (Astro and search index): ${buildSeconds.toFixed(1)} s`);

// Lighthouse on four pages (src/build/lighthouse.mjs); --no-lighthouse skips it, --lighthouse-runs=N sets the runs.
if (!process.argv.includes('--no-lighthouse')) {
  const { runLighthouse, runsFromArgs } = await import('./lighthouse.mjs');
  over.push(...(await runLighthouse({ dist, runs: runsFromArgs() })));
}

const { module } = await runnerImport(`${root}src/workbook/measure.ts`);
const m = module.measureWorkbook(500);
console.log(
  `Workbook with ${m.contacts} contacts: ${kb(m.bytes)} stored (limit 1 MB), save ${m.saveMs.toFixed(2)} ms (limit 16 ms), full validation on load ${m.loadMs.toFixed(2)} ms.`,
);
if (m.bytes >= 1024 * 1024) over.push(`workbook: ${kb(m.bytes)} is not under 1 MB`);
if (m.saveMs >= 16) over.push(`workbook: a save takes ${m.saveMs.toFixed(2)} ms, not under 16 ms`);

if (over.length) {
  console.error(`\nOver budget:\n- ${over.join('\n- ')}`);
  process.exit(1);
}
console.log('\nAll pages are within budget.');
