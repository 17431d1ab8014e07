import { For, Show } from 'solid-js';
import { PersonPageLink } from '../worksheets/shared/PersonPageLink';
import { MessagePart } from './MessagePart';
import { NotesPart, PrepPart } from './person-parts';
import { Nothing, StoryBackLink, usePersonView } from './person-view';
import { StepPart } from './view-parts';

/** The person page's step 5: the messages to the person, the preparations to meet them, the notes of talks and whom they suggested. */
export default function PersonOutreach() {
  const { data, story } = usePersonView();
  /** The name of the pitch a preparation uses (a student has a few pitches at most). */
  const pitchName = (id: string) => data().pitches.find((p) => p.id === id)?.name ?? '';
  return (
    <Show when={story()}>
      {(s) => {
        const p = () => s().person;
        return (
          <StepPart id="pp-make-contact" step="Step 5" title="Messages, preparation and notes">
            <For
              each={s().messages}
              fallback={
                <>
                  <Nothing text="No message to them yet." />
                  <StoryBackLink worksheet="outreach" person={p()} />
                </>
              }
            >
              {(o) => <MessagePart message={o} name={p().name} signer={data().profile} />}
            </For>
            <For
              each={s().preps}
              fallback={
                <>
                  <Nothing text="No preparation to meet them yet." />
                  <StoryBackLink worksheet="interview-prep" person={p()} />
                </>
              }
            >
              {(prep) => <PrepPart prep={prep} name={p().name} pitchName={pitchName(prep.pitchId)} />}
            </For>
            <StoryBackLink worksheet="conversation-card" person={p()} />
            <For
              each={s().notes}
              fallback={
                <>
                  <Nothing text="No notes from a talk with them yet." />
                  <StoryBackLink worksheet="interview-notes" person={p()} />
                </>
              }
            >
              {(n) => <NotesPart note={n} name={p().name} suggested={undefined} />}
            </For>
            <h3>People they suggested</h3>
            <Show when={s().suggested.length} fallback={<Nothing text="No one yet." />}>
              <ul class="wb-list">
                <For each={s().suggested}>
                  {(c) => (
                    <li>
                      <PersonPageLink id={c.id} name={c.name} nameOnly />
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </StepPart>
        );
      }}
    </Show>
  );
}
