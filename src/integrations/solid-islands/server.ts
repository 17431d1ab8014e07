// The server side of Solid islands: renders each island to HTML at build time, with the hydration
// keys that client.ts follows. Unlike @astrojs/solid-js/server.js, it renders synchronously and
// without a Suspense boundary (no island here waits for data), so the client needs no Suspense
// either (0.9 KB less in the Solid code every island page loads).
import { type Component, createComponent, type JSX } from 'solid-js';
import { generateHydrationScript, NoHydration, renderToString, ssr } from 'solid-js/web';

type Props = Record<string, unknown>;

/** The number of islands rendered so far in each page, for their render ids ("s0", "s1", …). */
const counts = new WeakMap<object, number>();

/** The next render id of the page being built. */
function nextRenderId(result: object): string {
  const n = counts.get(result) ?? 0;
  counts.set(result, n + 1);
  return `s${n}`;
}

/** Slot names as props: "my-slot" becomes "mySlot". */
const propName = (slot: string) => slot.trim().replace(/[-_]([a-z])/g, (_, c: string) => c.toUpperCase());

/** Renders one component to HTML; hydrated islands get a render id that the client uses. */
async function renderToStaticMarkup(
  this: { result: object },
  component: Component<Props>,
  props: Props,
  { default: children, ...slotted }: Record<string, string | undefined>,
  metadata?: { hydrate?: unknown; astroStaticSlot?: boolean },
) {
  const hydrates = Boolean(metadata?.hydrate);
  const renderId = hydrates ? nextRenderId(this.result) : '';
  const slotTag = metadata?.astroStaticSlot && !hydrates ? 'astro-static-slot' : 'astro-slot';
  const render = () => {
    const allProps: Props = { ...props };
    for (const [name, html] of Object.entries(slotted))
      allProps[propName(name)] = ssr(`<${slotTag} name="${propName(name)}">${html}</${slotTag}>`);
    allProps.children = children == null ? children : ssr(`<${slotTag}>${children}</${slotTag}>`);
    const element = () => createComponent(component, allProps);
    return (
      hydrates
        ? element()
        : createComponent(NoHydration, {
            get children() {
              return element();
            },
          })
    ) as JSX.Element;
  };
  return { attrs: { 'data-solid-render-id': renderId }, html: renderToString(render, { renderId }) };
}

/** True when `component` renders as a Solid component. */
async function check(this: { result: object }, component: unknown, props: Props, children: Record<string, string>) {
  if (typeof component !== 'function') return false;
  const source = component.toString();
  if (component.name === 'QwikComponent' || source.includes('$$payload') || source.includes('$$renderer')) return false;
  try {
    renderToString(() => createComponent(component as Component<Props>, { ...props, children }));
    return true;
  } catch {
    return false;
  }
}

/** The renderer Astro calls (see lightSolidIslands() in index.ts). */
export default {
  name: '@astrojs/solid',
  check,
  renderToStaticMarkup,
  supportsAstroStaticSlot: true,
  renderHydrationScript: () => generateHydrationScript(),
};
