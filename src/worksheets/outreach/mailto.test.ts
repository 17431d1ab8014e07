import { describe, expect, it } from 'vitest';
import { emptyProfile } from '../../workbook/model';
import { composeBody } from './email';
import { emailProblem, encodeMailtoText, MAILTO_SAFE_LENGTH, mailtoHref, wellFormed } from './mailto';

/** What a mail app reads back from a mailto: link: address, subject and body, decoded. */
function parse(href: string): { to: string; subject?: string; body?: string } {
  expect(href.startsWith('mailto:')).toBe(true);
  const [to = '', query = ''] = href.slice(7).split('?');
  const params = Object.fromEntries(
    query
      .split('&')
      .filter(Boolean)
      .map((pair) => {
        const [k = '', v = ''] = pair.split('=');
        return [k, decodeURIComponent(v)];
      }),
  );
  return { to: decodeURIComponent(to), ...params };
}

describe('mailto links', () => {
  it('puts the address, subject and body in, with spaces as %20 and line breaks as %0D%0A', () => {
    const href = mailtoHref('grace.kim@example.org', 'A question', 'Dear Grace,\n\nCould we talk?');
    expect(href).toBe(
      'mailto:grace.kim@example.org?subject=A%20question&body=Dear%20Grace%2C%0D%0A%0D%0ACould%20we%20talk%3F',
    );
  });

  it('encodes names with commas, quotes and apostrophes so they cannot end a parameter', () => {
    const body = composeBody(
      'O’Brien, "Pepe" & Sons\'',
      {
        connection: 'a=b&c=d #1 100%',
        aboutMe: '',
        whyThem: '',
        question: '',
        ask: '',
      },
      emptyProfile(),
    );
    const href = mailtoHref('pepe@example.org', 'Re: "advice", please & thanks', body);
    expect(href).not.toMatch(/[",'"()!*#\s]/);
    expect(href.match(/&/g)).toHaveLength(1);
    expect(href.match(/\?/g)).toHaveLength(1);
    expect(href).toContain('%22Pepe%22');
    expect(href).toContain('Sons%27');
    expect(parse(href)).toEqual({
      to: 'pepe@example.org',
      subject: 'Re: "advice", please & thanks',
      body: body.replace(/\n/g, '\r\n'),
    });
  });

  it('encodes emoji and non-Latin scripts as UTF-8', () => {
    const body = composeBody(
      '王芳 🎨',
      {
        connection: 'Привет! مرحبا',
        aboutMe: '',
        whyThem: '',
        question: '',
        ask: 'こんにちは？',
      },
      emptyProfile(),
    );
    const href = mailtoHref('wang@example.cn', '🎓 学生', body);
    expect(href).toContain('subject=%F0%9F%8E%93%20%E5%AD%A6%E7%94%9F');
    expect(href).toContain('%E7%8E%8B%E8%8A%B3%20%F0%9F%8E%A8');
    expect(/^[\x21-\x7e]+$/.test(href)).toBe(true);
    expect(parse(href).body).toBe(body.replace(/\n/g, '\r\n'));
  });

  it('does not throw on half an emoji cut by a length limit', () => {
    const cut = '🎨'.repeat(3).slice(0, 5);
    expect(() => encodeURIComponent(cut)).toThrow();
    expect(wellFormed(cut)).toBe('🎨🎨\uFFFD');
    expect(wellFormed('\uDC00x\uD800')).toBe('\uFFFDx\uFFFD');
    expect(encodeMailtoText(cut)).toBe('%F0%9F%8E%A8%F0%9F%8E%A8%EF%BF%BD');
  });

  it('opens with an empty "To" line when the contact has no email, or an unusable one', () => {
    expect(mailtoHref('', 'Hi', 'Body')).toBe('mailto:?subject=Hi&body=Body');
    expect(mailtoHref('not an address', 'Hi', '')).toBe('mailto:?subject=Hi');
    expect(mailtoHref('a@b.org, c@d.org', '', '')).toBe('mailto:');
  });

  it('keeps a non-Latin address usable, encoded as UTF-8', () => {
    const href = mailtoHref(' józef@przykład.pl ', '', 'x');
    expect(href).toBe('mailto:j%C3%B3zef@przyk%C5%82ad.pl?body=x');
    expect(parse(href).to).toBe('józef@przykład.pl');
  });

  it('gives long messages a long link, which the worksheet flags', () => {
    expect(mailtoHref('a@b.org', 's', 'word '.repeat(600)).length).toBeGreaterThan(MAILTO_SAFE_LENGTH);
  });
});

describe('email addresses', () => {
  it('accepts one address, empty included', () => {
    for (const ok of ['', '  ', 'grace@example.org', 'o.brien+jobs@mail.example.co.uk', '王芳@例子.中国']) {
      expect(emailProblem(ok), ok).toBeUndefined();
    }
  });

  it('refuses what is not one address, with a message in words', () => {
    for (const bad of [
      'grace',
      'grace@',
      '@example.org',
      'grace@example',
      'a b@example.org',
      'a@b.org, c@d.org',
      '"Grace" <g@x.org>',
      'g@x.',
      'g@@x.org',
    ]) {
      expect(emailProblem(bad), bad).toBe('Enter one email address, like name@example.org, or leave it empty.');
    }
  });
});
