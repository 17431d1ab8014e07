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

/** True for a code as plan links write them: two characters. */
const isCode = (code: unknown) => typeof code === 'string' && code.length === 2;

/** The catalog as text for the page: JSON with "<" and "&" escaped, so HTML reads it as plain text. */
export function catalogText(rows: CatalogRows): string {
  return JSON.stringify({ pages: rows.pages, retired: rows.retired }).replace(/</g, '\\u003c').replace(/&/g, '\\u0026');
}

/** Reads the catalog from its text; undefined when the text is not a catalog (damaged or empty). */
export function parseCatalog(text: string): PageCatalog | undefined {
  try {
    const rows: CatalogRows = JSON.parse(text);
    const targets = targetsFromRows(rows.pages);
    const gone = new Set(rows.retired);
    // Rows of another shape give targets without a title or address: not a catalog either.
    if (!targets.size || ![...targets.values()].every((t) => t.title && t.href)) return undefined;
    if (!Array.isArray(rows.retired) || ![...gone].every(isCode)) return undefined;
    return {
      targetOf: (code) => targets.get(code),
      isKnown: (code) => targets.has(code),
      isRetired: (code) => gone.has(code),
    };
  } catch {
    return undefined;
  }
}

/** The catalog written into the page, or undefined when it is missing or cannot be read. */
export function readPageCatalog(doc: Document): PageCatalog | undefined {
  const element = doc.getElementById(CATALOG_ELEMENT_ID);
  const text = element instanceof HTMLTemplateElement ? element.content.textContent : element?.textContent;
  return text ? parseCatalog(text) : undefined;
}
