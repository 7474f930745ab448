import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { renderCommentMarkdown } from '../../src/discussion/markdown.js';
import { explainScore, linksIn, scoreComment, scriptMismatch, withoutUrls, wordsOf, type ScoreInput, type SpamScore } from '../../src/discussion/spam/score.js';

const browser = 'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0';

/** A plain genuine comment; each test changes what it is about. */
function input(overrides: Partial<Omit<ScoreInput, 'bodyHtml'>> = {}): ScoreInput {
  const base = {
    authorName: 'Ines Duarte',
    authorEmail: 'ines@example.org',
    authorUrl: null,
    body: 'The council vote on the bridge was closer than the article says, and the minutes show why.',
    userAgent: browser,
    articleLanguage: 'en',
    ...overrides,
  };
  return { ...base, bodyHtml: renderCommentMarkdown(base.body) };
}

function reason(result: SpamScore, signal: string) {
  return result.reasons.find((r) => r.signal === signal);
}

/** Scores the variant and checks that the signal, alone among the changes, gave these points and this detail. */
function assertSignal(overrides: Partial<Omit<ScoreInput, 'bodyHtml'>>, signal: string, points: number, detail: string | RegExp) {
  const result = scoreComment(input(overrides));
  const found = reason(result, signal);
  assert.ok(found, `expected signal ${signal}, got ${JSON.stringify(result.reasons)}`);
  assert.equal(found.points, points, `${signal} points`);
  if (typeof detail === 'string') assert.equal(found.detail, detail);
  else assert.match(found.detail, detail);
  assert.ok(result.score >= points, 'the signal moves the score');
  return result;
}

describe('scoreComment: a genuine comment', () => {
  test('scores 0 with no reasons', () => {
    assert.deepEqual(scoreComment(input()), { score: 0, reasons: [] });
  });

  test('genuine hard cases stay below the hold threshold (50)', () => {
    const cases = [
      'The casino licence for the old mill is a bad idea. We already have three betting shops on the high street.',
      'The council took out a loan of £12 million for the sports hall. Who pays the interest?',
      'Carers in this town earn £11 an hour. That is the real story here.',
      'THIS IS OUTRAGEOUS. THE COUNCIL SHOULD RESIGN.',
      'Great article, thanks for covering the bridge.',
      'The minutes are here: https://www.millbrook.gov.example/council-meetings/minutes – page 4.',
    ];
    for (const body of cases) {
      const { score } = scoreComment(input({ body }));
      assert.ok(score < 50, `${score} for ${body}`);
    }
  });
});

describe('scoreComment: links', () => {
  test('link density: one link in a short comment counts more than in a long one', () => {
    const short = assertSignal({ body: 'See https://blog.example.net/post about the vote' }, 'link-density', 20, '1 link in 4 words');
    const long = assertSignal(
      { body: 'See https://blog.example.net/post for a long account of the vote, the amendments, who spoke for them, who spoke against, and what the officers advised before the meeting.' },
      'link-density',
      8,
      '1 link in 25 words',
    );
    assert.ok(short.score > long.score);
  });

  test('a comment that is nothing but a link', () => {
    const result = assertSignal({ body: 'https://shop.example.com/x' }, 'bare-link', 25, 'nothing but a link');
    assert.equal(reason(result, 'link-density')?.points, 35);
  });

  test('many links', () => {
    const body = 'Read https://a.example.com/1 and https://b.example.com/2 and https://c.example.com/3 and https://d.example.com/4 before the meeting on Monday evening.';
    assertSignal({ body }, 'many-links', 10, '4 links');
  });

  test('the same site linked again and again', () => {
    assertSignal({ body: 'Look at https://deals.example.com/a and https://deals.example.com/b and https://deals.example.com/c today' }, 'repeated-link', 30, 'deals.example.com linked 3 times');
  });

  test('a link to the author’s own website', () => {
    assertSignal({ body: 'I wrote about this at https://ines.example.net/bridge last week.', authorUrl: 'https://ines.example.net/' }, 'own-site-link', 10, 'links to the author’s own website');
  });

  test('links to reference sources are not "unknown"; others are', () => {
    const wiki = scoreComment(input({ body: 'Background: https://en.wikipedia.org/wiki/Flood_barrier explains how they work.' }));
    const gov = scoreComment(input({ body: 'Background: https://www.legislation.gov.uk/ukpga/1990/8 explains the law.' }));
    assert.equal(reason(wiki, 'unknown-link'), undefined);
    assert.equal(reason(gov, 'unknown-link'), undefined);
    assertSignal({ body: 'Background: https://shopnow.example.com/ explains it.' }, 'unknown-link', 10, 'links to a site that is not a public or reference source');
  });

  test('a shortened link', () => {
    assertSignal({ body: 'Worth reading before Monday: https://bit.ly/3xYzAbc' }, 'shortener', 20, 'a shortened link');
  });
});

