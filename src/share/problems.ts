// Every way opening a shared link or a moved workbook can fail, and the sentence that says so.
// Nothing is ever partly opened: each of these opens nothing.

/** Why a link or file could not be opened. */
export type OpenProblem =
  | 'empty'
  | 'not-a-link'
  | 'newer'
  | 'too-large'
  | 'damaged'
  | 'altered'
  | 'wrong-code'
  | 'no-code'
  | 'unsupported'
  | 'unreadable';

/** Whether the student or advisor opened a link or chose a file. */
export type Source = 'link' | 'file';

const SENTENCES: Readonly<Record<OpenProblem, (it: string) => string>> = {
  empty: (it) => `This ${it} has nothing in it to show. Ask for the whole ${it} again.`,
  'not-a-link': (it) =>
    `This is not a ${it} from the share or move buttons of this site, so there is nothing to show. Check that you have the whole ${it}.`,
  newer: (it) =>
    `This ${it} was made by a newer version of this site. Reload the page to get the newest version, then open the ${it} again.`,
  'too-large': (it) => `This ${it} holds more than this site ever puts in one, so nothing was read from it.`,
  damaged: (it) =>
    `This ${it} is cut short or was changed on the way, so it cannot be read. Ask for the ${it} again, and copy all of it.`,
  altered: (it) =>
    `The code is right, but this ${it} was changed after it was made, so it cannot be opened. Ask for the ${it} again.`,
  'wrong-code': () => 'This code does not open it. Check the words and try again.',
  'no-code': () => 'Type the code you were given.',
  unsupported: () =>
    'This browser cannot open it. Use a recent version of Chrome, Edge, Firefox or Safari, on a page whose address starts with https.',
  unreadable: (it) => `Nothing in this ${it} could be read. Ask for a new ${it}.`,
};

/** The sentence for a problem, about a link or a file. */
export function problemText(problem: OpenProblem, source: Source = 'link'): string {
  return SENTENCES[problem](source);
}

/** Problems that come from the code typed (shown next to the code field; the student can try again). */
export function isCodeProblem(problem: OpenProblem): boolean {
  return problem === 'wrong-code' || problem === 'no-code';
}
