import { createMemo, createSignal, For, Show } from 'solid-js';
import { announce } from '../../scripts/announce';
import { updateWorkbook } from '../../workbook/client';
import { indexById } from '../../workbook/lookups';
import { countOf } from '../../workbook/plural';
import {
  personContext,
  RATING_QUESTIONS,
  ratingCounts,
  ratingWord,
  setRating,
  setTopFive,
  sortByPriority,
  TOP_FIVE_LIMIT,
  topFiveOf,
  unratedIds,
} from '../shared/priorities/priorities';
import { createPager, ShowMore } from '../shared/ShowMore';
import { useWorkbookData } from '../shared/use-workbook';
import { RateHead, RatePerson } from './RatePerson';

/** From this many people on, the worksheet offers to show only the people not rated yet. */
const FILTER_FROM = 8;

/**
 * Step 3 worksheet, the people: rate each person, see the list in order of priority and choose the
 * top five. An island of its own (see Goals.tsx); plain data, no store: the lists go through maps
 * by id, one lookup per row.
 */
export default function GoalsPeople() {
  const data = useWorkbookData();
  const now = () => new Date();
  const [onlyUnrated, setOnlyUnrated] = createSignal(false);
  // The people shown by the filter are fixed when it is turned on, so no one vanishes while being rated.
  const [unratedSnapshot, setUnratedSnapshot] = createSignal<string[]>([]);
  const [topError, setTopError] = createSignal<{ id: string; message: string }>();

  const contacts = createMemo(() => data().contacts);
  const people = createMemo(() => indexById(contacts()));
  const byId = (id: string) => people().get(id);
  // Each map is made again only when its list changes (not at every keystroke in a goal).
  const circleList = createMemo(() => data().circles);
  const placeList = createMemo(() => data().places);
  const circles = createMemo(() => indexById(circleList()));
  const places = createMemo(() => indexById(placeList()));
  const counts = createMemo(() => ratingCounts(contacts()));
  const ranked = createMemo(() => sortByPriority(contacts()).map((c) => c.id));
  const chosen = createMemo(() => topFiveOf(contacts()));
  const shownIds = createMemo(() =>
    onlyUnrated() ? unratedSnapshot().filter((id) => people().has(id)) : contacts().map((c) => c.id),
  );
  // Both long lists show a page at a time (everything when printed).
  // Both lists draw a few rows per task, so no task of a slow phone takes 50 ms: a person to rate
  // is six choices and a line about them, a person in the ranked list a name, a line and a box.
  const ratePager = createPager(() => shownIds().length, 20, { first: 4, step: 4 });
  const rankPager = createPager(() => ranked().length, undefined, { first: 5, step: 5 });
  let rateList: HTMLDivElement | undefined;
  let rankList: HTMLOListElement | undefined;

  const toggleTopFive = (id: string, on: boolean, box: HTMLInputElement) => {
    let problem: string | undefined;
    updateWorkbook((d) => {
      const r = setTopFive(d, id, on, now());
      if (!r.ok) problem = r.error;
      return r.ok ? r.doc : d;
    });
    if (problem) {
      box.checked = !on;
      setTopError({ id, message: problem });
      announce(problem);
      return;
    }
    setTopError(undefined);
    const name = byId(id)?.name ?? '';
    announce(
      `${name} ${on ? 'added to' : 'taken out of'} your top five. ${chosen().length} of ${TOP_FIVE_LIMIT} chosen.`,
    );
  };

  return (
    <div class="goals-worksheet goals-people">
      <h4 id="goals-rate">Rate the people on your list</h4>
      <Show
        when={contacts().length}
        fallback={
          <div class="goals-empty">
            <p class="no-print">
              There is no one on your list yet. Add the people you know in{' '}
              <a href="/steps/identify-your-networks/#network-map">your network map (step 1)</a>, and the people you
              meet in <a href="/steps/expand-your-list/#places-to-meet">places to meet people (step 2)</a>. Then come
              back here to rate them and choose your top five.
            </p>
            <div class="paper">
              <p class="paper-hint">
                Write the people from steps 1 and 2. Rate each from 1 (low) to 3 (high), then pick your top five.
              </p>
              <table class="paper-table">
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">{RATING_QUESTIONS.relevance}</th>
                    <th scope="col">{RATING_QUESTIONS.motivation}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={Array.from({ length: 8 })}>
                    {() => (
                      <tr>
                        <td />
                        <td />
                        <td />
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </div>
        }
      >
        <p class="hint">
          Rate each person from 1 (low) to 3 (high): how relevant they are to your goals, and how much you want to talk
          to them.{' '}
          <a href="#goals-priority" class="no-print">
            Skip to the list in order
          </a>
        </p>
        <p class="totals">
          {countOf(counts().total, 'person', 'people')} on your list: {counts().rated} rated, {counts().unrated} not
          rated yet.
        </p>
        <Show when={counts().total >= FILTER_FROM || onlyUnrated()}>
          <div class="choice no-print">
            <input
              type="checkbox"
              id="goals-only-unrated"
              aria-describedby="goals-only-unrated-hint"
              checked={onlyUnrated()}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setUnratedSnapshot(on ? unratedIds(contacts()) : []);
                setOnlyUnrated(on);
                ratePager.reset();
                announce(
                  on
                    ? `Showing ${countOf(unratedSnapshot().length, 'person', 'people')} not rated yet.`
                    : 'Showing everyone.',
                );
              }}
            />
            <label for="goals-only-unrated">Show only people not rated yet</label>
          </div>
          <p class="hint filter-hint no-print" id="goals-only-unrated-hint">
            People you rate stay in view until you untick this.
          </p>
        </Show>
        <Show when={onlyUnrated() && !shownIds().length}>
          <p>Everyone on your list is rated.</p>
        </Show>
        <div class="rate-table">
          <Show when={shownIds().length}>
            <RateHead />
          </Show>
          <div class="rate-list" ref={rateList}>
            <For each={ratePager.page(shownIds())}>
              {(id) => {
                const person = createMemo(() => byId(id));
                return (
                  <Show when={person()}>
                    {(p) => (
                      <RatePerson
                        person={p()}
                        context={personContext(p(), circles(), places())}
                        onRate={(key, value) => updateWorkbook((d) => setRating(d, id, key, value, now()))}
                      />
                    )}
                  </Show>
                );
              }}
            </For>
          </div>
        </div>
        <ShowMore pager={ratePager} list={() => rateList} noun={['person', 'people']} which="to rate" />

        <h4 id="goals-priority" tabindex="-1">
          Your list in order of priority
        </h4>
        <p class="hint">
          Sorted by how much you want to talk to each person, then by how relevant they are to your goals. Tick up to
          five people to contact first.
        </p>
        <ol class="priority-list" ref={rankList}>
          <For each={rankPager.page(ranked())}>
            {(id) => {
              const person = createMemo(() => byId(id));
              return (
                <Show when={person()}>
                  {(person) => (
                    <li class="entry">
                      <p class="entry-name">{person().name}</p>
                      <p class="entry-detail">
                        Want to talk: {ratingWord(person().motivation)} · Relevance: {ratingWord(person().relevance)}
                      </p>
                      <Show when={topError()?.id === id}>
                        <p class="error-message" id={`g-${id}-top-error`}>
                          <span class="sr-only">Error: </span>
                          {topError()?.message}
                        </p>
                      </Show>
                      <div class="choice top-five-choice">
                        <input
                          type="checkbox"
                          id={`g-${id}-top`}
                          checked={person().topFive}
                          aria-describedby={topError()?.id === id ? `g-${id}-top-error` : undefined}
                          onChange={(e) => toggleTopFive(id, e.currentTarget.checked, e.currentTarget)}
                        />
                        <label for={`g-${id}-top`}>
                          In my top five<span class="sr-only"> ({person().name})</span>
                        </label>
                      </div>
                    </li>
                  )}
                </Show>
              );
            }}
          </For>
        </ol>
        <ShowMore pager={rankPager} list={() => rankList} noun={['person', 'people']} which="in order of priority" />
      </Show>

      <h4 id="goals-top-five">Your top five to contact first</h4>
      <Show
        when={chosen().length}
        fallback={
          <>
            <p class="empty-hint">
              No one chosen yet.
              <Show when={contacts().length}> Tick "In my top five" in the list above.</Show>
            </p>
            <ol class="print-lines top-five-lines" aria-hidden="true">
              <For each={Array.from({ length: TOP_FIVE_LIMIT })}>{() => <li class="print-line" />}</For>
            </ol>
          </>
        }
      >
        <p class="totals">
          {chosen().length} of {TOP_FIVE_LIMIT} chosen.
        </p>
        <ol class="top-five">
          <For each={chosen()}>{(person) => <li>{person.name}</li>}</For>
        </ol>
      </Show>
    </div>
  );
}
