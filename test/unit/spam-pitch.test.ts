import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { renderCommentMarkdown } from '../../src/discussion/markdown.js';
import { guessLatinLanguage } from '../../src/discussion/spam/language.js';
import { findRouteAndPitch, routeAndPitchPoints, type PitchInput } from '../../src/discussion/spam/pitch.js';
import { scoreComment, type ScoreInput } from '../../src/discussion/spam/score.js';

function pitchInput(text: string, overrides: Partial<PitchInput> = {}): PitchInput {
  return { text, commercialLinkHosts: [], websiteHost: null, hasPhoneNumber: false, hasEmailInText: false, ...overrides };
}

function kinds(text: string): string[] {
  return findRouteAndPitch(pitchInput(text)).cues.map((c) => c.kind);
}

function routes(text: string, overrides: Partial<PitchInput> = {}): string[] {
  return findRouteAndPitch(pitchInput(text, overrides)).routes.map((r) => `${r.kind}${r.strong ? '' : ' (weak)'}`);
}

function scored(body: string, overrides: Partial<Omit<ScoreInput, 'body' | 'bodyHtml'>> = {}) {
  return scoreComment({
    authorName: 'Kit Marlowe',
    authorEmail: 'kit@example.org',
    authorUrl: null,
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0',
    articleLanguage: 'en',
    ...overrides,
    body,
    bodyHtml: renderCommentMarkdown(body),
  });
}

describe('findRouteAndPitch: the pitch', () => {
  test('each kind of pitch is recognised in words no list of scams holds', () => {
    assert.deepEqual(kinds('Rooms from £19 a night'), ['money', 'offer', 'offer']);
    assert.deepEqual(kinds('A 92% win rate on our picks'), ['rate-claim']);
    assert.deepEqual(kinds('Confirm your address within 6 hours'), ['urgency']);
    assert.deepEqual(kinds('Approved in 10 minutes'), ['speed']);
    assert.deepEqual(kinds('Spin the wheel for a prize'), ['prize']);
    assert.deepEqual(kinds('Is your boiler older than ten years?'), ['hook']);
    assert.deepEqual(kinds('My cousin put in 250 and withdrew 4,000 a week later'), ['gain-claim']);
    assert.deepEqual(kinds('I am Mrs Ada Stone, a certified investment adviser'), ['credentials']);
    assert.deepEqual(kinds('Paid weekly, no experience needed, training provided'), ['recruiting', 'recruiting', 'recruiting']);
    assert.deepEqual(kinds('By the way, the ferry was late again'), ['aside']);
  });

  test('two different amounts of money are one cue; a plain sentence has none', () => {
    assert.deepEqual(kinds('The figure is £3.4m, not £34m.'), ['money']);
    assert.deepEqual(kinds('The council met on Tuesday and voted the plan through.'), []);
  });
});

describe('findRouteAndPitch: the route', () => {
  test('links, numbers, addresses, messengers and requests to get in touch', () => {
    assert.deepEqual(routes('see there', { commercialLinkHosts: ['shop.example.com'] }), ['link']);
    assert.deepEqual(routes('call us today', { hasPhoneNumber: true }), ['phone', 'reply-request']);
    assert.deepEqual(routes('write to me', { hasEmailInText: true }), ['email']);
    assert.deepEqual(routes('Find us on Telegram @quickwins'), ['messenger']);
    assert.deepEqual(routes('The street has a WhatsApp group'), ['messenger (weak)']);
    assert.deepEqual(routes('Comment "YES" below and I will message you'), ['reply-request']);
    assert.deepEqual(routes('Ask me how.'), ['reply-request']);
    assert.deepEqual(routes('Nice.', { websiteHost: 'kit.example.net' }), ['website (weak)']);
  });
});

describe('routeAndPitchPoints', () => {
  const strong = { kind: 'link', strong: true, detail: '' } as const;
  const weak = { kind: 'website', strong: false, detail: '' } as const;
  const cue = (kind: 'money' | 'offer' | 'urgency' | 'aside') => ({ kind, text: kind });

  test('nothing for a pitch without a route, or a route without a pitch', () => {
    assert.equal(routeAndPitchPoints({ routes: [strong], cues: [] }), 0);
    assert.equal(routeAndPitchPoints({ routes: [], cues: [cue('money'), cue('offer')] }), 0);
  });

  test('more with each cue, and more when the route leads straight to the sender', () => {
    assert.equal(routeAndPitchPoints({ routes: [strong], cues: [cue('money')] }), 15);
    assert.equal(routeAndPitchPoints({ routes: [strong], cues: [cue('money'), cue('offer')] }), 35);
    assert.equal(routeAndPitchPoints({ routes: [strong], cues: [cue('money'), cue('offer'), cue('urgency')] }), 50);
    assert.equal(routeAndPitchPoints({ routes: [weak], cues: [cue('money')] }), 0);
    assert.equal(routeAndPitchPoints({ routes: [weak], cues: [cue('money'), cue('offer')] }), 20);
    assert.equal(routeAndPitchPoints({ routes: [], cues: [cue('money'), cue('offer'), cue('urgency'), cue('aside')] }), 35);
  });

  test('an aside alone is nothing', () => {
    assert.equal(routeAndPitchPoints({ routes: [strong], cues: [cue('aside')] }), 0);
  });
});

