import { describe, expect, it } from 'vitest';
import { emptyProfile } from '../../workbook/model';
import { CHECK_REASONS } from './check-reasons';
import {
  aboutThemCheck,
  type Check,
  checkMessage,
  checkSummary,
  composeBody,
  connectionCheck,
  findJobRequest,
  hasText,
  lengthCheck,
  type MessageText,
  noJobCheck,
  pronounCounts,
  questionCheck,
  subjectCheck,
} from './email';

/** "About you" with nothing filled in: messages greet with "Hello" and end with "Best wishes,". */
const UNSIGNED = emptyProfile();
/** Aisha's profile: her name, a greeting and sign-off of her own, and her LinkedIn address. */
const AISHA_SIGNS = {
  ...emptyProfile(),
  firstName: 'Aisha',
  lastName: 'Bello',
  greeting: 'Dear',
  signOff: 'Kind regards',
  linkedIn: 'linkedin.com/in/aisha-bello',
};

/** A draft with every part empty; override what the test needs. */
function draft(extra: Partial<MessageText> = {}): MessageText {
  return { subject: '', connection: '', aboutMe: '', whyThem: '', question: '', ask: '', ...extra };
}

/** Aisha's message from the guide: short, connection first, about Grace, a question. */
const AISHA = draft({
  subject: 'Riverside design graduate asking for your advice',
  connection: 'We both studied graphic design at Riverside College.',
  aboutMe: 'I am in my second year now.',
  whyThem: 'Your cover for The River Road is on my wall, and your portfolio shows the path you took.',
  question: 'I would love to hear how you moved from school into book design.',
  ask: 'Would you be open to a 20-minute call with you in the next few weeks, at a time that suits you?',
});

/** Text of exactly `n` words. */
const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

describe('composeBody', () => {
  it('greets the person, puts the parts in three paragraphs with the request last, and signs off', () => {
    expect(composeBody('Grace Kim', AISHA, UNSIGNED)).toBe(
      [
        'Hello Grace Kim,',
        'We both studied graphic design at Riverside College. I am in my second year now.',
        'Your cover for The River Road is on my wall, and your portfolio shows the path you took. I would love to hear how you moved from school into book design.',
        'Would you be open to a 20-minute call with you in the next few weeks, at a time that suits you?',
        'Best wishes,',
      ].join('\n\n'),
    );
  });

  it('uses the greeting and sign-off of "About you", and signs with the student’s name and LinkedIn address', () => {
    const body = composeBody('Grace Kim', draft({ ask: 'Could we talk?' }), AISHA_SIGNS);
    expect(body).toBe(
      'Dear Grace Kim,\n\nCould we talk?\n\nKind regards,\nAisha Bello\nhttps://linkedin.com/in/aisha-bello',
    );
  });

  it('leaves out empty parts and trims spaces; nothing written gives an empty body', () => {
    expect(composeBody('  Grace   Kim ', draft({ ask: '  Could we talk?  ', whyThem: '   ' }), UNSIGNED)).toBe(
      'Hello Grace Kim,\n\nCould we talk?\n\nBest wishes,',
    );
    expect(composeBody('Grace', draft({ connection: ' \n\t ' }), AISHA_SIGNS)).toBe('');
  });

  it('keeps names with commas, quotes, emoji and other scripts as written', () => {
    expect(composeBody('José "Pepe" O’Brien, Jr. 🎨', draft({ ask: 'Could we talk?' }), AISHA_SIGNS)).toMatch(
      /^Dear José "Pepe" O’Brien, Jr\. 🎨,\n/,
    );
    expect(composeBody('王芳', draft({ ask: '可以聊聊吗？' }), UNSIGNED)).toBe(
      'Hello 王芳,\n\n可以聊聊吗？\n\nBest wishes,',
    );
    expect(composeBody('   ', draft({ ask: 'Could we talk?' }), AISHA_SIGNS)).toMatch(/^Hello,\n/);
  });

  it('knows when anything is written, the subject included', () => {
    expect(hasText(draft())).toBe(false);
    expect(hasText(draft({ question: '  ' }))).toBe(false);
    expect(hasText(draft({ subject: 'Hi' }))).toBe(true);
  });
});

