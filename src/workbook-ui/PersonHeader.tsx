import { createEffect, Show } from 'solid-js';
import { worksheetPath } from '../worksheets/addresses';
import { AnswerList } from '../worksheets/shared/AnswerList';
import { PersonPageLink } from '../worksheets/shared/PersonPageLink';
import { RATING_QUESTIONS, ratingWord } from '../worksheets/shared/priorities/rating-words';
import { WorkbookStatus } from '../worksheets/shared/WorkbookStatus';
import { addressProblem, personTitle } from './address-words';
import { StoryBackLink, usePersonView } from './person-view';
import { StepPart } from './view-parts';
import './person-page.css';

/** The heading before a person is found (on the server, without JavaScript, and for a bad address). */
export const PERSON_PAGE_HEADING = 'A person in your workbook';

/** A problem with the address, in words, with the way back to the list. */
function Problem(props: { words: string }) {
  return (
    <div class="notice pp-problem">
      <p>{props.words}</p>
      <p>
        Find the person in <a href="/workbook/">My workbook</a> or in{' '}
        <a href={worksheetPath('contact-tracker')}>your contact tracker</a>, then choose the link “All about” and their
        name.
      </p>
    </div>
  );
}

/** The person page's first island: the person's name, the save status (or what is wrong with the address), their place on the map and their ratings. */
export default function PersonHeader(props: { siteName: string }) {
  const { data, asked, story } = usePersonView();
  const problem = () => {
    const a = asked();
    return a && !story() ? addressProblem(data(), a) : undefined;
  };
  const name = () => story()?.person.name;
  createEffect(() => {
    const n = name();
    if (n) document.title = `${personTitle(n)} | ${props.siteName}`;
  });
  return (
    <>
      <h1>{name() ?? PERSON_PAGE_HEADING}</h1>
      <WorkbookStatus />
      <Show when={story()} fallback={<Show when={problem()}>{(words) => <Problem words={words()} />}</Show>}>
        {(s) => (
          <>
            <StepPart id="pp-network-map" step="Step 1" title="On your network map">
              <p>
                {s().circle ? `In your circle “${s().circle}”.` : 'Not in a circle.'}
                {s().place ? ` You met them at ${s().place}.` : ''}
              </p>
              <AnswerList
                class="pp-facts"
                rows={[
                  ['How you know them', s().person.howKnown],
                  ['Organization or field', s().person.org],
                  ['Email', s().person.email],
                  ['Notes', s().person.notes],
                ]}
              />
              <Show when={s().suggestedBy}>
                {(by) => (
                  <p>
                    Suggested by <PersonPageLink id={by().id} name={by().name} nameOnly />.
                  </p>
                )}
              </Show>
              <StoryBackLink worksheet="network-map" person={s().person} />
            </StepPart>

            <StepPart id="pp-goals" step="Step 3" title="Your ratings">
              <ul class="wb-list">
                <li>
                  {RATING_QUESTIONS.relevance} {ratingWord(s().person.relevance)}
                </li>
                <li>
                  {RATING_QUESTIONS.motivation} {ratingWord(s().person.motivation)}
                </li>
                <li>{s().person.topFive ? 'In your top five.' : 'Not in your top five.'}</li>
              </ul>
              <StoryBackLink worksheet="goals" person={s().person} />
            </StepPart>
          </>
        )}
      </Show>
    </>
  );
}
