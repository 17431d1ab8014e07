// What every island of the person page (/workbook/person/?id=…) reads: the person its address names
// and their story, gathered once per version of the workbook for all of them; and the pieces their
// parts share (the link into a worksheet opened on the person, words for a part with nothing yet).
import { type Accessor, createMemo, createSignal, onMount } from 'solid-js';
import type { Workbook } from '../workbook/model';
import { EMPTY, useWorkbookData } from '../worksheets/shared/use-workbook';
import {
  type AskedPerson,
  askedPersonId,
  type PersonStory,
  personStory,
  type StoryWorksheet,
  storyLink,
} from './person-story';
import { BackLink } from './view-parts';

let last: { doc: Workbook; id: string; story: PersonStory | undefined } | undefined;

/** One person's story, gathered once for a version of the workbook however many islands ask. */
function storyOnce(doc: Workbook, id: string): PersonStory | undefined {
  if (last?.doc !== doc || last.id !== id) last = { doc, id, story: personStory(doc, id) };
  return last.story;
}

/** What a person page island shows from: the workbook, what the address asks for (once hydrated), and the story found. */
export interface PersonView {
  data: Accessor<Workbook>;
  /** What the address asks for, once the saved workbook is loaded (undefined before). */
  asked: Accessor<AskedPerson | undefined>;
  story: Accessor<PersonStory | undefined>;
}

/** The person the page's address names and their story, for one island of the person page. */
export function usePersonView(): PersonView {
  const data = useWorkbookData();
  const [address, setAddress] = createSignal<AskedPerson>();
  onMount(() => setAddress(askedPersonId(location.search)));
  const asked = () => (data() !== EMPTY ? address() : undefined);
  const story = createMemo(() => {
    const a = asked();
    return a?.kind === 'id' ? storyOnce(data(), a.id) : undefined;
  });
  return { data, asked, story };
}

/** The link from a person's page into a worksheet, opened on them where it can be; left out of print. */
export function StoryBackLink(props: { worksheet: StoryWorksheet; person: PersonStory['person'] }) {
  const link = () => storyLink(props.worksheet, props.person);
  return <BackLink href={link().href}>{link().text}</BackLink>;
}

/** What a part shows when nothing is written there yet. */
export function Nothing(props: { text: string }) {
  return <p class="wb-empty">{props.text}</p>;
}