describe('scoreComment: a route and a pitch', () => {
  test('a quiet offer in new words, with a way to reach the sender, is held', () => {
    const result = scored('Boiler older than ten years? Replacement from £0 for homeowners here, check if you qualify within 48 hours: https://warmhomes-fund.example.com');
    const signal = result.reasons.find((r) => r.signal === 'route-and-pitch');
    assert.ok(signal && signal.points >= 35, JSON.stringify(result.reasons));
    assert.ok(result.score >= 50, `score ${result.score}`);
    assert.match(signal.detail, /with a link to warmhomes-fund\.example\.com/);
  });

  test('genuine talk of money, deadlines and groups stays below the hold threshold', () => {
    for (const body of [
      'Tickets for the panto are £12, and the box office closes before Friday. Worth it for the kids.',
      'There is a WhatsApp group for the street if anyone wants to help with the clean-up on Sunday.',
      'Warning: a text saying your parcel could not be delivered is going round. It is a scam, do not click.',
      'By the way, the minutes are at https://www.hartwell.gov.example/minutes and show the £2.1m figure.',
    ]) {
      const { score } = scored(body);
      assert.ok(score < 50, `${score} for ${body}`);
    }
  });
});

describe('scoreComment: landing pages and languages', () => {
  test('a landing-page or referral address, in the text or the website field', () => {
    const inField = scored('Agreed.', { authorUrl: 'https://kit.example.net/signup' });
    assert.equal(inField.reasons.find((r) => r.signal === 'landing-page')?.detail, 'a landing-page address (/signup)');
    const inText = scored('More at https://shop.example.com/?ref=991 now');
    assert.equal(inText.reasons.find((r) => r.signal === 'landing-page')?.detail, 'a landing-page address (?ref=)');
    assert.equal(scored('Agreed.', { authorUrl: 'https://github.com/kit' }).reasons.find((r) => r.signal === 'landing-page'), undefined);
  });

  test('another Latin-script language counts a little, and more with a link', () => {
    const plain = scored('Der Artikel ist gut und die Brücke ist wichtig für uns.');
    assert.equal(plain.reasons.find((r) => r.signal === 'language-mismatch')?.points, 5);
    const linked = scored('Verdienen Sie jetzt mit uns von zu Hause https://kasse.example.com');
    assert.equal(linked.reasons.find((r) => r.signal === 'language-mismatch')?.points, 25);
    assert.equal(scored('Der Artikel ist gut.', { articleLanguage: 'de' }).reasons.find((r) => r.signal === 'language-mismatch'), undefined);
  });
});

describe('guessLatinLanguage', () => {
  test('tells common languages apart, and says nothing when unsure', () => {
    assert.equal(guessLatinLanguage('The bridge is closed and the council has not said why.'), 'en');
    assert.equal(guessLatinLanguage('Die Brücke ist gesperrt und der Rat sagt nicht warum.'), 'de');
    assert.equal(guessLatinLanguage('Le pont est fermé et le conseil ne dit pas pourquoi.'), 'fr');
    assert.equal(guessLatinLanguage('El puente está cerrado y el consejo no dice por qué.'), 'es');
    assert.equal(guessLatinLanguage('Zarabiaj dziennie w domu, to jest łatwe.'), 'pl');
    assert.equal(guessLatinLanguage('Thanks'), null);
  });
});

describe('scoreComment: short foreign text and national numbers', () => {
  test('a few letters in another script are enough when a link comes with them, not without', () => {
    const linked = scored('高收益投资稳赚 https://gain.example.com/go');
    assert.equal(linked.reasons.find((r) => r.signal === 'script-mismatch')?.points, 45);
    assert.equal(scored('高收益投资稳赚').reasons.find((r) => r.signal === 'script-mismatch'), undefined);
  });

  test('a national phone number is a route for a pitch but scores nothing on its own', () => {
    const helpline = scored('The council flood line is 0345 988 1188 if your street is under water.');
    assert.equal(helpline.reasons.find((r) => r.signal === 'phone'), undefined);
    assert.equal(helpline.reasons.find((r) => r.signal === 'route-and-pitch'), undefined);
    const pitch = scored('Boiler fitted in a day at half the price of the others, ring 0808 157 0483.');
    assert.match(pitch.reasons.find((r) => r.signal === 'route-and-pitch')?.detail ?? '', /with a phone number$/);
  });
});
