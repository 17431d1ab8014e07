import type { APIRoute, GetStaticPaths } from 'astro';
import { type AppIcon, MANIFEST_ICONS } from '../../pwa/app-icons';
import { iconResponse } from '../../pwa/icon-response';

/** One route per manifest icon: /icons/icon-192.png, /icons/icon-512.png, /icons/maskable-512.png. */
export const getStaticPaths = (() =>
  MANIFEST_ICONS.map((icon) => ({
    params: { icon: icon.path.replace(/^\/icons\/|\.png$/g, '') },
    props: { icon },
  }))) satisfies GetStaticPaths;

/** The icon drawn in the brand colour. */
export const GET: APIRoute<{ icon: AppIcon }> = ({ props }) => iconResponse(props.icon);
