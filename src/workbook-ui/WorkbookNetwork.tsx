import { createMemo, For, Show } from 'solid-js';
import { formatDay } from '../lib/format-day';
import { groupBy } from '../workbook/lookups';
import { groupByCircle } from '../worksheets/network-map/circles';
import { AboutYouPart } from '../worksheets/shared/about-you/AboutYouPart';
import { profileLines } from '../worksheets/shared/about-you/profile';
import { PersonPageLink } from '../worksheets/shared/PersonPageLink';
import { createGrowingLimit } from '../worksheets/shared/ramp';
import { useWorkbookData } from '../worksheets/shared/use-workbook';
import { StepSection } from './view-parts';

/** My workbook's About you and steps 1 and 2: the student's details, the people by circle, the places and whom they met there. */
export default function WorkbookNetwork() {
  const d = useWorkbookData();
  // Long lists are drawn a part at a time, as many per task as fit in about 10 ms, so 5,000 people
  // never block the page; all of it is there for printing (createGrowingLimit).
  const about = createMemo(() => profileLines(d().profile));
  const groups = createMemo(() => groupByCircle(d()).filter((g) => g.people.length));
  const metAt = createMemo(() => groupBy(d().contacts, (c) => c.sourcePlaceId));
  const limit = createGrowingLimit(() => Math.max(...groups().map((g) => g.people.length), d().places.length), 10);
  const part = <T,>(items: readonly T[]) => (items.length > limit() ? items.slice(0, limit()) : items);
  return (
    <>
      <section class="wb-about" aria-labelledby="wb-about-you">
        <h2 id="wb-about-you">About you</h2>
        <Show
          when={about().length}
          fallback={<p class="wb-empty">Nothing written yet. Your name signs the messages the worksheets write.</p>}
        >
          <ul class="wb-list">
            <For each={about()}>
              {([label, text]) => (
                <li>
                  <strong>{label}:</strong> {text}
                </li>
              )}
            </For>
          </ul>
        </Show>
        <div class="worksheet wb-about-you no-print">
          <AboutYouPart id="wb-ay" named="About you:" empty="Fill in About you" />
        </div>
      </section>

      <StepSection step="Step 1" title="Your network map" worksheet="network-map" empty={!d().contacts.length}>
        <For each={groups()}>
          {(group) => (
            <>
              <h3>
                {group.name} ({group.people.length})
              </h3>
              <ul class="wb-list">
                <For each={part(group.people)}>
                  {(p) => (
                    <li>
                      <strong>{p.name}</strong>
                      <Show when={p.howKnown || p.org}>
                        {' — '}
                        {[p.howKnown, p.org].filter(Boolean).join(' · ')}
                      </Show>
                      <Show when={p.notes}>
                        <p class="wb-notes">{p.notes}</p>
                      </Show>
                      <p class="no-print wb-person-link">
                        <PersonPageLink id={p.id} name={p.name} />
                      </p>
                    </li>
                  )}
                </For>
              </ul>
            </>
          )}
        </For>
      </StepSection>

      <StepSection step="Step 2" title="Places to meet people" worksheet="places-to-meet" empty={!d().places.length}>
        <ul class="wb-list">
          <For each={part(d().places)}>
            {(place) => (
              <li>
                <strong>{place.name}</strong>
                {place.tryIt ? ' — to try' : ''}
                {place.date ? ` (${formatDay(place.date)})` : ''}
                <Show when={place.notes}>
                  <p class="wb-notes">{place.notes}</p>
                </Show>
                <Show when={metAt().get(place.id)}>
                  {(met) => (
                    <p class="wb-notes">
                      People met there:{' '}
                      {met()
                        .map((c) => c.name)
                        .join(', ')}
                    </p>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </StepSection>
    </>
  );
}
