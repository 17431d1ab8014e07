import { createMemo, For, Show } from 'solid-js';
import { announce } from '../../scripts/announce';
import { updateWorkbook } from '../../workbook/client';
import { groupBy, indexById } from '../../workbook/lookups';
import type { Contact } from '../../workbook/model';
import { countOf } from '../../workbook/plural';
import { changesOnDemand } from '../shared/changes-on-demand';
import { LoadProblem } from '../shared/on-demand';
import { createPager, ShowMore } from '../shared/ShowMore';
import { useWorkbookData } from '../shared/use-workbook';
import { WorkbookStatus } from '../shared/WorkbookStatus';
import { PlaceItem } from './PlaceItem';
import {
  countToTry,
  KIND_LABELS,
  PLACE_KINDS,
  type PlaceAnswers,
  type PlaceOptions,
  type PlaceView,
  placesOfKind,
  sameView,
  updatePlace,
} from './places';

const NO_ONE: Contact[] = [];

/**
 * Step 2 worksheet: places to meet people, which to try, when, and the people met there. The form
 * that adds a place of the student's own is an island of its own below (PlacesAdd.tsx).
 */
export default function PlacesToMeet(props: PlaceOptions) {
  // Plain data, looked up through maps: the places by id, the people met at each place.
  const doc = useWorkbookData();
  const options = (): PlaceOptions => props;
  const places = createMemo(() => doc().places);
  const contacts = createMemo(() => doc().contacts);
  const metAt = createMemo(() => groupBy(contacts(), (c) => c.sourcePlaceId));
  const peopleMetAt = (placeId: string) => metAt().get(placeId) ?? NO_ONE;

  const toTry = createMemo(() => countToTry(places()));
  const metCount = createMemo(() => contacts().length - (metAt().get('')?.length ?? 0));

  // What changes the workbook (place-actions.tsx) is fetched when the student first reaches the
  // worksheet's fields or buttons, or at the first change; a change made before it arrives is made then.
  const {
    now: actions,
    use: act,
    prefetch,
    failed,
  } = changesOnDemand(() => import('./place-actions').then((m) => m.createPlaceActions({ options, peopleMetAt })));

  /** Saves answers about a place at once (ticking one opens its date and notes); a tick is said with the count. */
  const change = (place: PlaceView, answers: PlaceAnswers) => {
    updateWorkbook((d) => updatePlace(d, options(), place.id, answers));
    if (!('tryIt' in answers)) return;
    const n = toTry();
    announce(`${place.name} ${answers.tryIt ? 'marked' : 'unmarked'}. ${countOf(n, 'place', 'places')} to try.`);
  };

  return (
    <div class="places-to-meet" onFocusIn={prefetch}>
      <WorkbookStatus />
      <Show when={failed()}>
        <LoadProblem what="changes to your places" />
      </Show>
      <p class="totals">
        <Show
          when={toTry()}
          fallback={
            <>
              <span class="no-print">No places chosen yet. </span>Tick the ones you want to try.
            </>
          }
        >
          {`You plan to try ${countOf(toTry(), 'place', 'places')}.`}
        </Show>
        <Show when={metCount()}>{` ${countOf(metCount(), 'person', 'people')} met at these places so far.`}</Show>
      </p>

      <For each={PLACE_KINDS}>
        {(kind) => {
          const ofKind = createMemo(() => placesOfKind(places(), props, kind));
          const ids = createMemo(() => ofKind().map((p) => p.id));
          const byId = createMemo(() => indexById(ofKind()));
          // A long list of places shows a page of 20 at a time (everything when printed): an open
          // place holds a date, notes and the people met there, so 50 took a second to draw on a slow phone.
          const pager = createPager(() => ids().length, 20);
          let list: HTMLUListElement | undefined;
          return (
            <section class="place-kind">
              <h4 id={`pl-kind-${kind}`}>{KIND_LABELS[kind]}</h4>
              <ul class="entry-list" ref={list}>
                <For each={pager.page(ids())}>
                  {(placeId) => {
                    // A place's row updates only when that place changes, not when another one does.
                    const view = createMemo(() => byId().get(placeId), undefined, { equals: sameView });
                    return (
                      <Show when={view()}>
                        {(place) => (
                          <PlaceItem
                            place={place()}
                            people={peopleMetAt(placeId)}
                            actions={actions()}
                            act={act}
                            onChange={(answers) => change(place(), answers)}
                          />
                        )}
                      </Show>
                    );
                  }}
                </For>
              </ul>
              <ShowMore
                pager={pager}
                list={() => list}
                noun={['place', 'places']}
                which={KIND_LABELS[kind].toLowerCase().replace('places ', '')}
              />
              {/* The undo bar shows only after a removal, which the changes make: they draw it once loaded. */}
              {actions()?.undoBar(kind)}
            </section>
          );
        }}
      </For>
    </div>
  );
}
