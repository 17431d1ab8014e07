import { For, Show } from 'solid-js';
import { localDay } from '../lib/local-day';
import { trackedLine } from './follow-up-words';
import { Nothing, StoryBackLink, usePersonView } from './person-view';
import { ThankYouPart } from './ThankYouPart';
import { StepPart } from './view-parts';

/** The person page's step 6: where the person stands in the tracker and the thank-you to them. */
export default function PersonFollowUp() {
  const { data, story } = usePersonView();
  // Read in the browser: the story shows only once the page's address is read, after hydrating.
  const today = localDay(new Date());
  return (
    <Show when={story()}>
      {(s) => {
        const p = () => s().person;
        return (
          <StepPart id="pp-follow-up" step="Step 6" title="Follow-ups and thank-you">
            <p>In your tracker: {trackedLine(p(), today)}.</p>
            <StoryBackLink worksheet="contact-tracker" person={p()} />
            <For
              each={s().thankYous}
              fallback={
                <>
                  <Nothing text="No thank-you written yet." />
                  <StoryBackLink worksheet="thank-you" person={p()} />
                </>
              }
            >
              {(t) => <ThankYouPart thankYou={t} name={p().name} signer={data().profile} />}
            </For>
          </StepPart>
        );
      }}
    </Show>
  );
}
