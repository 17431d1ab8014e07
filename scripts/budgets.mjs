// Checks one page's weights against budgets.json: the budgets every page must meet, tighter budgets
// of their own for some pages ("pages"), and the accepted exceptions (a page known to be over, with
// a ceiling it must not grow past).

/** @typedef {{ html: number, css: number, js: number, worksheet: boolean }} Weight */
/** @typedef {{ what: string, value: number, limit: number, ceiling?: number }} Finding */

/**
 * Each measure of a page as [name, key in an exception, value, budget]: the page's own budget for
 * the measure when budgets.json "pages" gives one, else the budget every page has.
 */
function measures(w, budgets, path) {
  const own = (path && budgets.pages?.[path]) || {};
  const limit = (key, general) => (typeof own[key] === 'number' ? own[key] : general);
  return [
    ['HTML', 'html', w.html, limit('html', budgets.html)],
    ['CSS', 'css', w.css, limit('css', budgets.css)],
    ['JS', 'js', w.js, limit('js', w.worksheet ? budgets.jsWithWorksheet : budgets.jsWithoutWorksheet)],
    ['total', 'total', w.html + w.css + w.js, limit('total', budgets.total)],
  ];
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
  for (const [what, key, value, limit] of measures(w, budgets, path)) {
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
 * budget, so that budgets.json never keeps an excuse the site no longer needs.
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
    for (const [what, key, value, limit] of measures(w, budgets, path))
      if (key in exception && value <= limit) out.push(`${path}: ${what} is within budget now: remove its exception`);
  }
  for (const path of Object.keys(budgets.pages ?? {}))
    if (!path.startsWith('$') && !weights.has(path)) out.push(`${path}: a budget for a page that is not built`);
  return out;
}
