// CPU profile of one page with the scale bench's big workbook (5,000 people, 500 interview notes,
// 2,000 places; scripts/bench-scale.mjs), in Chromium with the CPU slowed down 4 times: where the
// time goes before the page is interactive. Prints the functions with the most self time and total
// time, the time per source file, and the main thread's long tasks with what ran most in each.
// Proportions hold on a busy machine even when the times do not.
//
//   PROFILE_BUILD=1 npx astro build --outDir /tmp/dist-profile   # readable code with source maps
//   npx node scripts/profile-scale.mjs --dist=/tmp/dist-profile --page=goals [--top=25] [--restore]
//
// --page picks the first scale page whose address contains the text; --restore profiles restoring
// the backup file on My workbook instead (from choosing the file to the data shown).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { runnerImport } from 'vite';
import { openPage, scalePages, settle } from './bench-scale.mjs';
import { findBrowser } from './browser-path.mjs';
import { originOf, serveDist } from './serve-dist.mjs';

const root = new URL('../', import.meta.url);
const arg = (name, fallback) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const dist = arg('dist', new URL('dist/', root).pathname);
const only = arg('page', 'goals');
const top = Number(arg('top', '25'));
const restore = process.argv.includes('--restore');
/** --empty opens the page with nothing stored: what the page costs without the big workbook. */
const empty = process.argv.includes('--empty');
/** --trace also records a Chromium trace (slower) for the main thread's non-script work: layout, style, parsing. */
const tracing = process.argv.includes('--trace');
/** --task-ms=N: with --trace, list the tasks of N ms or more (50 unless told). */
const TASK_US = Number(arg('task-ms', '50')) * 1000;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes a source map's mappings: per generated line, segments [column, source, line, column, name?]. */
function decodeMappings(mappings) {
  const lines = [];
  const state = [0, 0, 0, 0, 0];
  for (const line of mappings.split(';')) {
    const segments = [];
    state[0] = 0;
    for (const part of line.split(',')) {
      if (!part) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const ch of part) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      for (let i = 0; i < fields.length; i++) state[i] += fields[i];
      segments.push(state.slice(0, fields.length));
    }
    lines.push(segments);
  }
  return lines;
}

const maps = new Map();
/** The original place of a position in a built file ("src/workbook/engine.ts:120"), or the file's own name. */
async function originalOf(url, line, column) {
  const file = new URL(url).pathname;
  if (!file.endsWith('.js')) return `${file}:${line + 1}`;
  if (!maps.has(file)) {
    maps.set(
      file,
      await readFile(join(dist, `${file}.map`), 'utf8')
        .then((text) => {
          const map = JSON.parse(text);
          return { sources: map.sources, lines: decodeMappings(map.mappings) };
        })
        .catch(() => null),
    );
  }
  const map = maps.get(file);
  const segments = map?.lines[line];
  if (!segments?.length) return `${file.split('/').pop()}:${line + 1}`;
  let best = segments[0];
  for (const s of segments) if (s[0] <= column) best = s;
  if (best.length < 4) return `${file.split('/').pop()}:${line + 1}`;
  const source = map.sources[best[1]].replace(/^.*node_modules\//, '~').replace(/^[./]*(?:.*?\/)?(src\/)/, '$1');
  return `${source}:${best[2] + 1}`;
}

/** A readable name for a profile node's function: its name and original place. */
async function nameOf(frame) {
  const fn = frame.functionName || '(anonymous)';
  if (!frame.url) return fn;
  if (!frame.url.startsWith('http')) return `${fn} ${frame.url}`;
  return `${fn} ${await originalOf(frame.url, frame.lineNumber, frame.columnNumber)}`;
}

/** Self and total time per function (recursion counted once), and self time per source file. */
async function summarise(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    self.set(id, (self.get(id) ?? 0) + dt);
  });
  const names = new Map();
  for (const n of profile.nodes) names.set(n.id, await nameOf(n.callFrame));
  const bySelf = new Map();
  const byTotal = new Map();
  const byFile = new Map();
  for (const [id, ms] of self) {
    const name = names.get(id);
    bySelf.set(name, (bySelf.get(name) ?? 0) + ms);
    const file = name.split(' ')[1]?.replace(/:\d+$/, '') ?? name;
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const n = names.get(at);
      if (seen.has(n)) continue;
      seen.add(n);
      byTotal.set(n, (byTotal.get(n) ?? 0) + ms);
    }
  }
  const all = [...self.values()].reduce((a, b) => a + b, 0);
  const idle = bySelf.get('(idle) ') ?? bySelf.get('(idle)') ?? 0;
  return { bySelf, byTotal, byFile, all, idle, names, self, parent, nodes };
}

