import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { foldWord, isSearchable, MAX_QUERY_WORDS, parseSearchQuery, toFtsMatch, wordsOf } from '../../src/store/search-query.js';
import { highlightText, makeSnippet, SNIPPET_WORDS } from '../../src/store/search-snippet.js';

function terms(raw: string) {
  const q = parseSearchQuery(raw);
  return { clauses: q.clauses.map((c) => c.anyOf.map((t) => t.words.join(' '))), excluded: q.excluded.map((t) => t.words.join(' ')), notes: q.notes };
}

describe('parseSearchQuery', () => {
  test('plain words are separate clauses, all required', () => {
    assert.deepEqual(terms('Climate  Summit'), { clauses: [['climate'], ['summit']], excluded: [], notes: [] });
  });

  test('a quoted phrase is one term of several words', () => {
    assert.deepEqual(terms('"prime minister" vote'), { clauses: [['prime minister'], ['vote']], excluded: [], notes: [] });
  });

  test('a leading minus excludes a word or a phrase', () => {
    assert.deepEqual(terms('election -poll -"exit poll"'), { clauses: [['election']], excluded: ['poll', 'exit poll'], notes: [] });
  });

  test('OR in capitals joins the terms either side; lowercase or is a word', () => {
    assert.deepEqual(terms('rail OR tram OR "light rail" strike'), { clauses: [['rail', 'tram', 'light rail'], ['strike']], excluded: [], notes: [] });
    assert.deepEqual(terms('rail or tram'), { clauses: [['rail'], ['or'], ['tram']], excluded: [], notes: [] });
  });

  test('OR at either end or next to an exclusion joins nothing', () => {
    assert.deepEqual(terms('OR rail -bus OR tram OR'), { clauses: [['rail'], ['tram']], excluded: ['bus'], notes: [] });
  });

  test('only exclusions leave nothing to search for, and say so', () => {
    const q = parseSearchQuery('-sport -weather');
    assert.equal(isSearchable(q), false);
    assert.deepEqual(q.notes, ['only-exclusions']);
    assert.deepEqual(q.excluded, []);
  });

  test('search syntax of either store becomes plain words', () => {
    assert.deepEqual(terms('title:budget NEAR(tax cut) pol* ^start'), { clauses: [['title budget'], ['near tax'], ['cut'], ['pol'], ['start']], excluded: [], notes: [] });
    assert.deepEqual(terms('* () : " " \'\''), { clauses: [], excluded: [], notes: [] });
  });

  test('an unclosed quote runs to the end', () => {
    assert.deepEqual(terms('"open quote here'), { clauses: [['open quote here']], excluded: [], notes: [] });
  });

  test('a long input is cut and the words are bounded', () => {
    const q = parseSearchQuery('word '.repeat(2000));
    assert.deepEqual(q.notes, ['shortened', 'too-many-words']);
    assert.equal(q.clauses.length, MAX_QUERY_WORDS);
  });

  test('accented words keep their letters; folding removes the accents', () => {
    assert.deepEqual(wordsOf('Café-Crème, ZOË'), ['café', 'crème', 'zoë']);
    assert.equal(foldWord('Crème'), 'creme');
    assert.equal(foldWord('ŁÓDŹ'), 'łodz');
  });
});

describe('toFtsMatch', () => {
  test('every term is quoted, exclusions follow NOT', () => {
    assert.equal(toFtsMatch(parseSearchQuery('a OR "b c" d -e -f')), '(("a" OR "b c") AND ("d")) NOT ("e" OR "f")');
  });

  test('no character of hostile input survives outside quotes', () => {
    assert.equal(toFtsMatch(parseSearchQuery('x" OR title:y) NEAR/2 {author} -"')), '("x") AND ("or title y near 2 author")');
    assert.equal(toFtsMatch(parseSearchQuery('title:y) NEAR/2 {author}')), '("title y") AND ("near 2") AND ("author")');
  });

  test('columns, when named, filter the whole expression, exclusions included', () => {
    assert.equal(toFtsMatch(parseSearchQuery('a -b'), ['body']), '{body} : ((("a")) NOT ("b"))');
    assert.equal(toFtsMatch(parseSearchQuery('a OR b'), ['author', 'email']), '{author email} : (("a" OR "b"))');
  });
});

describe('snippets', () => {
  const query = parseSearchQuery('cafe');

  test('a title is escaped with the searched words marked, accents folded', () => {
    assert.equal(highlightText('Le <b>Café</b> & "co"', query), 'Le &lt;b&gt;<mark>Café</mark>&lt;/b&gt; &amp; &quot;co&quot;');
  });

  test('a snippet shows at most the word limit, around the match', () => {
    const text = `${'before '.repeat(200)}the new café opened ${'after '.repeat(200)}`;
    const snippet = makeSnippet(text, query);
    assert.match(snippet, /^… before the new <mark>café<\/mark> opened after/);
    assert.ok(snippet.endsWith(' …'));
    assert.equal(wordsOf(snippet.replace(/<\/?mark>/g, '')).length, SNIPPET_WORDS);
  });

  test('without a match in the text, the start of it, still bounded', () => {
    const snippet = makeSnippet('one two three four five', parseSearchQuery('zebra'), 3);
    assert.equal(snippet, 'one two three …');
  });

  test('markup in the text is escaped, never passed through', () => {
    const snippet = makeSnippet('a cafe <script>alert("x")</script> b', query);
    assert.equal(snippet, 'a <mark>cafe</mark> &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; b');
  });

  test('letters outside the Basic Multilingual Plane and emoji keep their place', () => {
    assert.equal(makeSnippet('Fête 😀 à 𝒫aris', parseSearchQuery('FETE 𝒫aris')), '<mark>Fête</mark> 😀 à <mark>𝒫aris</mark>');
  });

  test('an empty text gives an empty snippet', () => {
    assert.equal(makeSnippet('', query), '');
  });
});
