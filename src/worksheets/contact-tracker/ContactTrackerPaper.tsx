import { createMemo, For, Show } from 'solid-js';
import { indexById } from '../../workbook/lookups';
import { createPrinting } from '../shared/printing';
import { useAtom } from '../shared/use-atom';
import { useWorkbookData } from '../shared/use-workbook';
import { CardDates } from './CardDates';
import { ContactCard } from './ContactCard';
import { $trackerPaper } from './tracker-atoms';

/** Nothing to do: the printed copy has no working buttons. */
const none = () => undefined;

/**
 * Step 6 tracker on paper: the list as it is shown (its order, filters and summary, from the list
 * island) with every card open as it prints (its dates; the advice and buttons stay on screen),
 * drawn from `beforeprint` to `afterprint` only, in place of the list on paper. An island of its own,
 * started with the list, so the list loads a card's details only when a card is opened.
 */
export default function ContactTrackerPaper() {
  const data = useWorkbookData();
  const paper = useAtom($trackerPaper);
  const printing = createPrinting();
  const circleNames = createMemo(() => new Map(data().circles.map((c) => [c.id, c.name])));
  // An empty block on screen (it has a place on the page, so it starts as it comes into view).
  return (
    <div class="ct-paper">
      <Show when={printing() && paper()}>
        {(view) => {
          const byId = createMemo(() => indexById(data().contacts));
          return (
            <div class="ct-list-area print-only">
              <h4>Your contacts</h4>
              <p class="ct-summary">{view().summary}</p>
              <p class="ct-showing">{view().showing}</p>
              <ul class="ct-list">
                <For each={view().ids}>
                  {(id) => (
                    <Show when={byId().get(id)}>
                      {(person) => (
                        <ContactCard person={person} today={view().today} open onToggle={none} idPrefix="ctp">
                          <CardDates
                            person={person}
                            circleName={circleNames().get(person().circleId) ?? 'Not in a circle'}
                            today={view().today}
                          />
                        </ContactCard>
                      )}
                    </Show>
                  )}
                </For>
              </ul>
            </div>
          );
        }}
      </Show>
    </div>
  );
}
