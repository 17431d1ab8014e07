// Reads the figures the bench needs from a Lighthouse result, checks them against the thresholds
// and prints them as a Markdown table. Pure functions: no browser, no Lighthouse import.

/** The thresholds of issue 8: scores out of 100 (as Lighthouse's report rounds them) and CLS. */
export const LIGHTHOUSE_THRESHOLDS = { performance: 98, accessibility: 100, bestPractices: 100, seo: 100, cls: 0 };

/** The categories the bench runs, with the name each has in a summary. */
export const CATEGORIES = [
  ['performance', 'performance'],
  ['accessibility', 'accessibility'],
  ['best-practices', 'bestPractices'],
  ['seo', 'seo'],
];

/** A category score as the report shows it: 0–1 times 100, rounded; null when Lighthouse could not score it. */
export function scoreOf(lhr, category) {
  const score = lhr.categories?.[category]?.score;
  return typeof score === 'number' ? Math.round(score * 100) : null;
}

/** CLS as Lighthouse's report shows it: its numeric value rounded to three decimals. */
export function roundCls(value) {
  return Math.round(value * 1000) / 1000;
}

/** The ids of the audits that cost a category points (weight above 0, score below 1). */
export function losingAudits(lhr, category) {
  const refs = lhr.categories?.[category]?.auditRefs ?? [];
  return refs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit && typeof audit.score === 'number' && audit.score < 1)
    .map((audit) => (audit.displayValue ? `${audit.id} (${audit.displayValue})` : audit.id));
}

/** The URLs the page requested from any origin but its own (data: and blob: URLs are not requests). */
export function foreignRequests(lhr) {
  const page = lhr.finalDisplayedUrl ?? lhr.requestedUrl;
  if (!page) return [];
  const own = new URL(page).origin;
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  return items
    .map((item) => item.url)
    .filter((url) => typeof url === 'string' && /^https?:/.test(url) && new URL(url).origin !== own);
}

/** The figures of one run: scores, CLS, LCP and TBT in ms, total bytes, rendered contacts, what lost points and requests to other origins. */
export function summarize(lhr) {
  const numeric = (id) => lhr.audits[id]?.numericValue;
  const summary = {
    benchmarkIndex: lhr.environment?.benchmarkIndex,
    foreign: foreignRequests(lhr),
    cls: numeric('cumulative-layout-shift'),
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    bytes: numeric('total-byte-weight'),
    contacts: numeric('rendered-contacts'),
    runtimeError: lhr.runtimeError?.message,
    losing: {},
  };
  for (const [category, key] of CATEGORIES) {
    summary[key] = scoreOf(lhr, category);
    summary.losing[key] = losingAudits(lhr, category);
  }
  return summary;
}

/**
 * One summary for several runs of a page: the figures of the median run (`medianIndex`, chosen by
 * Lighthouse's computeMedianRun), but the worst accessibility, best-practices and SEO scores, the
 * worst CLS and the fewest contacts shown of any run, with the range of performance scores.
 */
export function combineRuns(summaries, medianIndex) {
  const median = summaries[medianIndex];
  if (!median) throw new Error(`combineRuns: no run ${medianIndex} among ${summaries.length}.`);
  const performance = summaries.map((s) => s.performance ?? 0);
  const numbers = (key) => summaries.map((s) => s[key]).filter((v) => typeof v === 'number');
  const cls = numbers('cls');
  const contacts = numbers('contacts');
  const failed = summaries.find((s) => s.runtimeError);
  const worst = { losing: { ...median.losing } };
  for (const key of ['accessibility', 'bestPractices', 'seo']) {
    const run = [...summaries].sort((a, b) => (a[key] ?? -1) - (b[key] ?? -1))[0] ?? median;
    worst[key] = run[key];
    worst.losing[key] = run.losing?.[key] ?? [];
  }
  return {
    ...median,
    ...worst,
    foreign: [...new Set(summaries.flatMap((s) => s.foreign ?? []))],
    cls: cls.length === summaries.length ? Math.max(...cls) : undefined,
    contacts: contacts.length ? Math.min(...contacts) : median.contacts,
    runtimeError: failed?.runtimeError,
    runs: summaries.length,
    performanceRange: [Math.min(...performance), Math.max(...performance)],
    benchmarkRange: numbers('benchmarkIndex').length
      ? [Math.min(...numbers('benchmarkIndex')), Math.max(...numbers('benchmarkIndex'))]
      : undefined,
  };
}