describe('the length check', () => {
  it('fails with no words', () => {
    expect(lengthCheck('')).toMatchObject({ pass: false, text: expect.stringContaining('No words yet') });
  });

  it('passes at 75 words and under, saying it is short', () => {
    expect(lengthCheck(words(1))).toEqual({
      id: 'length',
      pass: true,
      text: 'Under 75 words: it has 1 word. Short and easy to read.',
    });
    expect(lengthCheck(words(75)).text).toBe('Under 75 words: it has 75 words. Short and easy to read.');
  });

  it('passes from 76 to 99 words, saying how much to cut to reach 75', () => {
    expect(lengthCheck(words(76))).toMatchObject({
      pass: true,
      text: 'Under 100 words: it has 76 words. Under 75 is even better: cut 1 word for that.',
    });
    expect(lengthCheck(words(99))).toMatchObject({ pass: true, text: expect.stringContaining('cut 24 words') });
  });

  it('fails at 100 words and more, saying how much to cut', () => {
    expect(lengthCheck(words(100))).toMatchObject({
      pass: false,
      text: 'Not under 100 words: it has 100 words. Cut at least 1 word.',
    });
    expect(lengthCheck(words(130)).text).toBe('Not under 100 words: it has 130 words. Cut at least 31 words.');
  });

  it('counts the greeting, the sign-off and the name, since they are part of what is read', () => {
    const body = composeBody('Grace Kim', draft({ ask: words(94) }), UNSIGNED);
    expect(lengthCheck(body)).toMatchObject({ pass: true, text: expect.stringContaining('99 words') });
    expect(lengthCheck(composeBody('Grace Kim', draft({ ask: words(95) }), UNSIGNED)).pass).toBe(false);
    const signed = { ...UNSIGNED, firstName: 'Aisha', lastName: 'Bello' };
    expect(lengthCheck(composeBody('Grace Kim', draft({ ask: words(94) }), signed)).text).toContain('101 words');
  });

  it('does not count emoji or punctuation as words', () => {
    expect(lengthCheck('Hi 🎉 — ! there').text).toContain('2 words');
  });
});

describe('the connection check', () => {
  it('passes when the message opens with the connection', () => {
    expect(connectionCheck(AISHA)).toMatchObject({ id: 'connection', pass: true, text: 'The connection comes first.' });
    expect(connectionCheck(draft({ connection: 'I am also a Riverside graduate.' })).pass).toBe(true);
  });

  it('fails when there is no connection, even if the rest is written', () => {
    const c = connectionCheck({ ...AISHA, connection: '   ' });
    expect(c.pass).toBe(false);
    expect(c.text).toContain('say first how you are connected');
  });

  it('fails when the connection starts by introducing the writer', () => {
    for (const opening of [
      'My name is Aisha and we both studied at Riverside.',
      'Hello! My name’s Aisha.',
      'Dear Ms Kim, my name is Aisha.',
      '  let me introduce myself: Aisha.',
    ]) {
      const c = connectionCheck(draft({ connection: opening }));
      expect(c.pass, opening).toBe(false);
      expect(c.text).toContain('starts with your name');
    }
  });
});

describe('the no-job check', () => {
  it('passes a message that asks for advice, and gives its reason', () => {
    expect(noJobCheck(AISHA)).toEqual({
      id: 'no-job',
      pass: true,
      text: 'You ask for advice, not for a job or internship.',
    });
  });

  it.each<[string, Partial<MessageText>, string]>([
    ['asks for internships', { ask: 'Do you have any internships this summer?' }, 'any internships'],
    ['a job enquiry in the subject', { subject: 'Job enquiry' }, 'Job enquiry'],
    ['asks whether they are hiring', { question: 'Are you HIRING?' }, 'Are you HIRING'],
    ['says they want to intern there', { aboutMe: 'I want to intern with a publisher.' }, 'want to intern'],
    ['asks for vacancies', { connection: 'Any vacancies?' }, 'Any vacancies'],
    ['asks to be hired', { ask: 'Could you hire me?' }, 'hire me'],
    [
      'is looking for an internship',
      { aboutMe: 'I am looking for an internship in UX research.' },
      'looking for an internship',
    ],
    ['applies for positions', { whyThem: 'I am applying for junior positions.' }, 'applying for junior positions'],
    ['hopes to find a job', { aboutMe: 'I hope to find a job in publishing.' }, 'hope to find a job'],
    ['asks for open roles', { ask: 'Are there open roles on your team?' }, 'open roles'],
    ['asks to be referred', { ask: 'Would you refer me?' }, 'refer me'],
    ['would like an internship', { ask: 'I would like an internship at your company.' }, 'like an internship'],
  ])('fails when it %s, quoting the words', (_, part, phrase) => {
    const c = noJobCheck(draft(part));
    expect(c.pass).toBe(false);
    expect(c.text).toBe(`It asks for a job or internship: “${phrase}”. Ask for advice and information instead.`);
  });

  it('fails on offering a résumé or CV, with advice to offer it only if asked', () => {
    for (const word of ['résumé', 'resume', 'CV', 'Resumes']) {
      const c = noJobCheck(draft({ whyThem: `I attach my ${word}.` }));
      expect(c).toMatchObject({
        pass: false,
        text: `It offers your résumé: “attach my ${word}”. Offer it only if they ask for it.`,
      });
    }
  });

  it.each([
    'Could you tell me about your internship at Figma?',
    'How did you find your first job?',
    'How did you get a job after school?',
    'What do you like about your job and your internship days?',
    'I would love to hear what your internship taught you.',
    'I want to learn about internships in your field.',
    'I need advice on internships.',
    'In my first job I learned to listen.',
    'I saw the opening talk you gave.',
    'International internal jobless-free cvs2 hirers',
    'Your résumé tips helped me.',
    'I like your job title.',
    'I would love to hear about your job.',
  ])('passes when it asks about their job or only mentions one: %s', (text) => {
    expect(findJobRequest(text)).toBeUndefined();
    expect(noJobCheck(draft({ question: text })).pass).toBe(true);
  });
});

