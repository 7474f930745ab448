import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { buildModel, chi2Q, chiSquareCombine, emptyModel, learn, spamProbability, tokenProbability, tokenize, unlearn, type BayesComment, type BayesModel } from '../../src/discussion/spam/bayes.js';
import { loadSeedCorpus, modelFromSeedAnd, trainingLabel } from '../../src/discussion/spam/bayes-store.js';

const c = (body: string, more: Partial<BayesComment> = {}): BayesComment => ({ authorName: 'Ana Costa', authorEmail: 'ana@mail.example', authorUrl: null, body, ...more });

describe('the learned filter: tokenizer', () => {
  test('lowercases words, collapses digits, adds bigrams and leaves stopwords out', () => {
    const t = tokenize(c('Earn $900 a WEEK from home'));
    for (const token of ['earn', '$', '0', 'week', 'home', 'earn $', '$ 0']) assert.ok(t.has(token), token);
    assert.ok(!t.has('a') && !t.has('from'));
    assert.ok(!t.has('900'));
  });
  test('links become host, domain and top-level-domain tokens, with the words of the host', () => {
    const t = tokenize(c('see https://www.cheap-pills.example.xyz/buy now and bit.ly/abc'));
    assert.ok(t.has('host:cheap-pills.example.xyz'));
    assert.ok(t.has('tld:xyz'));
    assert.ok(t.has('domain:example.xyz'));
    assert.ok(t.has('hostword:cheap') && t.has('hostword:pills'));
    assert.ok(t.has('host:bit.ly'));
    assert.ok(t.has('shape:links-2'));
    assert.ok(!t.has('https'));
  });
  test('the author: name words, email domain, website and user agent are prefixed', () => {
    const t = tokenize(c('hello', { authorName: 'Best SEO Agency', authorEmail: 'Sales7@Rank.example', authorUrl: 'https://rank.example.top/', userAgent: 'curl/8.5.0' }));
    for (const token of ['name:best', 'name:seo', 'name:agency', 'emaildomain:rank.example', 'emailword:sales0', 'sitehost:rank.example.top', 'sitetld:top', 'agent:curl', 'shape:website']) assert.ok(t.has(token), token);
    assert.ok(!t.has('seo'), 'a name word is not a text word');
  });
});

describe('the learned filter: model and probabilities', () => {
  test('learns a token: f(w) moves towards spam with spam, towards genuine with genuine', () => {
    const model = emptyModel();
    assert.equal(tokenProbability(model, 'zorblax'), 0.5);
    learn(model, c('zorblax pills'), 'spam');
    learn(model, c('council meeting tonight'), 'ham');
    const once = tokenProbability(model, 'zorblax');
    learn(model, c('zorblax again'), 'spam');
    learn(model, c('the library reopens'), 'ham');
    assert.ok(once > 0.5 && tokenProbability(model, 'zorblax') > once);
    assert.ok(tokenProbability(model, 'council') < 0.5);
    // Robinson's f(w) with s = 1, x = 0.5: two spam sightings and no genuine ones, 2/3 + 1/6.
    assert.ok(Math.abs(tokenProbability(model, 'zorblax') - (0.5 + 2 * 1) / 3) < 1e-9);
  });
  test('a model of spam and genuine texts tells them apart', () => {
    const model = buildModel([
      ...['cheap pills online order now', 'casino bonus free spins order now', 'cheap loans approved online now'].map((t) => ({ comment: c(t), label: 'spam' as const })),
      ...['the council meeting was long', 'the bridge repairs start in May', 'thanks for the report on the council budget'].map((t) => ({ comment: c(t), label: 'ham' as const })),
    ]);
    assert.ok(spamProbability(model, c('order cheap pills now')).probability > 0.8);
    assert.ok(spamProbability(model, c('the council budget meeting')).probability < 0.2);
    assert.equal(spamProbability(model, c('entirely unknown words')).probability, 0.5);
    assert.equal(spamProbability(emptyModel(), c('anything')).probability, 0.5);
  });
  test('chi-square combining stays within 0…1, is 0.5 when undecided and symmetric', () => {
    assert.equal(chiSquareCombine([]), 0.5);
    assert.ok(Math.abs(chiSquareCombine([0.5, 0.5, 0.5]) - 0.5) < 1e-9);
    assert.ok(chiSquareCombine(Array(30).fill(0.99)) > 0.99 && chiSquareCombine(Array(30).fill(0.99)) <= 1);
    assert.ok(chiSquareCombine(Array(30).fill(0.01)) < 0.01 && chiSquareCombine(Array(30).fill(0.01)) >= 0);
    assert.ok(Math.abs(chiSquareCombine([0.9, 0.2, 0.7]) + chiSquareCombine([0.1, 0.8, 0.3]) - 1) < 1e-9);
    for (const p of [[0, 1], [1, 1, 1], [0, 0]]) {
      const v = chiSquareCombine(p);
      assert.ok(v >= 0 && v <= 1);
    }
    assert.ok(Math.abs(chi2Q(0, 4) - 1) < 1e-12);
    assert.ok(chi2Q(1000, 4) < 1e-100);
  });
  // Bounded work rather than a stopwatch (timings belong in npm run bench): only the first
  // 20,000 characters of a comment are read, so a 65,000-character one costs what they cost.
  test('a 65,000-character comment is read only as far as its first 20,000 characters', () => {
    const words = 'casino bonus council https://spin.example.xyz/a meeting £450 WIN Ünïcode 你好 ';
    const body = words.repeat(Math.ceil(65_000 / words.length)).slice(0, 65_000);
    const tail = ' zanzibarquux '.repeat(3000);
    const head = body.slice(0, 20_000);
    assert.deepEqual([...tokenize(c(head + tail))], [...tokenize(c(head))]);
    assert.ok(!tokenize(c(head + tail)).has('zanzibarquux'));
    const model = modelFromSeedAnd();
    assert.deepEqual(spamProbability(model, c(body)), spamProbability(model, c(body.slice(0, 20_000))));
  });
});

