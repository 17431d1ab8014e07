// The outreach email: its parts, how they are put together, and the live checks on the result
// (after Steve Dalton's advice in "The 2-Hour Job Search": short, the connection first, no job
// request, the request as a question, more about them than about you).
import { cleanName } from '../../workbook/contacts';
import type { Outreach } from '../../workbook/model';
import { countWords } from '../pitch-builder/words';

/** The written parts of a message, in the order the email says them. */
export type PartKey = 'connection' | 'aboutMe' | 'whyThem' | 'question' | 'ask';

/** The parts and the subject line of a draft. */
export type MessageText = Pick<Outreach, PartKey | 'subject'>;

/** One part: its label, the hint under it, and whether it can be left out. */
export interface PartGuide {
  key: PartKey;
  label: string;
  hint: string;
  optional?: boolean;
}

/** Labels and hints of the parts, in the order they appear in the email. */
export const PARTS: readonly PartGuide[] = [
  {
    key: 'connection',
    label: 'How you are connected',
    hint: 'Start with this. For example: “We both studied graphic design at Riverside College.” or “Lena Park suggested I write to you.”',
  },
  {
    key: 'aboutMe',
    label: 'Who you are',
    hint: 'One short sentence. For example: “I am a second-year design student.”',
  },
  {
    key: 'whyThem',
    label: 'Why you are writing to them',
    hint: 'Something you know about their work. For example: “I admired the cover you designed for The River Road.”',
  },
  {
    key: 'question',
    label: 'What you hope to learn',
    hint: 'One thing you would like to ask about. For example: “I would love to hear how you moved from school into book design.”',
    optional: true,
  },
  {
    key: 'ask',
    label: 'Your request, as a question',
    hint: 'Ask for 20 to 30 minutes, in person, by phone or on a video call. For example: “Would you be open to a 20-minute call in the next few weeks?”',
  },
];

/** Under this many words is the goal; under 75 is better still. */
export const WORD_LIMIT = 100;
/** The shorter goal of the later edition of "The 2-Hour Job Search". */
export const WORD_GOAL = 75;

/** The parts joined into paragraphs: connection and who you are; why them and what you hope to learn; the request. */
function paragraphs(text: Pick<Outreach, PartKey>): string[] {
  const groups: PartKey[][] = [['connection', 'aboutMe'], ['whyThem', 'question'], ['ask']];
  return groups
    .map((keys) =>
      keys
        .map((k) => text[k].trim())
        .filter(Boolean)
        .join(' '),
    )
    .filter(Boolean);
}

/** The body of the email: "Dear <name>," then the parts in three short paragraphs, then "Thank you,". */
export function composeBody(name: string, text: Pick<Outreach, PartKey>): string {
  const body = paragraphs(text);
  if (!body.length) return '';
  const clean = cleanName(name);
  return [clean ? `Dear ${clean},` : 'Hello,', ...body, 'Thank you,'].join('\n\n');
}

/** True when the student has written any part or the subject. */
export function hasText(text: MessageText): boolean {
  return [text.subject, ...PARTS.map((p) => text[p.key])].some((t) => t.trim() !== '');
}

/** Which check this is. */
export type CheckId = 'length' | 'connection' | 'no-job' | 'question' | 'about-them' | 'subject';

/** One check on the message: whether it passes, and a sentence that says so. */
export interface Check {
  id: CheckId;
  pass: boolean;
  text: string;
}

const wordsOf = (n: number) => `${n} ${n === 1 ? 'word' : 'words'}`;
const times = (n: number) => (n === 1 ? 'once' : `${n} times`);

/** Checks the length of the whole email body against 100 words (75 is better). */
export function lengthCheck(body: string): Check {
  const n = countWords(body);
  if (n === 0) return { id: 'length', pass: false, text: 'No words yet. Write your message in the parts above.' };
  if (n >= WORD_LIMIT) {
    return {
      id: 'length',
      pass: false,
      text: `Not under ${WORD_LIMIT} words: it has ${wordsOf(n)}. Cut at least ${wordsOf(n - WORD_LIMIT + 1)}.`,
    };
  }
  if (n > WORD_GOAL) {
    return {
      id: 'length',
      pass: true,
      text: `Under ${WORD_LIMIT} words: it has ${wordsOf(n)}. Under ${WORD_GOAL} is even better: cut ${wordsOf(n - WORD_GOAL)} for that.`,
    };
  }
  return { id: 'length', pass: true, text: `Under ${WORD_GOAL} words: it has ${wordsOf(n)}. Short and easy to read.` };
}