describe('scoreComment: web addresses', () => {
  test('a website on a spam-heavy top-level domain', () => {
    assertSignal({ authorUrl: 'https://ines.xyz/' }, 'spammy-tld', 20, 'website on .xyz');
    assertSignal({ body: 'More at https://news.top/story today about it all.' }, 'spammy-tld', 20, 'a link to a .top site');
  });

  test('a cheap top-level domain counts less', () => {
    assertSignal({ authorUrl: 'https://ines.online/' }, 'cheap-tld', 10, 'website on .online');
  });

  test('keywords in a web address: one, then several', () => {
    assertSignal({ authorUrl: 'https://casino.example.com/' }, 'keyword-host', 20, 'keywords in a web address (casino)');
    assertSignal({ authorUrl: 'https://cheap-casino-bonus.example.com/' }, 'keyword-host', 30, 'keywords in a web address (casino, cheap, bonus)');
  });

  test('whole-word keywords do not match inside other words', () => {
    assert.equal(reason(scoreComment(input({ authorUrl: 'https://alphabet.example.com/' })), 'keyword-host'), undefined);
  });

  test('a hyphen-stuffed web address', () => {
    assertSignal({ authorUrl: 'https://the-very-best-local-guide.example.com/' }, 'hyphen-host', 10, 'hyphen-stuffed web address');
  });
});

describe('scoreComment: what the text says', () => {
  test('a strong spam phrase', () => {
    assertSignal({ body: 'Buy viagra here.' }, 'spam-phrase', 40, 'spam phrase “viagra”');
  });

  test('several phrases add up, each counting half the one before (40 + 20 + a weak 12 / 4), capped at 70', () => {
    assertSignal({ body: 'Cheap cialis online pharmacy, no prescription needed.' }, 'spam-phrase', 63, 'spam phrases “cialis”, “online pharmacy”');
    assertSignal({ body: 'Viagra, online casino, payday loans, free spins and backlinks.' }, 'spam-phrase', 70, /^spam phrases “viagra”, “/);
  });

  test('a topic word a reader may discuss counts only a little', () => {
    assertSignal({ body: 'The casino plan for the harbour is a mistake.' }, 'spam-phrase', 12, 'spam phrase “casino”');
  });

  test('spam phrases in other scripts and languages', () => {
    assertSignal({ body: 'Лучшее онлайн казино, заходите', articleLanguage: 'ru' }, 'spam-phrase', 40, 'spam phrase “казино”');
    assertSignal({ body: 'Préstamos rápidos sin aval para todos', articleLanguage: 'es' }, 'spam-phrase', 40, 'spam phrase “préstamos rápidos”');
    assertSignal({ body: '专业代写论文，价格优惠', articleLanguage: 'zh' }, 'spam-phrase', 40, 'spam phrase “代写”');
  });

  test('obfuscated spellings are caught', () => {
    assertSignal({ body: 'Generic v1agra for sale' }, 'spam-phrase', 40, 'spam phrase “v1agra”');
  });

  test('generic praise: a little on its own, much more with a link', () => {
    assertSignal({ body: 'Great article, thanks.' }, 'praise', 10, 'generic praise');
    assertSignal({ body: 'Great article, thanks.', authorUrl: 'https://shop.example.com/' }, 'praise-link', 35, 'generic praise with a link');
    assertSignal({ body: 'Very informative post, thanks for sharing. I bookmarked it.', authorUrl: 'https://shop.example.com/' }, 'praise-link', 55, 'generic praise, several times over, with a link');
  });

  test('long comments are not generic praise', () => {
    const body = 'Great article. The council has been asked about the bridge at every meeting since March, and every time the answer is that the survey is not finished, which nobody believes any more.';
    assert.equal(reason(scoreComment(input({ body })), 'praise'), undefined);
  });

  test('talking to a blog’s owner', () => {
    assertSignal({ body: 'I will share your blog with friends.' }, 'blog-owner', 15, 'talks to a blog’s owner (“your blog”)');
  });

  test('recommending a business counts only with a link', () => {
    const body = 'We had the same problem with our roof. These guys fixed it in a day.';
    assert.equal(reason(scoreComment(input({ body })), 'endorsement'), undefined);
    assertSignal({ body, authorUrl: 'https://roofing.example.com/' }, 'endorsement', 25, 'recommends a business, with a link (“these guys”)');
  });

  test('a few words and a website', () => {
    assertSignal({ body: 'So true.', authorUrl: 'https://ines.example.net/' }, 'short-with-website', 10, 'a few words and a website');
  });

  test('a call to visit a site', () => {
    assertSignal({ body: 'For the full story click here.' }, 'call-to-action', 25, '“click here”');
  });

  test('an income claim, but not hourly wages', () => {
    assertSignal({ body: 'I make $500 per day from home.' }, 'income-claim', 30, 'an income claim');
    assertSignal({ body: 'My weekly profits of $6,000 speak for themselves.' }, 'income-claim', 30, 'an income claim');
    assert.equal(reason(scoreComment(input({ body: 'Cleaners earn $11 an hour here.' })), 'income-claim'), undefined);
  });

  test('HTML or BBCode link markup typed into the comment', () => {
    assertSignal({ body: 'nice [url=https://x.example.com]site[/url]' }, 'link-markup', 30, 'HTML or BBCode link markup');
    assertSignal({ body: 'nice <a href="https://x.example.com">site</a>' }, 'link-markup', 30, 'HTML or BBCode link markup');
  });

  test('sales language: more words, more points; more with a link', () => {
    assertSignal({ body: 'Free shipping and a bonus on every order.' }, 'sales-language', 15, 'sales language (free, shipping, bonus)');
    assertSignal({ body: 'Free shipping and a bonus on every order https://shop.example.com' }, 'sales-language', 30, 'sales language (free, shipping, bonus)');
  });

  test('a commercial opener with a link', () => {
    assertSignal({ body: 'Get the app today https://app.example.com' }, 'sales-opener', 15, 'opens with “get” and links away');
    assert.equal(reason(scoreComment(input({ body: 'Get the council to listen, please.' })), 'sales-opener'), undefined);
  });

  test('contact details in the text', () => {
    assertSignal({ body: 'Call me on +44 7700 900123 for details.' }, 'phone', 25, 'a phone number');
    assertSignal({ body: 'Write to loans@lender.example for details.' }, 'email-in-text', 20, 'an email address in the text');
  });

  test('shouting, and shouting with a link', () => {
    assertSignal({ body: 'THIS IS A DISGRACE AND EVERYONE KNOWS IT' }, 'shouting', 20, 'shouting (100% capitals)');
    assertSignal({ body: 'THIS IS A DISGRACE AND EVERYONE KNOWS IT https://x.example.com' }, 'shouting', 35, 'shouting (100% capitals) with a link');
    assertSignal({ body: 'THE COUNCIL MEETING is on Monday at the hall' }, 'shouting', 10, 'much shouting (50% capitals)');
    assert.equal(reason(scoreComment(input({ body: 'OK.' })), 'shouting'), undefined);
  });

  test('many exclamation marks', () => {
    assertSignal({ body: 'Amazing news!!! Go and see it.' }, 'exclamations', 8, 'many exclamation marks');
  });

  test('one word over and over', () => {
    assertSignal({ body: 'casino casino casino casino best casino games here' }, 'repeated-word', 15, '“casino” 5 times');
  });
});

