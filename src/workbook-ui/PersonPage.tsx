import { createEffect, createMemo, createSignal, For, onMount, Show } from 'solid-js';
import { type Day, localDay } from '../lib/days';
import { indexById } from '../workbook/lookups';
import { worksheetPath } from '../worksheets/addresses';
import { AnswerList } from '../worksheets/shared/AnswerList';
import type { Signer } from '../worksheets/shared/about-you/signature';
import { PersonPageLink } from '../worksheets/shared/PersonPageLink';
import { RATING_QUESTIONS, ratingWord } from '../worksheets/shared/priorities/priorities';
import { EMPTY, useWorkbookData } from '../worksheets/shared/use-workbook';
import { WorkbookStatus } from '../worksheets/shared/WorkbookStatus';
import { BackLink, MessagePart, NotesPart, PrepPart, StepPart, ThankYouPart } from './person-parts';
import {
  type AskedPerson,
  addressProblem,
  askedPersonId,
  type PersonStory,
  personStory,
  personTitle,
  type StoryWorksheet,
  storyLink,
} from './person-story';
import { trackedLine } from './view-words';
import './person-page.css';

/** The heading before a person is found (on the server, without JavaScript, and for a bad address). */
export const PERSON_PAGE_HEADING = 'A person in your workbook';

/** Links to where the student finds their people: My workbook and the contact tracker. */
function FindPeople() {
  return (
    <p>
      Find the person in <a href="/workbook/">My workbook</a> or in{' '}
      <a href={worksheetPath('contact-tracker')}>your contact tracker</a>, then choose the link “All about” and their
      name.
    </p>
  );
}

/** A problem with the address, in words, with the way back to the list. */
function Problem(props: { words: string }) {
  return (
    <div class="notice pp-problem">
      <p>{props.words}</p>
      <FindPeople />
    </div>
  );
}

/** The page's sections for one person, in the order of the steps. */
function Story(props: { story: PersonStory; today: Day; pitchName: (id: string) => string; signer: Signer }) {
  const s = () => props.story;
  const p = () => s().person;
  const link = (worksheet: StoryWorksheet) => {
    const l = storyLink(worksheet, p());
    return <BackLink href={l.href}>{l.text}</BackLink>;
  };
  /** What a part shows when nothing is written there yet. */
  const none = (text: string) => <p class="wb-empty">{text}</p>;
  /** A part with nothing written yet: words saying so, and the link to start it. */
  const empty = (text: string, worksheet: StoryWorksheet) => (
    <>
      {none(text)}
      {link(worksheet)}
    </>
  );
  return (
    <>
      <StepPart id="pp-network-map" step="Step 1" title="On your network map">
        <p>
          {s().circle ? `In your circle “${s().circle}”.` : 'Not in a circle.'}
          {s().place ? ` You met them at ${s().place}.` : ''}
        </p>
        <AnswerList
          class="pp-facts"
          rows={[
            ['How you know them', p().howKnown],
            ['Organization or field', p().org],
            ['Email', p().email],
            ['Notes', p().notes],
          ]}
        />
        <Show when={s().suggestedBy}>
          {(by) => (
            <p>
              Suggested by <PersonPageLink id={by().id} name={by().name} nameOnly />.
            </p>
          )}
        </Show>
        {link('network-map')}
      </StepPart>

      <StepPart id="pp-goals" step="Step 3" title="Your ratings">
        <ul class="wb-list">
          <li>
            {RATING_QUESTIONS.relevance} {ratingWord(p().relevance)}
          </li>
          <li>
            {RATING_QUESTIONS.motivation} {ratingWord(p().motivation)}
          </li>
          <li>{p().topFive ? 'In your top five.' : 'Not in your top five.'}</li>
        </ul>
        {link('goals')}
      </StepPart>

      <StepPart id="pp-make-contact" step="Step 5" title="Messages, preparation and notes">
        <For each={s().messages} fallback={empty('No message to them yet.', 'outreach')}>
          {(o) => <MessagePart message={o} name={p().name} signer={props.signer} />}
        </For>
        <For each={s().preps} fallback={empty('No preparation to meet them yet.', 'interview-prep')}>
          {(prep) => <PrepPart prep={prep} name={p().name} pitchName={props.pitchName(prep.pitchId)} />}
        </For>
        {link('conversation-card')}
        <For each={s().notes} fallback={empty('No notes from a talk with them yet.', 'interview-notes')}>
          {(n) => <NotesPart note={n} name={p().name} suggested={undefined} />}
        </For>
        <h3>People they suggested</h3>
        <Show when={s().suggested.length} fallback={none('No one yet.')}>
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

      <StepPart id="pp-follow-up" step="Step 6" title="Follow-ups and thank-you">
        <Show when={props.today}>
          <p>In your tracker: {trackedLine(p(), props.today)}.</p>
        </Show>
        {link('contact-tracker')}
        <For each={s().thankYous} fallback={empty('No thank-you written yet.', 'thank-you')}>
          {(t) => <ThankYouPart thankYou={t} name={p().name} signer={props.signer} />}
        </For>
      </StepPart>
    </>
  );
}

/**
 * The person page: everything the workbook holds about the person its address names
 * (`?id=<contact id>`), in the order of the steps, each part with a link into its worksheet opened
 * on them. A missing, malformed or unknown id gets a message in words and the way back to the list.
 */
export default function PersonPage(props: { siteName: string }) {
  const data = useWorkbookData();
  const [asked, setAsked] = createSignal<AskedPerson>();
  const [today, setToday] = createSignal<Day>('');
  onMount(() => {
    setAsked(askedPersonId(location.search));
    setToday(localDay(new Date()));
  });
  const loaded = () => data() !== EMPTY && asked() !== undefined;
  const askedId = () => {
    const a = asked();
    return a?.kind === 'id' ? a.id : '';
  };
  const story = createMemo(() => (loaded() && askedId() ? personStory(data(), askedId()) : undefined));
  const problem = createMemo(() => {
    const a = asked();
    return loaded() && a ? addressProblem(data(), a) : undefined;
  });
  const pitches = createMemo(() => indexById(data().pitches));
  const name = () => story()?.person.name;
  createEffect(() => {
    const n = name();
    if (n) document.title = `${personTitle(n)} | ${props.siteName}`;
  });

  return (
    <div class="person-page">
      <h1>{name() ?? PERSON_PAGE_HEADING}</h1>
      <WorkbookStatus />
      <Show when={story()} fallback={<Show when={problem()}>{(words) => <Problem words={words()} />}</Show>}>
        {(s) => (
          <Story
            story={s()}
            today={today()}
            pitchName={(id) => pitches().get(id)?.name ?? ''}
            signer={data().profile}
          />
        )}
      </Show>
    </div>
  );
}