// An opening that introduces the writer instead of the connection.
const NAME_FIRST =
  /^[\s"“'‘]*(?:(?:hi|hello|dear)\b[^.!?\n]*?[,!.]\s*)?(?:my name is|my name['’]s|let me introduce myself|allow me to introduce)\b/iu;

/** Checks that the message opens with the connection, not with the writer's name. */
export function connectionCheck(text: Pick<Outreach, PartKey>): Check {
  const connection = text.connection.trim();
  if (!connection) {
    return {
      id: 'connection',
      pass: false,
      text: 'The connection does not come first: say first how you are connected, for example “We both studied at Riverside College.”',
    };
  }
  if (NAME_FIRST.test(connection)) {
    return {
      id: 'connection',
      pass: false,
      text: 'The message starts with your name, not the connection. Start with how you are connected; say who you are next.',
    };
  }
  return { id: 'connection', pass: true, text: 'The connection comes first.' };
}

// Words that ask for a job, an internship, or offer a résumé. "your job" (their job) is fine.
const JOB_WORDS =
  /(?<![\p{L}\p{N}])(?<!your\s)(jobs?|internships?|interns?|positions?|openings?|vacanc(?:y|ies)|hiring|hire|employment|recruit(?:ing|ment)?|placements?|r[eé]sum[eé]s?|cvs?)(?![\p{L}\p{N}])/iu;
const RESUME_WORDS = /^(r[eé]sum[eé]s?|cvs?)$/iu;

/** The first word in the text that reads as a request for a job or internship, if any. */
export function findJobWord(text: string): string | undefined {
  return JOB_WORDS.exec(text)?.[1];
}

/** Checks the subject and every part for words that ask for a job or internship, or offer a résumé. */
export function noJobCheck(text: MessageText): Check {
  const all = [text.subject, ...PARTS.map((p) => text[p.key])].join('\n');
  const word = findJobWord(all);
  if (!word) return { id: 'no-job', pass: true, text: 'No request for a job or internship.' };
  const advice = RESUME_WORDS.test(word)
    ? 'Offer your résumé only if they ask for it.'
    : 'Ask for advice and information, not for a job or internship.';
  return { id: 'no-job', pass: false, text: `It mentions “${word}”. ${advice}` };
}

// Question marks in Latin, full-width (Chinese, Japanese) and Arabic script.
const QUESTION_MARK = /[?？؟]/u;

/** Checks that the request is asked as a question. */
export function questionCheck(ask: string): Check {
  const text = ask.trim();
  if (!text) {
    return {
      id: 'question',
      pass: false,
      text: 'There is no request yet. Ask for a short conversation, for example “Would you have 20 minutes to talk?”',
    };
  }
  if (!QUESTION_MARK.test(text)) {
    return {
      id: 'question',
      pass: false,
      text: 'The request is not a question. Ask it with a question mark, for example “Would you be open to a 20-minute call?”',
    };
  }
  return { id: 'question', pass: true, text: 'The request is a question.' };
}

const YOU = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);
const ME = new Set(['i', 'me', 'my', 'mine', 'myself']);

/** Counts the words about the reader ("you", "your") and about the writer ("I", "my", "me"), contractions included. */
export function pronounCounts(text: string): { you: number; me: number } {
  let you = 0;
  let me = 0;
  for (const word of text.toLocaleLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []) {
    const base = word.split(/['’]/)[0] ?? '';
    if (YOU.has(base)) you += 1;
    else if (ME.has(base)) me += 1;
  }
  return { you, me };
}

/** Checks that the parts say "you" and "your" more often than "I", "my" and "me". */
export function aboutThemCheck(text: Pick<Outreach, PartKey>): Check {
  const { you, me } = pronounCounts(PARTS.map((p) => text[p.key]).join('\n'));
  const counts = `“you” and “your” ${times(you)}; “I”, “my” and “me” ${times(me)}.`;
  if (you > me) return { id: 'about-them', pass: true, text: `More about them than about you: ${counts}` };
  return {
    id: 'about-them',
    pass: false,
    text: `Not more about them than about you: ${counts} Turn a sentence about you into one about them.`,
  };
}

/** Checks that there is a subject line. */
export function subjectCheck(subject: string): Check {
  if (subject.trim()) return { id: 'subject', pass: true, text: 'It has a subject line.' };
  return {
    id: 'subject',
    pass: false,
    text: 'There is no subject line yet. Say why you are writing, for example “Riverside graduate asking for your advice”.',
  };
}

/** Every check on a draft, in the order they are shown. */
export function checkMessage(name: string, text: MessageText): Check[] {
  return [
    lengthCheck(composeBody(name, text)),
    connectionCheck(text),
    noJobCheck(text),
    questionCheck(text.ask),
    aboutThemCheck(text),
    subjectCheck(text.subject),
  ];
}

/** "4 of 6 checks pass." */
export function checkSummary(checks: readonly Check[]): string {
  const passed = checks.filter((c) => c.pass).length;
  if (passed === checks.length) return `All ${checks.length} checks pass.`;
  return `${passed} of ${checks.length} checks pass.`;
}
