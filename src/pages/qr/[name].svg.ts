import type { APIRoute } from 'astro';
import { hasOwnQr } from '../../advisors/handout-qr';
import { qrFileName, qrSvgFile } from '../../advisors/qr-file';
import { config } from '../../config';
import { shareUrl } from '../../scripts/share-address';
import { worksheetPath } from '../../worksheets/addresses';
import { WORKSHEET_IDS } from '../../worksheets/registry';

/**
 * The QR code files of the worksheets that share a page (/qr/qr-steps-make-contact-outreach.svg):
 * each one prints only when its worksheet prints alone, so pages load it lazily (print loads it)
 * instead of carrying it in their HTML.
 */
export function getStaticPaths() {
  return WORKSHEET_IDS.filter(hasOwnQr).map((id) => {
    const url = shareUrl(config.siteUrl, worksheetPath(id));
    return { params: { name: qrFileName(url) }, props: { url } };
  });
}

/** The QR code of one worksheet's address, as an SVG file. */
export const GET: APIRoute = ({ props }) =>
  new Response(qrSvgFile(String(props.url)), { headers: { 'Content-Type': 'image/svg+xml' } });