describe('the question check', () => {
  it('passes a request with a question mark, in Latin, full-width or Arabic script', () => {
    for (const ask of [
      'Would you be open to a 20-minute call?',
      '可以和您聊二十分钟吗？',
      'هل يمكننا التحدث؟',
      'Could we talk? Thanks.',
    ]) {
      expect(questionCheck(ask), ask).toMatchObject({ id: 'question', pass: true, text: 'The request is a question.' });
    }
  });

  it('fails a statement, and an empty or blank request', () => {
    expect(questionCheck('I would like 20 minutes of your time.')).toMatchObject({
      pass: false,
      text: expect.stringContaining('The request is not a question.'),
    });
    expect(questionCheck(' \n ')).toMatchObject({ pass: false, text: expect.stringContaining('no request yet') });
  });
});

describe('the more-about-them check', () => {
  it('counts you and your against I, my and me, with contractions and any apostrophe', () => {
    expect(pronounCounts("You're kind; your work, yours. I'm here, I’ve my notes, me, myself.")).toEqual({
      you: 3,
      me: 5,
    });
    expect(pronounCounts('Meet the team at Memphis; youth, yourselves.')).toEqual({ you: 1, me: 0 });
    expect(pronounCounts('')).toEqual({ you: 0, me: 0 });
  });

  it('passes when "you" comes up more often, saying so positively', () => {
    expect(aboutThemCheck(AISHA)).toEqual({
      id: 'about-them',
      pass: true,
      text: 'About them at least as much as about you: “you” and “your” 7 times; “I”, “my” and “me” 4 times.',
    });
  });

  it('passes a tie, with nothing written as a tie of none', () => {
    expect(aboutThemCheck(draft({ aboutMe: 'I like your work.' }))).toMatchObject({
      pass: true,
      text: 'About them at least as much as about you: “you” and “your” once; “I”, “my” and “me” once.',
    });
    expect(aboutThemCheck(draft()).pass).toBe(true);
  });

  it('fails when "I" comes up more often, asking for more about them, and counts once in words', () => {
    expect(aboutThemCheck(draft({ aboutMe: 'I like your work. I study it.' }))).toMatchObject({
      pass: false,
      text: 'Say more about them: “you” and “your” once; “I”, “my” and “me” 2 times. Turn one sentence about you into one about them.',
    });
    expect(aboutThemCheck(draft({ aboutMe: 'I study. My goal is mine.' })).pass).toBe(false);
  });

  it('does not count the greeting or the "Thank you" of the composed email', () => {
    expect(aboutThemCheck(draft({ ask: 'Could I ask a question?' })).pass).toBe(false);
  });
});

describe('the subject check and the whole message', () => {
  it('needs a subject line', () => {
    expect(subjectCheck('  ').pass).toBe(false);
    expect(subjectCheck('Advice from a fellow graduate')).toMatchObject({ pass: true });
  });

  it('runs every check in order and sums them up', () => {
    const checks = checkMessage('Grace Kim', AISHA, AISHA_SIGNS);
    expect(checks.map((c) => [c.id, c.pass])).toEqual([
      ['length', true],
      ['connection', true],
      ['no-job', true],
      ['question', true],
      ['about-them', true],
      ['subject', true],
    ]);
    expect(checkSummary(checks)).toBe('All 6 checks pass.');
    const bad = checkMessage('Grace Kim', { ...AISHA, ask: 'Would you have any internships for me.' }, UNSIGNED);
    expect(bad.filter((c: Check) => !c.pass).map((c) => c.id)).toEqual(['no-job', 'question']);
    expect(checkSummary(bad)).toBe('4 of 6 checks pass.');
  });

  it('has a reason in words for every check it runs', () => {
    const ids = checkMessage('Grace Kim', AISHA, AISHA_SIGNS).map((c) => c.id);
    expect(Object.keys(CHECK_REASONS).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(CHECK_REASONS[id].length).toBeGreaterThan(40);
    expect(CHECK_REASONS.length).toContain('under 100 words');
    expect(CHECK_REASONS['no-job']).toContain('Asking about their own job or internship is fine.');
    expect(CHECK_REASONS['about-them']).toContain('as many or more about them passes');
  });
});
