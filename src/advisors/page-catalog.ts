// The plan catalog written into the plan page's HTML (a <template> of JSON, by PlanCatalog.astro),
// read by the plan page's island instead of bundling the catalog into its code.
import { type CatalogRows, type PlanTarget, targetsFromRows } from './catalog-rows';

/** The id of the <template> that carries the plan catalog on the plan page. */
export const CATALOG_ELEMENT_ID = 'plan-catalog';

/** What the plan page needs of the catalog: each code's target, and which codes were retired. */
export interface PageCatalog {
  targetOf: (code: string) => PlanTarget | undefined;
  isKnown: (code: string) => boolean;
  isRetired: (code: string) => boolean;
}

/** True for an array of strings. */
const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((x) => typeof x === 'string');

/** True for one page of the catalog: [path, title, rows], each row an array of strings. */
const isPage = (value: unknown): value is CatalogRows['pages'][number] =>
  Array.isArray(value) &&
  value.length === 3 &&
  typeof value[0] === 'string' &&
  typeof value[1] === 'string' &&
  Array.isArray(value[2]) &&
  value[2].every(isStrings);

/** The catalog as text for the page: JSON with "<" and "&" escaped, so HTML reads it as plain text. */
export function catalogText(rows: CatalogRows): string {
  return JSON.stringify({ pages: rows.pages, retired: rows.retired }).replace(/</g, '\\u003c').replace(/&/g, '\\u0026');
}

/** Reads the catalog from its text; undefined when the text is not a catalog (damaged or empty). */
export function parseCatalog(text: string): PageCatalog | undefined {
  let rows: Partial<CatalogRows>;
  try {
    rows = JSON.parse(text);
  } catch {
    return undefined;
  }
  const { pages, retired } = rows ?? {};
  if (!Array.isArray(pages) || pages.length === 0 || !pages.every(isPage) || !isStrings(retired)) return undefined;
  const targets = targetsFromRows(pages);
  const gone = new Set(retired);
  return {
    targetOf: (code) => targets.get(code),
    isKnown: (code) => targets.has(code),
    isRetired: (code) => gone.has(code),
  };
}

/** The catalog written into the page, or undefined when it is missing or cannot be read. */
export function readPageCatalog(doc: Document): PageCatalog | undefined {
  const element = doc.getElementById(CATALOG_ELEMENT_ID);
  const text = element instanceof HTMLTemplateElement ? element.content.textContent : element?.textContent;
  return text ? parseCatalog(text) : undefined;
}
