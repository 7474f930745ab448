import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import { escapeXml, escapeXmlAttribute, renderXmlDocument, xml } from '../../src/text/xml.js';

/** Every C0 control, tab, LF and CR included. */
const C0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

describe('escapeXml', () => {
  test('escapes the five markup characters', () => {
    assert.equal(escapeXml(`Fish & chips <b>"quoted" 'too'</b> ]]>`), 'Fish &amp; chips &lt;b&gt;&quot;quoted&quot; &apos;too&apos;&lt;/b&gt; ]]&gt;');
  });

  test('drops what XML 1.0 forbids and keeps tab, LF, CR and everything else', () => {
    assert.equal(escapeXml(`a${C0}b`), 'a\t\n\rb');
    assert.equal(escapeXml('x\uFFFEy\uFFFFz'), 'xyz');
    assert.equal(escapeXml('lone \uD800high and \uDC00low'), 'lone high and low');
    assert.equal(escapeXml('low then high \uDC00\uD800!'), 'low then high !');
    assert.equal(escapeXml('pair 😀 and \u{10FFFF} stay'), 'pair 😀 and \u{10FFFF} stay');
    assert.equal(escapeXml('accents é ü, C1 \u0085 and \u007F stay, \uFFFD too'), 'accents é ü, C1 \u0085 and \u007F stay, \uFFFD too');
  });

  test('nothing forbidden survives a long mix of them', () => {
    // Surrogates kept apart by other characters, so none of them forms a pair.
    const hostile = `${C0}\uD800\uFFFE\uDC00\uFFFF\uDBFF&\uDFFF<>`.repeat(10_000);
    const out = escapeXml(hostile);
    assert.doesNotMatch(out, FORBIDDEN);
    assert.equal(out, '\t\n\r&amp;&lt;&gt;'.repeat(10_000));
  });
});

describe('escapeXmlAttribute', () => {
  test('writes tab, LF and CR as references, so attribute-value normalisation does not turn them into spaces', () => {
    assert.equal(escapeXmlAttribute('a\tb\nc\r\nd'), 'a&#9;b&#10;c&#13;&#10;d');
    assert.equal(escapeXmlAttribute(`"x" & <y>${C0}\uFFFE`), '&quot;x&quot; &amp; &lt;y&gt;&#9;&#10;&#13;');
  });

  test('the writer uses it for every attribute value, and keeps text nodes as they are', () => {
    assert.equal(renderXmlDocument(xml('a', { title: 'one\ttwo\nthree\rfour' }, 'five\tsix')), '<?xml version="1.0" encoding="utf-8"?>\n<a title="one&#9;two&#10;three&#13;four">five\tsix</a>\n');
  });
});

describe('the XML writer', () => {
  test('escapes every text node and attribute value', () => {
    const doc = renderXmlDocument(
      xml('root', { title: `A "B" & ${C0}C\uFFFE\uD800`, absent: undefined, empty: null }, xml('title', {}, `T <x> & ${C0}\uDC00`), xml('empty', {}), xml('skipped', {}, '', false, null)),
    );
    assert.equal(
      doc,
      '<?xml version="1.0" encoding="utf-8"?>\n' +
        '<root title="A &quot;B&quot; &amp; &#9;&#10;&#13;C">\n' +
        '  <title>T &lt;x&gt; &amp; \t\n\r</title>\n' +
        '  <empty/>\n' +
        '  <skipped/>\n' +
        '</root>\n',
    );
    assert.equal(XMLValidator.validate(doc), true);
    assert.doesNotMatch(doc, FORBIDDEN);
  });

  test('an element with text is written on one line, so no whitespace is added to it', () => {
    assert.equal(renderXmlDocument(xml('a', {}, xml('b', {}, 'Fish & chips'))), '<?xml version="1.0" encoding="utf-8"?>\n<a>\n  <b>Fish &amp; chips</b>\n</a>\n');
  });

  test('refuses names that are not XML names (names come from code, never from input)', () => {
    assert.throws(() => xml('bad name', {}), /not an XML name/);
    assert.throws(() => xml('a', { 'x"y': '1' }), /not an XML attribute name/);
  });
});
