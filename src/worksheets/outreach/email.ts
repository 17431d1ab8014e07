// The outreach email: its parts, how they are put together, and the live checks on the result
// (after Steve Dalton's advice in "The 2-Hour Job Search": short, the connection first, no job
// request, the request as a question, about them at least as much as about you).
import { say } from '../../lib/sentence';
import type { Outreach } from '../../workbook/model';
import type { Signer } from '../shared/about-you/signature';
import { countWords } from '../shared/pitch/words';
import { composeBody, type MessageText, PART_KEYS, type PartKey } from './message-body';

// The message itself lives apart (message-body.ts), for pages that show a message without checking it.
export { composeBody, hasText, type MessageText, type PartKey, paragraphs } from './message-body';

/** Under this many words is the goal; under 75 is better still. */
export const WORD_LIMIT = 100;
/** The shorter goal of the later edition of "The 2-Hour Job Search". */
export const WORD_GOAL = 75;

/** Which check this is. */
export type CheckId = 'length' | 'connection' | 'no-job' | 'question' | 'about-them' | 'subject';

/** One check on the message: whether it passes, and a sentence that says so (why it matters: check-reasons.ts). */
export interface Check {
  id: CheckId;
  pass: boolean;
  text: string;
}

/** Short names of the checks, for the button that shows a check's reason. */
export const CHECK_NAMES: Readonly<Record<CheckId, string>> = {
  length: 'the length',
  connection: 'the connection first',
  'no-job': 'no request for a job',
  question: 'the request as a question',
  'about-them': 'about them',
  subject: 'the subject line',
};

/** A check's result. */
const check = (id: CheckId, pass: boolean, text: string): Check => ({ id, pass, text });

const wordsOf = (n: number) => `${n} ${n === 1 ? 'word' : 'words'}`;
const times = (n: number) => (n === 1 ? 'once' : `${n} times`);

/** Checks the length of the whole email body against 100 words (75 is better). */
export function lengthCheck(body: string): Check {
  const n = countWords(body);
  if (n === 0) return check('length', false, 'No words yet. Write your message in the parts above.');
  if (n >= WORD_LIMIT) {
    return check(
      'length',
      false,
      `Not under ${WORD_LIMIT} words: it has ${wordsOf(n)}. Cut at least ${wordsOf(n - WORD_LIMIT + 1)}.`,
    );
  }
  if (n > WORD_GOAL) {
    return check(
      'length',
      true,
      `Under ${WORD_LIMIT} words: it has ${wordsOf(n)}. Under ${WORD_GOAL} is even better: cut ${wordsOf(n - WORD_GOAL)} for that.`,
    );
  }
  return check('length', true, `Under ${WORD_GOAL} words: it has ${wordsOf(n)}. Short and easy to read.`);
}