/**
 * Self time per trace event name on the page's main thread (script, style, layout, HTML parsing,
 * garbage collection...): what the JavaScript profile alone calls "(program)". Also each task of
 * 50 ms or more, with its start (ms after navigation) and the self time by event name inside it.
 */
function traceSelfTimes(trace) {
  const events = JSON.parse(trace.toString()).traceEvents;
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((x) => x.pid === e.pid && x.tid === e.tid && x.name === 'ParseHTML'),
  );
  if (!main) return { self: new Map(), tasks: [] };
  const mine = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const navigation = events.find((e) => e.name === 'navigationStart' && e.pid === main.pid)?.ts ?? mine[0]?.ts ?? 0;
  const self = new Map();
  const tasks = [];
  let task = null;
  const stack = [];
  const close = (e) => {
    self.set(e.name, (self.get(e.name) ?? 0) + e.own / 1000);
    if (e.task) e.task.self.set(e.name, (e.task.self.get(e.name) ?? 0) + e.own / 1000);
  };
  for (const e of mine) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) close(stack.pop());
    if (!stack.length) {
      task = e.dur >= TASK_US ? { start: (e.ts - navigation) / 1000, dur: e.dur / 1000, self: new Map() } : null;
      if (task) tasks.push(task);
    }
    const item = { name: e.name, ts: e.ts, dur: e.dur, own: e.dur, task };
    if (stack.length) stack.at(-1).own -= Math.min(e.dur, stack.at(-1).ts + stack.at(-1).dur - e.ts);
    stack.push(item);
  }
  while (stack.length) close(stack.pop());
  return { self, tasks };
}

