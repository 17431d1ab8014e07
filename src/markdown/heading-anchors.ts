import type { Element, ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';
import { LINK_ICON_PATH } from './link-icon';

const el = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/**
 * Markdown plugin: after every h2 and h3 it adds one control, a link icon to the section itself.
 * It is a real link (it works without JavaScript); the page script makes a click copy the
 * section's address and say "Link copied" (src/scripts/copy-link.ts).
 */
export const headingAnchors = defineHastPlugin({
  name: 'heading-anchors',
  element: {
    filter: ['h2', 'h3'],
    visit(node, ctx) {
      const id = node.properties?.id;
      if (typeof id !== 'string' || !id) return;
      const title = ctx.textContent(node).trim();
      // The whole link stays out of search excerpts: its screen-reader text is not content.
      const link = el('a', { className: ['heading-link'], href: `#${id}`, dataCopyLink: id, dataPagefindIgnore: '' }, [
        el('svg', { ariaHidden: 'true', viewBox: '0 0 24 24' }, [el('path', { d: LINK_ICON_PATH })]),
        el('span', { className: ['sr-only'] }, [{ type: 'text', value: `Link to this section: ${title}` }]),
      ]);
      ctx.wrapNode(node, el('div', { className: ['heading-row', `level-${node.tagName}`] }, [link]));
    },
  },
});
