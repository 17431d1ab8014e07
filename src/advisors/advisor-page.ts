// What the advisor page lists, worked out from the link manifest and the configuration at build time.
import type { PlanTemplateData } from '../config/institution.types';
import { shareUrl } from '../scripts/share-address';

/** The fields of a link manifest target this page reads. */
export interface ManifestTarget {
  code: string;
  kind: string;
  href: string;
  title: string;
  page: string;
  step?: number;
  worksheet?: string;
}

/**
 * The rows of the list: every target, less the headings that only introduce a worksheet
 * (#worksheet-<id>, "Thank-you note") where the worksheet has its own row ("Your thank-you note").
 * Their links keep working; the list just does not show the same thing twice.
 */
export function advisorRows<T extends ManifestTarget>(targets: readonly T[]): T[] {
  const worksheets = new Set(
    targets.filter((t) => t.kind === 'worksheet').map((t) => `${t.page}#worksheet-${t.worksheet}`),
  );
  return targets.filter((t) => !(t.kind === 'section' && worksheets.has(t.href)));
}

/** One entry of the printed sheet of QR codes. */
export interface QrSheetItem {
  kind: 'page' | 'worksheet';
  /** "Step 1: Identify your networks" or "Step 1 worksheet: Your network map". */
  name: string;
  href: string;
  /** The absolute address the code opens. */
  url: string;
}

/** The seven steps, each followed by its worksheets, with the address each QR code opens. */
export function qrSheet(targets: readonly ManifestTarget[], siteUrl: string): QrSheetItem[] {
  return targets
    .filter((t) => t.kind === 'page' && t.step !== undefined)
    .sort((a, b) => (a.step ?? 0) - (b.step ?? 0))
    .flatMap((step) => [
      {
        kind: 'page' as const,
        name: `Step ${step.step}: ${step.title}`,
        href: step.href,
        url: shareUrl(siteUrl, step.href),
      },
      ...targets
        .filter((t) => t.kind === 'worksheet' && t.page === step.page)
        .map((w) => ({
          kind: 'worksheet' as const,
          name: `Step ${step.step} worksheet: ${w.title}`,
          href: w.href,
          url: shareUrl(siteUrl, w.href),
        })),
    ]);
}

/** A plan template as the plan link maker receives it: its items as plan codes. */
export interface PlanTemplate {
  name: string;
  note: string;
  codes: string[];
}

/** The configured templates with their addresses turned into codes (the build checked that each one exists). */
export function planTemplates(
  templates: readonly PlanTemplateData[],
  targets: readonly ManifestTarget[],
): PlanTemplate[] {
  const codeOf = new Map(targets.map((t) => [t.href, t.code]));
  return templates.map((t) => ({
    name: t.name,
    note: t.note ?? '',
    codes: t.items.map((href) => codeOf.get(href)).filter((c): c is string => c !== undefined),
  }));
}
