import type { NavLink } from './navigation';

/** Pages built from code rather than content, listed after the guide in the sidebar. */
export const TOOL_PAGES: NavLink[] = [
  { href: '/workbook/', label: 'My workbook' },
  { href: '/advisors/', label: 'For advisors' },
];