describe('scoreComment: the author', () => {
  test('a name that is a web address', () => {
    assertSignal({ authorName: 'www.cheap-deals.com' }, 'url-name', 30, 'name looks like a web address');
  });

  test('a name made of keywords, and a spam phrase as a name', () => {
    assertSignal({ authorName: 'SEO Services Delhi' }, 'keyword-name', 35, 'name looks like keywords (seo)');
    assertSignal({ authorName: 'buy instagram followers' }, 'phrase-name', 40, 'spam phrase in the name (“buy instagram followers”)');
  });

  test('a name that looks like a business; weak words alone do not', () => {
    assertSignal({ authorName: 'Best Roofing Company' }, 'business-name', 25, 'name looks like a business (best, roofing, company)');
    assertSignal({ authorName: 'Locksmith Leeds' }, 'business-name', 15, 'name looks like a business (locksmith)');
    assert.equal(reason(scoreComment(input({ authorName: 'Tech Tom' })), 'business-name'), undefined);
    assert.equal(reason(scoreComment(input({ authorName: 'Johnny Cash' })), 'keyword-name'), undefined);
  });

  test('an advertising name linked to a website', () => {
    assertSignal({ authorName: 'Plumbing Services London', authorUrl: 'https://plumbers.example.com/' }, 'anchor-name', 15, 'an advertising name linked to a website');
    assert.equal(reason(scoreComment(input({ authorName: 'Plumbing Services London' })), 'anchor-name'), undefined);
  });

  test('a very long name', () => {
    assertSignal({ authorName: 'Anna Maria Louisa de la Fuente Ortega' }, 'long-name', 10, 'a very long name');
  });

  test('keywords in the email', () => {
    assertSignal({ authorEmail: 'casino.promo@example.com' }, 'keyword-email', 10, 'keywords in the email (casino)');
  });

  test('sent by a script, or with no user agent', () => {
    assertSignal({ userAgent: 'python-requests/2.31.0' }, 'script-agent', 25, 'sent by a script (python-requests/2.31.0)');
    assertSignal({ userAgent: '' }, 'no-user-agent', 15, 'no user agent');
  });
});

