import type { APIRoute } from 'astro';
import { APPLE_TOUCH_ICON } from '../pwa/app-icons';
import { iconResponse } from '../pwa/icon-response';

/** The 180 × 180 home-screen icon for iPhone and iPad, in the brand colour. */
export const GET: APIRoute = () => iconResponse(APPLE_TOUCH_ICON);