// An opening that introduces the writer instead of the connection.
const NAME_FIRST =
  /^[\s"“'‘]*(?:(?:hi|hello|dear)\b[^.!?\n]*?[,!.]\s*)?(?:my name is|my name['’]s|let me introduce myself|allow me to introduce)\b/iu;

/** Checks that the message opens with the connection, not with the writer's name. */
export function connectionCheck(text: Pick<Outreach, PartKey>): Check {
  const connection = text.connection.trim();
  if (!connection) {
    return check(
      'connection',
      false,
      'The connection does not come first: say first how you are connected, for example “We both studied at Riverside College.”',
    );
  }
  if (NAME_FIRST.test(connection)) {
    return check(
      'connection',
      false,
      'The message starts with your name, not the connection. Start with how you are connected; say who you are next.',
    );
  }
  return check('connection', true, 'The connection comes first.');
}

// Words for a job, an internship or an opening, and for a résumé.
const JOB =
  '(?:jobs?|internships?|interns?|positions?|openings?|vacanc(?:y|ies)|placements?|roles?|employment|work experience)';
const RESUME = '(?:r[eé]sum[eé]s?|cvs?)';
/** The end of a word, for words that may end in a letter such as é (which \b does not see). */
const END = String.raw`(?![\p{L}\p{N}])`;
// One word between a request and the job, but not one that turns it into a question about theirs.
const W = String.raw`(?:(?!(?:about|your|their|his|her|on|of|like)\b)[\p{L}\p{N}'’-]+\s+)`;

/**
 * Ways of asking for a job or offering a résumé. Asking about someone's own job or internship
 * ("How did you find your first job?", "Could you tell me about your internship?") is not one.
 */
const REQUESTS: readonly RegExp[] = [
  // "looking for an internship", "hoping to get a summer job", "I would like an internship", "apply for a position"
  new RegExp(
    String.raw`(?<!\byou\s+)(?<!\byou\s+\p{L}+\s+)\b(?:look(?:ing)?|search(?:ing)?|hop(?:e|ing)|apply(?:ing)?|seek(?:ing)?|want(?:ing)?|need(?:ing)?|ask(?:ing)?|like|love|get|land|find|secure|obtain)\s+(?:for\s+|to\s+(?:get\s+|find\s+|land\s+|do\s+|be\s+)?(?:an?\s+)?)?(?:a\s+|an\s+|any\s+|some\s+)?${W}{0,2}${JOB}${END}`,
    'iu',
  ),
  // "offer me a job", "give me an internship", "take me on as an intern", "consider me for"
  new RegExp(String.raw`\b(?:offer|give|find|get)\s+me\s+(?:a|an|any|some)\s+${W}{0,2}${JOB}${END}`, 'iu'),
  /\b(?:hire|recruit|employ|consider|refer|recommend|take)\s+me\b/iu,
  // "Are you hiring?", "Is your team recruiting?"
  /\b(?:are|is)\s+(?:you|they|your\s+\p{L}+|the\s+\p{L}+)\s+(?:hiring|recruiting)\b/iu,
  // "Do you have any internships?", "any openings", "open positions", "vacancies available"
  new RegExp(String.raw`\b(?:any|open|available)\s+${W}{0,1}${JOB}${END}`, 'iu'),
  new RegExp(String.raw`\b${JOB}\s+(?:available|open|for\s+me|enquiry|inquiry|application|request)\b`, 'iu'),
  /\b(?:to\s+)?intern\s+(?:with|at|for)\b/iu,
  // Offering a résumé: "I attach my CV", "my résumé is attached", "send you my résumé"
  new RegExp(
    String.raw`\b(?:my|attach(?:ed|ing)?|enclos(?:e|ed|ing)|send(?:ing)?\s+you)\s+${W}{0,2}${RESUME}${END}`,
    'iu',
  ),
];
const RESUME_WORD = new RegExp(RESUME, 'iu');

/** The words that ask for a job or internship, or offer a résumé, if the text has any. */
export function findJobRequest(text: string): string | undefined {
  for (const sentence of text.split(/(?<=[.!?。？！؟])\s+|\n+/u)) {
    for (const pattern of REQUESTS) {
      const m = pattern.exec(sentence);
      if (m) return m[0].trim();
    }
  }
  return undefined;
}

/** Checks the subject and every part for a request for a job or internship, or an offered résumé. */
export function noJobCheck(text: MessageText): Check {
  const all = [text.subject, ...PART_KEYS.map((k) => text[k])].join('\n');
  const phrase = findJobRequest(all);
  if (!phrase) return check('no-job', true, 'You ask for advice, not for a job or internship.');
  if (RESUME_WORD.test(phrase)) {
    return check('no-job', false, say`It offers your résumé: “${phrase}”. Offer it only if they ask for it.`);
  }
  return check(
    'no-job',
    false,
    say`It asks for a job or internship: “${phrase}”. Ask for advice and information instead.`,
  );
}

// Question marks in Latin, full-width (Chinese, Japanese) and Arabic script.
const QUESTION_MARK = /[?？؟]/u;

/** Checks that the request is asked as a question. */
export function questionCheck(ask: string): Check {
  const text = ask.trim();
  if (!text) {
    return check(
      'question',
      false,
      'There is no request yet. Ask for a short conversation, for example “Would you have 20 minutes to talk?”',
    );
  }
  if (!QUESTION_MARK.test(text)) {
    return check(
      'question',
      false,
      'The request is not a question. Ask it with a question mark, for example “Would you be open to a 20-minute call?”',
    );
  }
  return check('question', true, 'The request is a question.');
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

/** Checks that the parts say "you" and "your" at least as often as "I", "my" and "me" (a tie passes). */
export function aboutThemCheck(text: Pick<Outreach, PartKey>): Check {
  const { you, me } = pronounCounts(PART_KEYS.map((k) => text[k]).join('\n'));
  const counts = `“you” and “your” ${times(you)}; “I”, “my” and “me” ${times(me)}.`;
  if (you >= me) return check('about-them', true, `About them at least as much as about you: ${counts}`);
  return check('about-them', false, `Say more about them: ${counts} Turn one sentence about you into one about them.`);
}

/** Checks that there is a subject line. */
export function subjectCheck(subject: string): Check {
  if (subject.trim()) return check('subject', true, 'It has a subject line.');
  return check(
    'subject',
    false,
    'There is no subject line yet. Say why you are writing, for example “Riverside graduate asking for your advice”.',
  );
}

/** Every check on a draft, in the order they are shown. */
export function checkMessage(name: string, text: MessageText, signer: Signer): Check[] {
  return [
    lengthCheck(composeBody(name, text, signer)),
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
