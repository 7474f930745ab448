import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { slugify } from '../../src/store/slugs.js';
import { defaultSettings, parseSetting } from '../../src/store/settings.js';
import { plainTextTeaser, plural } from '../../src/web/format.js';

describe('slugify', () => {
  const cases: [string, string][] = [
    ['City Council Approves New Budget', 'city-council-approves-new-budget'],
    ['Café crème à la mode', 'cafe-creme-a-la-mode'],
    ['Żółć in Kraków, São Paulo & Zürich', 'zolc-in-krakow-sao-paulo-zurich'],
    ['Straße nach Łódź über Ærø', 'strasse-nach-lodz-uber-aero'],
    ["Don't panic", 'dont-panic'],
    ['It’s the economy', 'its-the-economy'],
    ['  Q3: profits up 12% (again)!  ', 'q3-profits-up-12-again'],
    ['--Already--hyphenated--', 'already-hyphenated'],
    ['ＦＵＬＬ width ２０２６', 'full-width-2026'],
    ['', 'item'],
    ['   ', 'item'],
    ['?!…—', 'item'],
    ['日本語のニュース', 'item'],
  ];
  for (const [text, slug] of cases) {
    test(`${JSON.stringify(text)} → ${slug}`, () => {
      assert.equal(slugify(text), slug);
    });
  }

  test('is capped at 80 characters by default', () => {
    const slug = slugify('word '.repeat(40));
    assert.ok(slug.length <= 80, `length ${slug.length}`);
    assert.equal(slug, 'word-'.repeat(16).slice(0, 79));
  });

  test('a cut never leaves a trailing hyphen', () => {
    // "aaaaaaaaa-" would be the first ten characters.
    assert.equal(slugify('aaaaaaaaa bbbbbbbbb', 10), 'aaaaaaaaa');
    assert.equal(slugify('aaaa  --  bbbb', 5), 'aaaa');
  });

  test('a cut may fall inside a word', () => {
    assert.equal(slugify('Extraordinary measures', 8), 'extraord');
  });

  test('only lowercase ASCII letters, digits and single inner hyphens come out', () => {
    for (const text of ['Ça va? Ñandú—Œuvre', 'A  B\t\tC\n\nD', 'x'.repeat(200), '#1 & #2 / #3']) {
      const slug = slugify(text);
      assert.match(slug, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${text} → ${slug}`);
    }
  });
});

describe('parseSetting', () => {
  test('accepts values of the default’s type', () => {
    assert.equal(parseSetting('siteName', '"The Harbour Desk"'), 'The Harbour Desk');
    assert.equal(parseSetting('threadDepth', '3'), 3);
    assert.equal(parseSetting('floodSeconds', '0'), 0);
    assert.equal(parseSetting('formTokenMaxAgeHours', '1.5'), 1.5);
    assert.equal(parseSetting('requirePriorApproval', 'false'), false);
    assert.equal(parseSetting('timeZone', '"Europe/Lisbon"'), 'Europe/Lisbon');
  });

  test('refuses a number given as a string', () => {
    assert.throws(() => parseSetting('threadDepth', '"3"'), { message: 'threadDepth must be a number, got "3"' });
  });

  test('refuses a string given as a number', () => {
    assert.throws(() => parseSetting('siteName', '42'), { message: 'siteName must be a string, got 42' });
  });

  test('refuses a boolean given as a number or string', () => {
    assert.throws(() => parseSetting('requirePriorApproval', '1'), { message: 'requirePriorApproval must be a boolean, got 1' });
    assert.throws(() => parseSetting('requirePriorApproval', '"yes"'), { message: 'requirePriorApproval must be a boolean, got "yes"' });
  });

  test('refuses null, arrays and objects', () => {
    assert.throws(() => parseSetting('commentMaxLinks', 'null'), { message: 'commentMaxLinks must be a number, got null' });
    assert.throws(() => parseSetting('siteTagline', '["a"]'), { message: 'siteTagline must be a string, got ["a"]' });
    assert.throws(() => parseSetting('articlesPerPage', '{"n":20}'), { message: 'articlesPerPage must be a number, got {"n":20}' });
  });

  test('refuses negative numbers', () => {
    assert.throws(() => parseSetting('floodSeconds', '-1'), { message: 'floodSeconds must be a number of zero or more' });
    assert.throws(() => parseSetting('minFillSeconds', '-0.5'), { message: 'minFillSeconds must be a number of zero or more' });
  });

  test('refuses numbers too large to be finite', () => {
    assert.throws(() => parseSetting('threadDepth', '1e400'), { message: 'threadDepth must be a number of zero or more' });
  });

  test('refuses text that is not JSON', () => {
    assert.throws(() => parseSetting('siteName', 'The Harbour Desk'), { message: 'siteName: not valid JSON: The Harbour Desk' });
    assert.throws(() => parseSetting('threadDepth', ''), { message: 'threadDepth: not valid JSON: ' });
    assert.throws(() => parseSetting('requirePriorApproval', 'False'), { message: 'requirePriorApproval: not valid JSON: False' });
  });

  test('every default survives a JSON round trip', () => {
    for (const [key, value] of Object.entries(defaultSettings) as [keyof typeof defaultSettings, unknown][]) {
      assert.deepEqual(parseSetting(key, JSON.stringify(value)), value, key);
    }
  });
});

describe('plainTextTeaser', () => {
  test('returns all the text when it has no more words than asked', () => {
    assert.equal(plainTextTeaser('<p>Three little words</p>', 3), 'Three little words');
    assert.equal(plainTextTeaser('<p>Two words</p>', 5), 'Two words');
  });

  test('cuts at a word boundary and adds an ellipsis', () => {
    assert.equal(plainTextTeaser('<p>The harbour authority approved the dredging plan on Tuesday.</p>', 4), 'The harbour authority approved…');
  });

  test('removes tags, keeping the words inside them', () => {
    assert.equal(
      plainTextTeaser('<p>A <strong>bold</strong> and <a href="https://example.org/x" rel="noopener nofollow">linked</a> <em>claim</em></p>', 10),
      'A bold and linked claim',
    );
  });

  test('block ends separate words', () => {
    assert.equal(
      plainTextTeaser('<p>first</p><p>second</p><blockquote>third</blockquote><ul><li>fourth</li><li>fifth</li></ul><h2>sixth</h2><pre>seventh</pre>eighth', 10),
      'first second third fourth fifth sixth seventh eighth',
    );
  });

  test('line breaks and figure captions separate words', () => {
    assert.equal(plainTextTeaser('<p>one<br />two<br>three</p>', 10), 'one two three');
    assert.equal(
      plainTextTeaser('<figure><img src="https://example.org/a.jpg" alt="" /><figcaption>Photo: Ana</figcaption></figure><p>Story starts</p>', 10),
      'Photo: Ana Story starts',
    );
  });

  test('entities are decoded into plain text', () => {
    assert.equal(
      plainTextTeaser('<p>Fish &amp; chips &lt;3 for caf&#233; owners &quot;today&quot; &#x1F600;</p>', 20),
      'Fish & chips <3 for café owners "today" 😀',
    );
  });

  test('escaped markup comes out as text, not as tags to strip', () => {
    assert.equal(plainTextTeaser('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>', 5), '<script>alert(1)</script>');
  });

  test('unknown and out-of-range entities are left as they are', () => {
    assert.equal(plainTextTeaser('<p>a &bogus; b &#0; c &#1114112; d</p>', 10), 'a &bogus; b &#0; c &#1114112; d');
  });

  test('a non-breaking space separates words', () => {
    assert.equal(plainTextTeaser('<p>Tom&nbsp;and&nbsp;Jerry return</p>', 2), 'Tom and…');
  });

  test('whitespace is collapsed and trimmed', () => {
    assert.equal(plainTextTeaser('\n  <p>  spaced\n\n   out\t text </p>  ', 10), 'spaced out text');
  });

  test('an empty body gives an empty teaser', () => {
    assert.equal(plainTextTeaser('', 30), '');
    assert.equal(plainTextTeaser('<p></p><img src="https://example.org/a.jpg" />', 30), '');
  });

  test('no tag survives', () => {
    assert.doesNotMatch(plainTextTeaser('<p><a href="https://example.org">a</a> <img src="https://example.org/i.png" alt="b" /> <code>c</code></p>', 10), /[<>]/);
  });

  test('a long body is cut correctly', () => {
    assert.equal(plainTextTeaser(`<p>${'word '.repeat(20_000)}</p>`, 3), 'word word word…');
  });

  test('a long first word is kept whole', () => {
    const long = 'x'.repeat(1_000);
    assert.equal(plainTextTeaser(`<p>${long} tail</p>`, 1), `${long}…`);
    assert.equal(plainTextTeaser(`<p>${long}</p>`, 1), long);
  });

  test('a long tag is never cut into the text', () => {
    assert.equal(plainTextTeaser(`<p>a <a href="https://example.org/${'y'.repeat(600)}">link</a> b</p>`, 2), 'a link…');
  });
});

describe('plural', () => {
  test('one', () => {
    assert.equal(plural(1, 'comment', 'comments'), '1 comment');
  });

  test('zero and many use the plural', () => {
    assert.equal(plural(0, 'comment', 'comments'), '0 comments');
    assert.equal(plural(2, 'reply', 'replies'), '2 replies');
  });

  test('thousands are grouped', () => {
    assert.equal(plural(12_345, 'comment', 'comments'), '12,345 comments');
  });
});

test('parseSetting refuses a time zone that does not exist, so dates can always be shown', async () => {
  const { parseSetting } = await import('../../src/store/settings.js');
  assert.equal(parseSetting('timeZone', '"Europe/Lisbon"'), 'Europe/Lisbon');
  assert.throws(() => parseSetting('timeZone', '"Mars/Base"'), /timeZone must be an IANA time zone/);
});