describe('scoreComment: the article’s language', () => {
  const russian = 'Отличная статья, спасибо автору за работу над материалом';

  test('text mostly in another script than the article’s language', () => {
    assertSignal({ body: russian }, 'script-mismatch', 30, 'text in Cyrillic script under an article in en');
    assertSignal({ body: `${russian} https://x.example.com` }, 'script-mismatch', 45, 'text in Cyrillic script under an article in en, with a link');
    assertSignal({ body: '这篇文章写得很好，谢谢作者的辛苦工作', articleLanguage: 'en-GB' }, 'script-mismatch', 30, 'text in Han script under an article in en');
  });

  test('no mismatch in the article’s own script, or when its language is unknown', () => {
    assert.equal(reason(scoreComment(input({ body: russian, articleLanguage: 'ru' })), 'script-mismatch'), undefined);
    assert.equal(reason(scoreComment(input({ body: russian, articleLanguage: null })), 'script-mismatch'), undefined);
    assert.equal(reason(scoreComment(input({ body: 'Muy buen artículo, gracias por escribirlo.' })), 'script-mismatch'), undefined);
  });

  test('scriptMismatch directly: Latin text under a Russian article; Japanese mixes scripts', () => {
    assert.deepEqual(scriptMismatch('This is a comment written in English.', 'ru'), { script: 'Latin', language: 'ru' });
    assert.equal(scriptMismatch('この記事はとても面白かったです。東京の話。', 'ja'), null);
    assert.equal(scriptMismatch('short', 'ru'), null);
  });
});

describe('scoreComment: the result', () => {
  const spam = input({
    authorName: 'Cheap Pills',
    authorUrl: 'https://cheap-pills.xyz/',
    body: 'BUY VIAGRA ONLINE WITHOUT PRESCRIPTION!!! https://cheap-pills.xyz/buy https://cheap-pills.xyz/now',
    userAgent: 'curl/8.5.0',
  });

  test('is capped at 100, with reasons strongest first', () => {
    const result = scoreComment(spam);
    assert.equal(result.score, 100);
    const points = result.reasons.map((r) => r.points);
    assert.deepEqual(points, [...points].sort((a, b) => b - a));
    assert.equal(result.reasons[0]!.signal, 'spam-phrase');
  });

  test('explainScore names the strongest reasons, three by default', () => {
    const result = scoreComment(spam);
    assert.equal(explainScore(result), result.reasons.slice(0, 3).map((r) => r.detail).join(', '));
    assert.equal(explainScore(result, 1), 'spam phrases “viagra”, “without prescription”');
    assert.equal(explainScore({ score: 0, reasons: [] }), '');
  });
});

describe('helpers', () => {
  test('withoutUrls keeps a link’s text and drops addresses', () => {
    assert.equal(withoutUrls('See [the minutes](https://x.example.com/m) and www.example.org/page or (example.com). Thanks'), 'See the minutes and or Thanks');
    assert.equal(withoutUrls('No addresses here, just words.'), 'No addresses here, just words.');
  });

  test('wordsOf counts words with inner apostrophes once, and each Han character', () => {
    assert.deepEqual(wordsOf("Don't close St Anne’s school in 2025"), ["Don't", 'close', 'St', 'Anne’s', 'school', 'in', '2025']);
    assert.equal(wordsOf('代写论文 ok').length, 5);
  });

  test('long adversarial comments are scored in linear time', () => {
    for (const body of ['a.'.repeat(32_000), 'x'.repeat(65_525), 'a@'.repeat(32_000), '['.repeat(30_000) + ']('.repeat(15_000), 'Привет мир '.repeat(6_000)]) {
      const started = performance.now();
      scoreComment(input({ body }));
      assert.ok(performance.now() - started < 1500, `${body.slice(0, 6)}… took ${Math.round(performance.now() - started)} ms`);
    }
  });

  test('linksIn reads the rendered links with entities decoded', () => {
    assert.deepEqual(linksIn(renderCommentMarkdown('a https://x.example.com/?a=1&b=2 and [t](https://y.example.org/)')), ['https://x.example.com/?a=1&b=2', 'https://y.example.org/']);
  });
});
