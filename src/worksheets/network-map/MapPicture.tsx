import { createMemo, createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import type { CircleGroup } from './circles';
import { clusterLabel, initials, layoutMap, shortName } from './map-layout';
import { contacted, dotName, mapSummary, ratedHigh } from './map-summary';

/** Props of the drawn map. */
export interface MapPictureProps {
  groups: CircleGroup[];
  /** Opens the editor of the person whose dot was chosen. */
  onOpen: (id: string) => void;
}

/**
 * The network map as a picture (inline SVG, loaded on demand by the NetworkMap island): the
 * student in the middle, each circle a cluster, each person a dot that opens their editor. Drawn
 * in the CSS pixels of its box, so text keeps its size at any width; the list stays the full version.
 */
export default function MapPicture(props: MapPictureProps) {
  let box: HTMLDivElement | undefined;
  const [size, setSize] = createSignal({ w: 0, h: 0 });
  onMount(() => {
    const measure = () => box && setSize({ w: Math.round(box.clientWidth), h: Math.round(box.clientHeight) });
    measure();
    const watch = new ResizeObserver(measure);
    if (box) watch.observe(box);
    onCleanup(() => watch.disconnect());
  });
  const layout = createMemo(() =>
    layoutMap(
      size().w,
      size().h,
      props.groups.map((g) => ({ id: g.id, name: g.name, count: g.people.length })),
    ),
  );
  const summary = createMemo(() => mapSummary(props.groups));
  const r = () => (layout().mode === 'names' ? 8 : 12);
  /** A diamond for people rated high, a circle for the others. */
  const shape = (x: number, y: number, high: boolean) =>
    high ? (
      <path d={`M${x} ${y - r() - 2}l${r() + 2} ${r() + 2}l${-r() - 2} ${r() + 2}l${-r() - 2} ${-r() - 2}z`} />
    ) : (
      <circle cx={x} cy={y} r={r()} />
    );

  return (
    <div class="nm-map-draw" ref={box}>
      <Show when={size().w > 0}>
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG root cannot be a fieldset; it groups the picture and the dots. */}
        <svg
          class="nm-map-svg"
          width={size().w}
          height={size().h}
          viewBox={`0 0 ${size().w} ${size().h}`}
          role="group"
          aria-label="Your network map as a picture"
        >
          {/* biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: this <g> holds only shapes and text (the dots are outside it): one picture with its summary. */}
          <g role="img" aria-label={summary()}>
            <For each={layout().clusters}>
              {(c) => <line class="nm-spoke" x1={layout().you.x} y1={layout().you.y} x2={c.label.x} y2={c.label.y} />}
            </For>
            <For each={layout().clusters}>
              {(c, i) => {
                const group = () => props.groups[i()];
                const label = () => clusterLabel(group()?.name ?? '', size().w);
                const counts = () => layout().mode === 'counts';
                return (
                  <g class="nm-cluster">
                    <rect
                      x={c.label.x - label().w / 2}
                      y={c.label.y - (counts() ? 20 : 10)}
                      width={label().w}
                      height={counts() ? 40 : 20}
                      rx="10"
                    />
                    <text x={c.label.x} y={c.label.y + (counts() ? -4 : 4)} text-anchor="middle">
                      {label().text}
                    </text>
                    <Show when={counts()}>
                      <text class="nm-count" x={c.label.x} y={c.label.y + 13} text-anchor="middle">
                        {group()?.people.length ?? 0} · {group()?.people.filter(ratedHigh).length ?? 0} high ·{' '}
                        {group()?.people.filter(contacted).length ?? 0} met
                      </text>
                    </Show>
                  </g>
                );
              }}
            </For>
            <circle class="nm-you" cx={layout().you.x} cy={layout().you.y} r="22" />
            <text class="nm-you-text" x={layout().you.x} y={layout().you.y + 5} text-anchor="middle">
              You
            </text>
          </g>
          <For each={layout().clusters}>
            {(c, i) => (
              <For each={c.dots}>
                {(p, k) => {
                  const person = () => props.groups[i()]?.people[k()];
                  return (
                    <Show when={person()}>
                      {(who) => (
                        // In a <g>, so that Solid makes the link an SVG one (a lone <a> would be HTML).
                        <g>
                          <a
                            href={`#nm-p-${who().id}`}
                            class="nm-dot"
                            classList={{ 'nm-high': ratedHigh(who()), 'nm-contacted': contacted(who()) }}
                            aria-label={dotName(who())}
                            onClick={(e) => {
                              e.preventDefault();
                              props.onOpen(who().id);
                            }}
                          >
                            <title>{who().name}</title>
                            <rect
                              class="nm-hit"
                              x={p.x - layout().cell.w / 2}
                              y={p.y - layout().cell.h / 2}
                              width={layout().cell.w}
                              height={layout().cell.h}
                            />
                            {shape(p.x, layout().mode === 'names' ? p.y - 7 : p.y, ratedHigh(who()))}
                            <text
                              class={layout().mode === 'names' ? 'nm-name' : 'nm-initials'}
                              x={p.x}
                              y={layout().mode === 'names' ? p.y + 15 : p.y + 4}
                              text-anchor="middle"
                            >
                              {layout().mode === 'names' ? shortName(who().name) : initials(who().name)}
                            </text>
                          </a>
                        </g>
                      )}
                    </Show>
                  );
                }}
              </For>
            )}
          </For>
        </svg>
      </Show>
    </div>
  );
}
