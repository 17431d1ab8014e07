// Checks one page's weights against budgets.json: the budgets every page must meet, and the
// accepted exceptions (a page known to be over, with a ceiling it must not grow past).

/**
 * @typedef {{ html: number, css: number, js: number, before: number, runtime: number,
 *   islands: { name: string, own: number }[], worksheet: boolean }} Weight
 */
/** @typedef {{ what: string, value: number, limit: number, ceiling?: number }} Finding */

/**
 * Each measure of a page as [name, key in an exception, value, budget]: HTML, CSS, the JavaScript
 * before any worksheet is in view, the shared runtime and each island's own code (pages with
 * islands), all the page's JavaScript (pages with a budget in `jsInAll`) and the total of what
 * loads up front (HTML, CSS and the JavaScript before any worksheet is in view).
 */
function measures(path, w, budgets) {
  const out = [
    ['HTML', 'html', w.html, budgets.html],
    ['CSS', 'css', w.css, budgets.css],
    ['JS before any worksheet is in view', 'before', w.before, budgets.jsBeforeWorksheet],
  ];
  if (w.worksheet) {
    out.push(['shared runtime (Solid and the workbook)', 'runtime', w.runtime, budgets.sharedRuntime]);
    for (const island of w.islands)
      out.push([`${island.name}'s own code`, `island:${island.name}`, island.own, budgets.islandOwn]);
  }
  const inAll = budgets.jsInAll?.[path];
  if (typeof inAll === 'number') out.push(['JS in all', 'js', w.js, inAll]);
  out.push(['total up front', 'total', w.html + w.css + w.before, budgets.total]);
  return out;
}

/**
 * Compares a page with the budgets. Returns `over` (findings that fail the bench: over budget with
 * no exception, or over an exception's ceiling) and `accepted` (over budget, within an exception).
 * @param {string} path @param {Weight} w @param {Record<string, any>} budgets
 * @returns {{ over: Finding[], accepted: Finding[] }}
 */
export function checkPage(path, w, budgets) {
  const exception = budgets.exceptions?.[path] ?? {};
  const over = [];
  const accepted = [];
  for (const [what, key, value, limit] of measures(path, w, budgets)) {
    if (value <= limit) continue;
    const ceiling = exception[key];
    if (typeof ceiling !== 'number') over.push({ what, value, limit });
    else if (value <= ceiling) accepted.push({ what, value, limit, ceiling });
    else over.push({ what, value, limit, ceiling });
  }
  return { over, accepted };
}

/**
 * Exceptions that name a page that is not built, or excuse a measure that is now within its
 * budget (or that the page no longer has), so that budgets.json never keeps an excuse the site no
 * longer needs.
 * @param {Record<string, any>} budgets @param {Map<string, Weight>} weights
 * @returns {string[]}
 */
export function staleExceptions(budgets, weights) {
  const out = [];
  for (const [path, exception] of Object.entries(budgets.exceptions ?? {})) {
    if (path.startsWith('$')) continue;
    const w = weights.get(path);
    if (!w) {
      out.push(`${path}: an exception for a page that is not built`);
      continue;
    }
    const found = measures(path, w, budgets);
    for (const key of Object.keys(exception)) {
      const measure = found.find((m) => m[1] === key);
      if (!measure) out.push(`${path}: an exception for ${key}, which this page does not have`);
      else if (measure[2] <= measure[3]) out.push(`${path}: ${measure[0]} is within budget now: remove its exception`);
    }
  }
  return out;
}
