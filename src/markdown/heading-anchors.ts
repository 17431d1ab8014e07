import type { Element, ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';

const el = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/**
 * Markdown plugin: after every h2 and h3 it adds a link to the section itself and a
 * "Copy link" button (shown by the page script once JavaScript runs).
 */
export const headingAnchors = defineHastPlugin({
  name: 'heading-anchors',
  element: {
    filter: ['h2', 'h3'],
    visit(node, ctx) {
      const id = node.properties?.id;
      if (typeof id !== 'string' || !id) return;
      const title = ctx.textContent(node).trim();
      // The whole link stays out of search excerpts: its "#" and its screen-reader text are not content.
      const anchor = el('a', { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: '' }, [
        el('span', { ariaHidden: 'true' }, [{ type: 'text', value: '#' }]),
        el('span', { className: ['sr-only'] }, [{ type: 'text', value: `Link to this section: ${title}` }]),
      ]);
      const copy = el(
        'button',
        { type: 'button', className: ['copy-link'], dataCopyLink: id, dataPagefindIgnore: '' },
        [
          { type: 'text', value: 'Copy link' },
          el('span', { className: ['sr-only'] }, [{ type: 'text', value: ` to ${title}` }]),
        ],
      );
      ctx.wrapNode(node, el('div', { className: ['heading-row', `level-${node.tagName}`] }, [anchor, copy]));
    },
  },
});
