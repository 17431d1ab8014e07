import type { APIRoute } from 'astro';
import { handoutPath, hasOwnQr } from '../../advisors/handout-qr';
import { qrFileName, qrSvgFile } from '../../advisors/qr-file';
import { config } from '../../config';
import { shareUrl } from '../../scripts/share-address';
import { WORKSHEET_PAGES, worksheetPath } from '../../worksheets/addresses';
import { WORKSHEET_IDS } from '../../worksheets/registry';

/**
 * The QR code files that pages print but never show: the handout footer of each step page
 * (/qr/qr-steps-repeat-dashboard.svg, PrintFooter.astro) and each worksheet that shares a page
 * (/qr/qr-steps-make-contact-outreach.svg, printed when it prints alone). Pages load them lazily
 * (print loads them) instead of carrying them in their HTML.
 */
export function getStaticPaths() {
  const handouts = [...new Set(Object.values(WORKSHEET_PAGES))].map((page) => handoutPath(page));
  const ownCodes = WORKSHEET_IDS.filter(hasOwnQr).map((id) => worksheetPath(id));
  return [...new Set([...handouts, ...ownCodes])].map((path) => {
    const url = shareUrl(config.siteUrl, path);
    return { params: { name: qrFileName(url) }, props: { url } };
  });
}

/** The QR code of one address, as an SVG file. */
export const GET: APIRoute = ({ props }) =>
  new Response(qrSvgFile(String(props.url)), { headers: { 'Content-Type': 'image/svg+xml' } });