/** The profile's samples grouped into runs of work (a long task), with the function most often on top in each. */
function longRuns(profile, s) {
  const runs = [];
  let t = profile.startTime / 1000;
  let run = null;
  profile.samples.forEach((id, i) => {
    t += (profile.timeDeltas[i] ?? 0) / 1000;
    const name = s.names.get(id);
    const idle = name.startsWith('(idle)') || name.startsWith('(program)');
    if (idle) {
      if (run && t - run.end > 2) {
        runs.push(run);
        run = null;
      }
      return;
    }
    if (!run) run = { start: t, end: t, tops: new Map() };
    run.end = t;
    // The outermost function of the site's own code in this sample's stack says what the work is.
    const chain = [];
    for (let at = id; at !== undefined; at = s.parent.get(at)) chain.push(s.names.get(at));
    const own = chain.filter((n) => /\bsrc\//.test(n));
    const key = own.length ? own.slice(-3).reverse().join(' > ') : name;
    run.tops.set(key, (run.tops.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  if (run) runs.push(run);
  return runs.filter((r) => r.end - r.start >= 50);
}

const fmt = (x) => `${x.toFixed(0).padStart(6)} ms`;
function printTop(title, map, total) {
  console.log(`\n${title}`);
  const rows = [...map].filter(([n]) => !/^\((idle|program|root)\)/.test(n)).sort((a, b) => b[1] - a[1]);
  for (const [name, ms] of rows.slice(0, top))
    console.log(`${fmt(ms)} ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${name}`);
}

const executablePath = await findBrowser({ full: true });
const { module } = await runnerImport(new URL('scripts/scale-workbook.ts', root).pathname);
const w = module.scaleWorkbook();
const server = await serveDist({ root: dist });
const origin = originOf(server);
const browser = await chromium.launch({ executablePath, args: ['--no-first-run', '--disable-background-networking'] });
try {
  const spec = scalePages(w).find((p) => p.path.includes(only));
  if (!restore && !spec) throw new Error(`No scale page's address contains "${only}".`);
  const bare = restore || empty;
  const { context, page } = await openPage(browser, origin, bare ? {} : w.items, bare ? null : spec.shown);
  const cdp = await context.newCDPSession(page);
  // --rate=1 profiles without the slowdown (to tell the slowdown's own cost from the page's).
  const rate = Number(arg('rate', '4'));
  if (rate !== 4) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  const categories = ['devtools.timeline', 'v8', 'blink', 'disabled-by-default-devtools.timeline'];
  let result;
  if (restore) {
    const file = join(await import('node:os').then((os) => os.tmpdir()), 'profile-scale-backup.json');
    await import('node:fs/promises').then((fs) => fs.writeFile(file, w.backup));
    await page.goto(`${origin}/workbook/`, { waitUntil: 'load' });
    await page.evaluate(settle, { quiet: 500, cap: 60_000 });
    if (tracing) await browser.startTracing(page, { categories });
    else await cdp.send('Profiler.start');
    const t0 = Date.now();
    await page.locator('#wb-file').setInputFiles(file);
    await page.getByRole('button', { name: 'Replace my workbook' }).click({ timeout: 60_000 });
    await page
      .locator('.wb-view h3', { hasText: `(${w.firstCircle})` })
      .first()
      .waitFor({ timeout: 60_000 });
    result = { restoreWallMs: Date.now() - t0 };
  } else {
    if (tracing) await browser.startTracing(page, { categories });
    else await cdp.send('Profiler.start');
    await page.goto(`${origin}${spec.path}`, { waitUntil: 'load' });
    const hash = spec.path.startsWith('/plan/') ? '' : (spec.path.split('#')[1] ?? '');
    const scope = hash ? `#${hash}` : 'body';
    result = await page.evaluate(settle, {
      quiet: 1500,
      scope,
      islands: spec.islands ?? `${scope} astro-island[ssr]`,
      cap: 60_000,
    });
  }
  // With --trace, no JavaScript profile: the sampling profiler would slow what the trace measures.
  const { profile } = tracing
    ? { profile: { nodes: [], samples: [], timeDeltas: [], startTime: 0 } }
    : await cdp.send('Profiler.stop');
  const trace = tracing ? await browser.stopTracing() : null;
  await context.close();
  const s = await summarise(profile);
  console.log(`Page: ${restore ? 'restore on /workbook/' : spec.path}${empty ? ', nothing stored' : ''}`);
  console.log(
    restore
      ? `Restore (wall clock, Playwright's view): ${result.restoreWallMs} ms`
      : `Interactive ${result.interactive.toFixed(0)} ms, data shown ${result.shown.toFixed(0)} ms, longest task ${result.longest.toFixed(0)} ms, blocking ${result.blocking.toFixed(0)} ms`,
  );
  console.log(`Profiled ${s.all.toFixed(0)} ms, of which busy ${(s.all - s.idle).toFixed(0)} ms.`);
  for (const special of ['(program)', '(garbage collector)', '(idle)'])
    console.log(`${special}: ${(s.bySelf.get(special) ?? 0).toFixed(0)} ms`);
  if (trace) {
    const { self: traced, tasks } = traceSelfTimes(trace);
    const tracedAll = [...traced.values()].reduce((a, b) => a + b, 0);
    printTop('Main thread, self time by trace event (all work, not only scripts):', traced, tracedAll);
    console.log(
      `\nTasks of ${TASK_US / 1000} ms or more (trace time, from navigation), and the events with the most self time in each:`,
    );
    for (const t of tasks) {
      const best = [...t.self].sort((a, b) => b[1] - a[1]).slice(0, 5);
      console.log(
        `${fmt(t.dur)} at ${t.start.toFixed(0)} ms: ${best.map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(', ')}`,
      );
    }
  }
  printTop('Self time, by function:', s.bySelf, s.all - s.idle);
  printTop('Total time (the function and what it called), by function:', s.byTotal, s.all - s.idle);
  printTop('Self time, by source file:', s.byFile, s.all - s.idle);
  console.log('\nRuns of work of 50 ms or more (profile time), and the site code that ran most in each:');
  for (const r of longRuns(profile, s)) {
    const best = [...r.tops].sort((a, b) => b[1] - a[1]).slice(0, 4);
    console.log(`${fmt(r.end - r.start)} at ${(r.start - profile.startTime / 1000).toFixed(0)} ms`);
    for (const [name, ms] of best) console.log(`    ${fmt(ms)}  ${name}`);
  }
} finally {
  await browser.close();
  await new Promise((done) => server.close(done));
}