describe('the seed corpus', () => {
  test('has both kinds and shares no comment with the evaluation', () => {
    const seed = loadSeedCorpus();
    assert.ok(seed.filter((r) => r.label === 'spam').length >= 100);
    assert.ok(seed.filter((r) => r.label === 'ham').length >= 100);
    const evalTexts = new Set<string>();
    for (const file of ['spam-comments.jsonl', 'spam-comments-d.jsonl', 'spam-comments-e.jsonl', 'spam-comments-f.jsonl']) {
      for (const line of readFileSync(new URL(`../../eval/${file}`, import.meta.url), 'utf8').split('\n')) {
        if (line.trim()) evalTexts.add((JSON.parse(line) as { text: string }).text);
      }
    }
    assert.ok(evalTexts.size > 1000, `${evalTexts.size} evaluation texts`);
    const shared = seed.filter((r) => evalTexts.has(r.text));
    assert.deepEqual(shared.map((r) => r.text), []);
  });
});

test('the filter abstains on a comment with too little evidence, however spammy its one known word', () => {
  const model = modelFromSeedAnd([]);
  const short = spamProbability(model, { authorName: 'Edda Editor', authorEmail: 'edda@example.com', authorUrl: null, body: 'First *draft* of my thoughts.' });
  assert.equal(short.probability, 0.5);
  const long = spamProbability(model, { authorName: 'Casino Bonus', authorEmail: 'promo@spins.example', authorUrl: 'https://spins.example/', body: 'Claim your free casino bonus now, best slots and jackpot spins, limited offer, click the link to win big today' });
  assert.ok(long.probability > 0.9, String(long.probability));
});

const copyOf = (model: BayesModel): BayesModel => ({ ...model, spamCounts: new Map(model.spamCounts), hamCounts: new Map(model.hamCounts) });

describe('the learned filter: taking a verdict back', () => {
  const base = [
    { comment: c('the council budget meeting ran late'), label: 'ham' as const },
    { comment: c('cheap pills online, order now'), label: 'spam' as const },
  ];
  const moved = c('Zephyrcoin staking at the council meeting, ask Brenna', { authorUrl: 'https://moon.example.xyz/', userAgent: 'curl/8' });

  test('unlearn() takes back exactly what learn() added, leaving no zero counts behind', () => {
    const model = buildModel(base);
    const before = copyOf(model);
    learn(model, moved, 'spam');
    assert.ok(model.spamCounts.has('zephyrcoin'));
    unlearn(model, moved, 'spam');
    assert.deepStrictEqual(model, before);
    assert.ok(!model.spamCounts.has('zephyrcoin'));
  });

  test('approved → spam → approved leaves the counts of one build with the comment as genuine', () => {
    const model = buildModel(base);
    learn(model, moved, 'ham');
    unlearn(model, moved, 'ham');
    learn(model, moved, 'spam');
    unlearn(model, moved, 'spam');
    learn(model, moved, 'ham');
    assert.deepStrictEqual(model, buildModel([...base, { comment: moved, label: 'ham' }]));
  });

  test('with no model yet (a new process still building its first) the filter abstains', () => {
    assert.equal(spamProbability(null, c('anything at all')), null);
  });
});

describe('the learned filter: what teaches it', () => {
  const moderator = { userId: 7, actor: 'moderator@desk.example' };
  const cli = { userId: null, actor: 'command line' };
  const row = (status: 'approved' | 'spam' | 'pending' | 'trash', user_id: number | null = null) => ({ status, user_id });

  test('a moderator\'s verdict that still stands, from the admin screens or the command line', () => {
    assert.equal(trainingLabel(row('spam'), { ...moderator, action: 'comment.spam' }), 'spam');
    assert.equal(trainingLabel(row('approved'), { ...moderator, action: 'comment.approved' }), 'ham');
    assert.equal(trainingLabel(row('spam'), { ...cli, action: 'comment.spam' }), 'spam');
  });

  test('never what a rule or a bot decided, a reader did, or a staff member wrote', () => {
    // Honeypot, blocked author, disallowed word, score, Akismet, "approved: known author": no status change at all.
    assert.equal(trainingLabel(row('spam'), undefined), null);
    assert.equal(trainingLabel(row('approved'), undefined), null);
    assert.equal(trainingLabel(row('spam'), { userId: null, actor: 'comment author', action: 'comment.spam' }), null);
    assert.equal(trainingLabel(row('spam'), { userId: null, actor: 'automatic clean-up', action: 'comment.spam' }), null);
    assert.equal(trainingLabel(row('approved', 7), { ...moderator, action: 'comment.approved' }), null);
    // A verdict that no longer stands (the row changed without one) or that was not spam or approval.
    assert.equal(trainingLabel(row('pending'), { ...moderator, action: 'comment.spam' }), null);
    assert.equal(trainingLabel(row('trash'), { ...moderator, action: 'comment.trash' }), null);
  });
});
