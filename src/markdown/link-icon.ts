/** The link icon of headings and worksheet titles (two links of a chain) in a 24 by 24 box; global.css draws its strokes. */
export const LINK_ICON_PATH =
  'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1';
