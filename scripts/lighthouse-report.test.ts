import { describe, expect, it } from 'vitest';
import {
  combineRuns,
  failuresOf,
  lighthouseTable,
  losingAudits,
  roundCls,
  scoreOf,
  settingsLine,
  summarize,
} from './lighthouse-report.mjs';

type Scores = { performance?: number | null; accessibility?: number; 'best-practices'?: number; seo?: number };

/** The parts of a Lighthouse result (lhr) the bench reads. */
function fakeLhr(
  scores: Scores = {},
  numbers: Record<string, number> = {},
  failing: Record<string, number> = {},
  requests: string[] = ['http://127.0.0.1:4000/steps/follow-up/', 'http://127.0.0.1:4000/_astro/web.js'],
) {
  type FakeAudit = {
    id: string;
    score: number | null;
    numericValue?: number;
    displayValue?: string;
    details?: unknown;
  };
  const audits: Record<string, FakeAudit> = {
    'cumulative-layout-shift': { id: 'cumulative-layout-shift', score: 1, numericValue: 0 },
    'largest-contentful-paint': { id: 'largest-contentful-paint', score: 1, numericValue: 1012.4 },
    'total-blocking-time': { id: 'total-blocking-time', score: 1, numericValue: 20 },
    'total-byte-weight': { id: 'total-byte-weight', score: 1, numericValue: 50_380 },
    'color-contrast': { id: 'color-contrast', score: 1 },
    'meta-description': { id: 'meta-description', score: 1 },
    'errors-in-console': { id: 'errors-in-console', score: 1 },
    'diagnostic-only': { id: 'diagnostic-only', score: 0 },
  };
  audits['network-requests'] = {
    id: 'network-requests',
    score: null,
    details: { items: requests.map((url) => ({ url })) },
  };
  for (const [id, value] of Object.entries(numbers)) audits[id] = { id, score: 1, numericValue: value };
  for (const [id, score] of Object.entries(failing)) audits[id] = { ...audits[id], id, score };
  const category = (score: number | null | undefined, ids: string[]) => ({
    score: score === undefined ? 1 : score,
    auditRefs: [...ids.map((id) => ({ id, weight: 1 })), { id: 'diagnostic-only', weight: 0 }],
  });
  return {
    lighthouseVersion: '12.2.3',
    finalDisplayedUrl: 'http://127.0.0.1:4000/steps/follow-up/#contact-tracker',
    configSettings: {
      formFactor: 'mobile',
      throttlingMethod: 'simulate',
      throttling: { rttMs: 150, throughputKbps: 1638.4, cpuSlowdownMultiplier: 4 },
      screenEmulation: { width: 412, height: 823 },
    },
    categories: {
      performance: category(scores.performance, [
        'largest-contentful-paint',
        'total-blocking-time',
        'cumulative-layout-shift',
      ]),
      accessibility: category(scores.accessibility, ['color-contrast']),
      'best-practices': category(scores['best-practices'], ['errors-in-console']),
      seo: category(scores.seo, ['meta-description']),
    },
    audits,
  };
}

describe('scoreOf and roundCls', () => {
  it('shows scores out of 100 as the report does, and null when Lighthouse could not score', () => {
    expect(scoreOf(fakeLhr({ performance: 0.975 }), 'performance')).toBe(98);
    expect(scoreOf(fakeLhr({ performance: 0.974 }), 'performance')).toBe(97);
    expect(scoreOf(fakeLhr({ performance: null }), 'performance')).toBeNull();
  });

  it('rounds CLS to three decimals', () => {
    expect(roundCls(0.00049)).toBe(0);
    expect(roundCls(0.0005)).toBe(0.001);
    expect(roundCls(0.4221855)).toBe(0.422);
  });
});

describe('losingAudits', () => {
  it('lists the weighted audits that scored below 1, not diagnostics without weight', () => {
    const lhr = fakeLhr({ accessibility: 0.93 }, {}, { 'color-contrast': 0 });
    expect(losingAudits(lhr, 'accessibility')).toEqual(['color-contrast']);
    expect(losingAudits(lhr, 'seo')).toEqual([]);
  });
});

describe('summarize', () => {
  it('reads scores, CLS, LCP, TBT, bytes and the rendered-contacts count', () => {
    const s = summarize(fakeLhr({ performance: 0.99 }, { 'rendered-contacts': 50, 'cumulative-layout-shift': 0.02 }));
    expect(s).toMatchObject({
      performance: 99,
      accessibility: 100,
      bestPractices: 100,
      seo: 100,
      cls: 0.02,
      lcp: 1012.4,
      tbt: 20,
      bytes: 50_380,
      contacts: 50,
    });
  });
});

