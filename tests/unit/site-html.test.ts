import { describe, expect, it } from 'vitest';
import { builtTitle, decodeEntities, idCounts } from '../e2e/site';

describe('decodeEntities', () => {
  it('replaces named and numeric character references and leaves unknown ones', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; &#x2F; &nbsp-ish &copy;')).toBe(
      'a & b <c> "d" \'e\' / &nbsp-ish &copy;',
    );
  });
});

describe('idCounts', () => {
  it('counts each id once per element, in any quoting, with entities decoded', () => {
    const html =
      '<h2 id="why">Why</h2><p id=plain class="x">a</p><div data-id="not-this" id=\'single\'></div>' +
      '<section id="why"></section><a href="#why" title="not id=&quot;fake&quot;">x</a><h3 id="q&amp;a">Q</h3>' +
      '<input id="self" />';
    expect(Object.fromEntries(idCounts(html))).toEqual({ why: 2, plain: 1, single: 1, 'q&a': 1, self: 1 });
  });

  it('finds no elements in comments, scripts, styles, templates or noscript', () => {
    const html =
      '<!-- <p id="comment"></p> --><script>document.write(\'<p id="script"></p>\')</script>' +
      '<style>#style { color: red }</style><template><p id="template"></p></template>' +
      '<noscript><p id="noscript">Turn on JavaScript</p></noscript><main id="main"></main>';
    expect([...idCounts(html).keys()]).toEqual(['main']);
  });

  it('reads attribute values that hold ">" and ignores "id" inside another value', () => {
    const html = '<a title="1 > 0 id=x" id="real" data-note=\'id="also-not"\'>x</a>';
    expect([...idCounts(html).keys()]).toEqual(['real']);
  });
});

describe('builtTitle', () => {
  it('is the document title, decoded and trimmed, not an SVG title further down', () => {
    expect(builtTitle('<head><title> Q&amp;A · Guide </title></head><svg><title>QR code</title></svg>')).toBe(
      'Q&A · Guide',
    );
    expect(builtTitle('<p>No title</p>')).toBe('');
  });
});