/** What in a summary misses a threshold, in words; `contacts` is how many seeded contacts must show (0: none seeded). */
export function failuresOf(page, summary, { contacts = 0, thresholds = LIGHTHOUSE_THRESHOLDS } = {}) {
  const out = [];
  if (summary.runtimeError) out.push(`${page}: Lighthouse could not run: ${summary.runtimeError}`);
  const checks = [
    ['performance', 'performance', thresholds.performance],
    ['accessibility', 'accessibility', thresholds.accessibility],
    ['best practices', 'bestPractices', thresholds.bestPractices],
    ['SEO', 'seo', thresholds.seo],
  ];
  for (const [label, key, min] of checks) {
    const score = summary[key];
    if (score === null || score === undefined || score < min) {
      const lost = summary.losing[key]?.length ? ` (${summary.losing[key].join(', ')})` : '';
      out.push(`${page}: Lighthouse ${label} ${score ?? 'not scored'} < ${min}${lost}`);
    }
  }
  if (typeof summary.cls !== 'number' || roundCls(summary.cls) > thresholds.cls)
    out.push(`${page}: Lighthouse CLS ${summary.cls ?? 'not measured'} > ${thresholds.cls}`);
  if (summary.foreign?.length) out.push(`${page}: requests to other origins: ${summary.foreign.join(', ')}`);
  if (contacts > 0 && !(summary.contacts >= contacts))
    out.push(`${page}: only ${summary.contacts ?? 0} of the ${contacts} seeded contacts were on the page`);
  return out;
}

/** How Lighthouse ran, in words: version, browser, form factor, screen and throttling. */
export function settingsLine(lhr, browser = '') {
  const s = lhr.configSettings ?? {};
  const t = s.throttling ?? {};
  const screen = s.screenEmulation
    ? `${s.screenEmulation.width}×${s.screenEmulation.height} screen`
    : 'no screen emulation';
  const network =
    s.throttlingMethod === 'simulate'
      ? `simulated throttling (${t.rttMs} ms RTT, ${(t.throughputKbps / 1024).toFixed(1)} Mbit/s, ${t.cpuSlowdownMultiplier}× CPU slowdown)`
      : `${s.throttlingMethod} throttling`;
  return `Lighthouse ${lhr.lighthouseVersion}${browser ? ` in ${browser.replace('/', ' ')}` : ''}, ${s.formFactor}, ${screen}, ${network}`;
}

const ms = (value) => (typeof value === 'number' ? `${Math.round(value)} ms` : '–');
const kb = (value) => (typeof value === 'number' ? `${(value / 1024).toFixed(1)} KB` : '–');
const range = (s) =>
  s.performanceRange && s.performanceRange[0] !== s.performanceRange[1]
    ? ` (${s.performanceRange[0]}–${s.performanceRange[1]})`
    : '';
const num = (value) => (value === null || value === undefined ? '–' : String(value));

/** A Markdown table with one row per [page, summary]. */
export function lighthouseTable(rows) {
  const lines = [
    '| page | performance | accessibility | best practices | SEO | CLS | LCP | TBT | total bytes | contacts shown |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const [page, s] of rows) {
    const cls = typeof s.cls === 'number' ? roundCls(s.cls).toFixed(3) : '–';
    lines.push(
      `| ${page} | ${num(s.performance)}${range(s)} | ${num(s.accessibility)} | ${num(s.bestPractices)} | ${num(s.seo)} | ${cls} | ${ms(s.lcp)} | ${ms(s.tbt)} | ${kb(s.bytes)} | ${num(s.contacts)} |`,
    );
  }
  return lines.join('\n');
}