describe('failuresOf', () => {
  const passing = summarize(fakeLhr({ performance: 0.98 }, { 'rendered-contacts': 50 }));

  it('passes a page that meets every threshold', () => {
    expect(failuresOf('/', passing, { contacts: 50 })).toEqual([]);
  });

  it('fails performance under 98 and names what lost points', () => {
    const s = summarize(fakeLhr({ performance: 0.97 }, {}, { 'total-blocking-time': 0.8 }));
    expect(failuresOf('/', s)).toEqual(['/: Lighthouse performance 97 < 98 (total-blocking-time)']);
  });

  it('fails accessibility, best practices or SEO under 100', () => {
    const s = summarize(
      fakeLhr({ accessibility: 0.99, 'best-practices': 0.96, seo: 0.92 }, {}, { 'meta-description': 0 }),
    );
    const failures = failuresOf('/x/', s);
    expect(failures).toHaveLength(3);
    expect(failures[0]).toContain('accessibility 99 < 100');
    expect(failures[1]).toContain('best practices 96 < 100');
    expect(failures[2]).toBe('/x/: Lighthouse SEO 92 < 100 (meta-description)');
  });

  it('fails any CLS that shows as more than 0.000, and passes one that rounds to it', () => {
    const shifted = summarize(fakeLhr({}, { 'cumulative-layout-shift': 0.0005 }));
    expect(failuresOf('/', shifted)).toEqual(['/: Lighthouse CLS 0.0005 > 0']);
    const tiny = summarize(fakeLhr({}, { 'cumulative-layout-shift': 0.0004 }));
    expect(failuresOf('/', tiny)).toEqual([]);
  });

  it('fails a seeded page that did not show every contact, or showed none', () => {
    const few = summarize(fakeLhr({}, { 'rendered-contacts': 2 }));
    expect(failuresOf('/workbook/', few, { contacts: 50 })).toEqual([
      '/workbook/: only 2 of the 50 seeded contacts were on the page',
    ]);
    const unmeasured = summarize(fakeLhr());
    expect(failuresOf('/workbook/', unmeasured, { contacts: 50 })).toHaveLength(1);
  });

  it('fails a page that asked any other origin for something, and names the request', () => {
    const s = summarize(
      fakeLhr({}, {}, {}, [
        'http://127.0.0.1:4000/',
        'data:image/svg+xml,<svg/>',
        'https://fonts.example.com/font.woff2',
        'http://127.0.0.1:9999/other-port.js',
      ]),
    );
    expect(failuresOf('/', s)).toEqual([
      '/: requests to other origins: https://fonts.example.com/font.woff2, http://127.0.0.1:9999/other-port.js',
    ]);
    expect(failuresOf('/', summarize(fakeLhr()))).toEqual([]);
  });

  it('fails a page Lighthouse could not score', () => {
    const s = summarize({ ...fakeLhr({ performance: null }), runtimeError: { message: 'NO_FCP' } });
    expect(failuresOf('/', s)).toEqual([
      '/: Lighthouse could not run: NO_FCP',
      '/: Lighthouse performance not scored < 98',
    ]);
  });
});

describe('combineRuns', () => {
  const run = (performance: number, extra: Record<string, number> = {}, scores: Scores = {}) =>
    summarize(fakeLhr({ performance, ...scores }, extra));

  it('takes the figures of the given median run and the range of all performance scores', () => {
    const c = combineRuns(
      [
        run(0.91, { 'total-blocking-time': 400 }),
        run(1, { 'total-blocking-time': 0 }),
        run(0.99, { 'total-blocking-time': 60 }),
      ],
      2,
    );
    expect(c.performance).toBe(99);
    expect(c.tbt).toBe(60);
    expect(c.performanceRange).toEqual([91, 100]);
    expect(c.runs).toBe(3);
  });

  it('keeps the worst CLS, the fewest contacts and the worst of the other scores of any run', () => {
    const c = combineRuns(
      [
        run(1, { 'cumulative-layout-shift': 0, 'rendered-contacts': 50 }),
        run(1, { 'cumulative-layout-shift': 0.42, 'rendered-contacts': 50 }, { accessibility: 0.9 }),
        run(1, { 'cumulative-layout-shift': 0, 'rendered-contacts': 12 }),
      ],
      0,
    );
    expect(c.cls).toBe(0.42);
    expect(c.contacts).toBe(12);
    expect(c.accessibility).toBe(90);
    expect(failuresOf('/', c, { contacts: 50 })).toHaveLength(3);
  });

  it('refuses a median run that is not in the list', () => {
    expect(() => combineRuns([], 0)).toThrow();
    expect(() => combineRuns([run(1)], 1)).toThrow();
  });

  it('keeps the lowest and highest CPU benchmark index of the runs', () => {
    const lhr = (index: number) => ({ ...fakeLhr(), environment: { benchmarkIndex: index } });
    expect(combineRuns([lhr(1500), lhr(720), lhr(2055)].map(summarize), 0).benchmarkRange).toEqual([720, 2055]);
  });
});

describe('lighthouseTable and settingsLine', () => {
  it('prints one Markdown row per page with rounded figures', () => {
    const table = lighthouseTable([['/workbook/', combineRuns([run50(0.99), run50(0.97), run50(1)], 0)]]);
    expect(table.split('\n')).toEqual([
      '| page | performance | accessibility | best practices | SEO | CLS | LCP | TBT | total bytes | contacts shown |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '| /workbook/ | 99 (97–100) | 100 | 100 | 100 | 0.000 | 1012 ms | 20 ms | 49.2 KB | 50 |',
    ]);
  });

  it('says how Lighthouse ran', () => {
    expect(settingsLine(fakeLhr(), 'Chrome/156.0.8078.108')).toBe(
      'Lighthouse 12.2.3 in Chrome 156.0.8078.108, mobile, 412×823 screen, simulated throttling (150 ms RTT, 1.6 Mbit/s, 4× CPU slowdown)',
    );
  });
});

function run50(performance: number) {
  return summarize(fakeLhr({ performance }, { 'rendered-contacts': 50 }));
}
