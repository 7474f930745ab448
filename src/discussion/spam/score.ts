import { findRouteAndPitch, routeAndPitchPoints } from './pitch.js';
import { guessLatinLanguage, primaryLanguage } from './language.js';
import { spamPhrases } from './phrases.js';

/*
 * The content score: 0–100, how much a comment looks like spam from what it says and links
 * to. Pure and explainable: every point comes from a named signal, and moderators see the
 * strongest ones in the comment's status reason ("spam: score 87 (spam phrase “viagra”, …)").
 * It knows nothing about the author's history; the rules in moderation.ts add that.
 */

export interface ScoreInput {
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  /** The comment as typed (Markdown). */
  body: string;
  /** The comment as rendered and sanitized: its <a href> are the links readers would see. */
  bodyHtml: string;
  userAgent: string;
  /** The article's language (BCP 47, e.g. "en" or "pt-BR"); null when unknown. */
  articleLanguage: string | null;
}

export interface ScoreReason {
  /** Which signal gave the points (stable, for tests and tuning). */
  signal: string;
  points: number;
  /** What moderators read. */
  detail: string;
}

export interface SpamScore {
  score: number;
  /** Strongest first. */
  reasons: ScoreReason[];
}

/** The strongest reasons, as moderators read them: "spam phrase “viagra”, 3 links in 9 words". */
export function explainScore(result: SpamScore, count = 3): string {
  return result.reasons
    .slice(0, count)
    .map((r) => r.detail)
    .join(', ');
}

export function scoreComment(input: ScoreInput): SpamScore {
  const reasons: ScoreReason[] = [];
  const add = (signal: string, points: number, detail: string) => {
    if (points > 0) reasons.push({ signal, points: Math.round(points), detail });
  };

  const text = withoutUrls(input.body);
  const words = wordsOf(text);
  const links = linksIn(input.bodyHtml);
  const linkHosts = links.map(hostOf).filter((h): h is string => h !== null);
  const websiteHost = input.authorUrl ? hostOf(input.authorUrl) : null;

  // Links: their density, a comment that is nothing but a link, and many of them.
  if (links.length > 0) {
    const density = Math.min(35, (40 * links.length) / Math.sqrt(Math.max(words.length, 1)));
    add('link-density', density, `${plural(links.length, 'link')} in ${plural(words.length, 'word')}`);
    if (words.length <= 2) add('bare-link', 25, 'nothing but a link');
    if (links.length >= 3) add('many-links', Math.min(25, 5 * (links.length - 2)), `${links.length} links`);
  }

  // The same site linked again and again, or the author's own website linked in the text.
  const counts = new Map<string, number>();
  for (const host of linkHosts) counts.set(host, (counts.get(host) ?? 0) + 1);
  const [topHost, topCount] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (topCount >= 2) add('repeated-link', Math.min(30, 15 * (topCount - 1)), `${topHost} linked ${topCount} times`);
  if (websiteHost && linkHosts.includes(websiteHost)) add('own-site-link', 10, 'links to the author’s own website');

  // Links and website: spam-heavy top-level domains, keyword-stuffed names, link shorteners.
  const hosts = [...new Set([...(websiteHost ? [websiteHost] : []), ...linkHosts])];
  const tlds = [...new Set(hosts.map((h) => h.split('.').pop() ?? '').filter((t) => spammyTlds.has(t)))];
  const websiteTld = websiteHost?.split('.').pop() ?? '';
  if (tlds.length > 0) {
    add('spammy-tld', 20, spammyTlds.has(websiteTld) ? `website on .${websiteTld}` : `a link to a .${tlds[0]} site`);
  } else {
    const cheap = hosts.map((h) => h.split('.').pop() ?? '').find((t) => cheapTlds.has(t));
    if (cheap) add('cheap-tld', 10, cheapTlds.has(websiteTld) ? `website on .${websiteTld}` : `a link to a .${cheap} site`);
  }
  const hostWords = [...new Set(hosts.flatMap(keywordsInHost))];
  if (hostWords.length > 0) add('keyword-host', hostWords.length >= 2 ? 30 : 20, `keywords in a web address (${hostWords.slice(0, 3).join(', ')})`);
  if (hosts.some((h) => (registrableLabel(h).match(/-/g)?.length ?? 0) >= 3)) add('hyphen-host', 10, 'hyphen-stuffed web address');
  if (hosts.some((h) => shorteners.has(h))) add('shortener', 20, 'a shortened link');
  const commercialLinkHosts = linkHosts.filter((h) => !isReferenceHost(h));
  if (commercialLinkHosts.length > 0) add('unknown-link', 10, 'links to a site that is not a public or reference source');
  // A landing page or a tracked address ("/signup", "?ref=5146", "/promo/40"): where adverts send people, not readers.
  const landing = [...(input.authorUrl ? [input.authorUrl] : []), ...links].map(landingPageOf).find((l) => l !== null);
  if (landing) add('landing-page', 15, `a landing-page address (${landing})`);

  // Spam phrases: the strongest counts in full, the next ones less and less.
  const phraseHits: { label: string; points: number }[] = [];
  for (const phrase of spamPhrases) {
    const match = text.match(phrase.pattern) ?? input.body.match(phrase.pattern);
    if (match) phraseHits.push({ label: match[0].toLowerCase().replace(/\s+/g, ' ').slice(0, 40), points: phrase.points });
  }
  phraseHits.sort((a, b) => b.points - a.points);
  if (phraseHits.length > 0) {
    const points = phraseHits.reduce((sum, hit, i) => sum + hit.points / 2 ** i, 0);
    const labels = phraseHits.slice(0, 2).map((h) => `“${h.label}”`).join(', ');
    add('spam-phrase', Math.min(70, points), `spam phrase${phraseHits.length > 1 ? 's' : ''} ${labels}`);
  }

  // Short generic praise (which fits any page on the web) carrying a link, and calls to visit a site.
  const hasLink = links.length > 0 || websiteHost !== null;
  const praises = words.length <= 30 ? genericPraise.filter((p) => p.test(text)).length : 0;
  if (praises > 0) {
    if (hasLink) add('praise-link', 35 + Math.min(20, 10 * (praises - 1)), praises > 1 ? 'generic praise, several times over, with a link' : 'generic praise with a link');
    else add('praise', 10, 'generic praise');
  }
  const ownerTalk = text.match(blogOwnerTalk);
  if (ownerTalk) add('blog-owner', 15, `talks to a blog’s owner (“${ownerTalk[0].toLowerCase()}”)`);
  const endorsed = hasLink ? [...text.matchAll(new RegExp(endorsements.source, 'gi'))].map((m) => m[0].toLowerCase()) : [];
  if (endorsed.length > 0) add('endorsement', 25 + Math.min(20, 10 * (endorsed.length - 1)), `recommends a business, with a link (“${endorsed[0]}”)`);
  if (websiteHost && words.length <= 8 && praises === 0) add('short-with-website', 10, 'a few words and a website');
  const callToAction = text.match(callsToAction);
  if (callToAction) add('call-to-action', 25, `“${callToAction[0].toLowerCase()}”`);
  if (incomeClaim.test(text)) add('income-claim', 30, 'an income claim');
  if (typedLinkMarkup.test(input.body)) add('link-markup', 30, 'HTML or BBCode link markup');

  // The language of selling, whatever is sold: offers, prices, sign-ups, urgency.
  const sales = [...new Set([...text.toLowerCase().matchAll(salesWords)].map((m) => m[0].replace(/\s+/g, ' ')))];
  if (sales.length >= 2) add('sales-language', Math.min(30, (hasLink ? 10 : 5) * sales.length), `sales language (${sales.slice(0, 3).join(', ')})`);
  const opener = hasLink ? text.match(salesOpener) : null;
  if (opener) add('sales-opener', 15, `opens with “${opener[1]!.toLowerCase()}” and links away`);
  // Contact details in the text: a phone number, an email address, a messenger handle.
  const internationalPhone = phoneNumber.test(text);
  if (internationalPhone) add('phone', 25, 'a phone number');
  // One character before the @ is enough, and keeps the search linear on long runs of letters.
  const emailInText = /[\w.+-]@[\w-]{1,63}\.\w/.test(input.body);
  if (emailInText) add('email-in-text', 20, 'an email address in the text');

  // A route away (a link, a number, "ask me how") and a pitch (money, a deadline, an offer…) together.
  const routeAndPitch = findRouteAndPitch({
    text,
    commercialLinkHosts,
    websiteHost,
    hasPhoneNumber: internationalPhone || nationalPhoneNumber.test(text),
    hasEmailInText: emailInText,
  });
  const pitchPoints = routeAndPitchPoints(routeAndPitch);
  if (pitchPoints > 0) {
    const cues = routeAndPitch.cues.slice(0, 2).map((c) => `${c.kind} “${c.text}”`).join(', ');
    const route = (routeAndPitch.routes.find((r) => r.strong) ?? routeAndPitch.routes[0])?.detail ?? 'no way to reach the sender';
    add('route-and-pitch', pitchPoints, `a pitch (${cues}${routeAndPitch.cues.length > 2 ? ', …' : ''}) with ${route}`);
  }

  // Shouting: a long stretch of capitals; a pile of exclamation marks.
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = text.match(/\p{Ll}/gu)?.length ?? 0;
  if (upper + lower >= 12) {
    const share = upper / (upper + lower);
    if (share >= 0.7) add('shouting', hasLink ? 35 : 20, `shouting (${Math.round(share * 100)}% capitals)${hasLink ? ' with a link' : ''}`);
    else if (share >= 0.5) add('shouting', 10, `much shouting (${Math.round(share * 100)}% capitals)`);
  }
  if (/!{3,}/.test(text) || (text.match(/!/g)?.length ?? 0) >= 5) add('exclamations', 8, 'many exclamation marks');

  // One word over and over.
  const repeated = mostRepeatedWord(words);
  if (repeated) add('repeated-word', 15, `“${repeated.word}” ${repeated.count} times`);

  // The author: a name that is a web address or a string of keywords; keywords in the email.
  const name = input.authorName.toLowerCase();
  if (/https?:\/\/|www\.|\.(?:com|net|org|info|biz|xyz|top|ru|io|co|us|uk|in|online|site|shop|store)(?![\p{L}\p{N}])/u.test(name)) {
    add('url-name', 30, 'name looks like a web address');
  }
  const namePhrase = spamPhrases.map((p) => name.match(p.pattern)).find((m) => m !== null);
  if (namePhrase) add('phrase-name', 40, `spam phrase in the name (“${namePhrase[0]}”)`);
  const nameSpam = spamKeywordsIn(name);
  const nameBusiness = businessWordsIn(name);
  let nameIsAdvert = false;
  if (nameSpam.length > 0) {
    add('keyword-name', 35, `name looks like keywords (${nameSpam.slice(0, 3).join(', ')})`);
    nameIsAdvert = true;
  } else if (nameBusiness.length >= 2 || (nameBusiness.length === 1 && (!weakBusinessWords.has(nameBusiness[0]!) || name.split(/\s+/).length >= 3))) {
    add('business-name', nameBusiness.length >= 2 ? 25 : 15, `name looks like a business (${nameBusiness.slice(0, 3).join(', ')})`);
    nameIsAdvert = true;
  }
  // The name as a link's anchor text: the classic shape of comment spam for search engines.
  if ((nameIsAdvert || namePhrase) && websiteHost) add('anchor-name', 15, 'an advertising name linked to a website');
  if (name.split(/\s+/).length >= 6) add('long-name', 10, 'a very long name');
  const emailSpam = spamKeywordsIn(input.authorEmail.toLowerCase().replace(/[._+-]/g, ' '));
  if (emailSpam.length > 0) add('keyword-email', 10, `keywords in the email (${emailSpam[0]})`);

  // The text in a different script from the article's language.
  // A handful of letters is enough when the text carries a link: "高收益投资 https://…".
  const mismatch = scriptMismatch(text, input.articleLanguage, links.length > 0 ? 4 : 10);
  if (mismatch) add('script-mismatch', links.length > 0 ? 45 : 30, `text in ${mismatch.script} script under an article in ${mismatch.language}${links.length > 0 ? ', with a link' : ''}`);
  // The same script, another language: a reader may well write in their own; with a link it is an advert's habit.
  const articleLanguage = primaryLanguage(input.articleLanguage);
  const textLanguage = !mismatch && articleLanguage ? guessLatinLanguage(text) : null;
  if (textLanguage && articleLanguage && textLanguage !== articleLanguage) {
    add('language-mismatch', links.length > 0 ? 25 : 5, `text in ${textLanguage} under an article in ${articleLanguage}${links.length > 0 ? ', with a link' : ''}`);
  }

  // Sent by a script rather than a browser.
  const agent = input.userAgent.trim();
  if (agent === '') add('no-user-agent', 15, 'no user agent');
  else if (scriptAgents.test(agent)) add('script-agent', 25, `sent by a script (${agent.slice(0, 30)})`);

  reasons.sort((a, b) => b.points - a.points);
  const total = reasons.reduce((sum, r) => sum + r.points, 0);
  return { score: Math.min(100, total), reasons };
}

// ——— Signals' word lists ———

/** Top-level domains that carry a far larger share of spam than of anything else. */
const spammyTlds = new Set([
  'xyz', 'top', 'click', 'loan', 'loans', 'bid', 'win', 'review', 'casino', 'bet', 'vip', 'icu', 'buzz', 'rest', 'cam', 'cfd', 'sbs',
  'quest', 'monster', 'pw', 'tk', 'ml', 'ga', 'cf', 'gq', 'work', 'party', 'date', 'racing', 'download', 'stream', 'trade', 'accountant',
  'cricket', 'science', 'faith', 'men', 'webcam', 'gdn', 'mom', 'lol', 'beauty', 'hair', 'makeup', 'porn', 'sex', 'xxx', 'adult', 'poker',
]);

/** Cheap top-level domains with a large share of abuse, though plenty of genuine sites too: they count less. */
const cheapTlds = new Set(['online', 'site', 'shop', 'store', 'live', 'club', 'space', 'website', 'fun', 'life', 'today', 'world', 'link', 'one', 'cyou', 'cc']);

const shorteners = new Set(['bit.ly', 'tinyurl.com', 'goo.gl', 't.co', 'is.gd', 'cutt.ly', 'rb.gy', 'ow.ly', 'shorturl.at', 'tiny.cc', 'v.gd', 'rebrand.ly', 'bl.ink', 's.id', 'clck.ru']);

/** Distinctive enough to find inside a longer word or host name ("cheapviagrastore"). */
const spamStems = [
  'casino', 'kasino', 'viagra', 'cialis', 'pharma', 'bitcoin', 'crypto', 'forex', 'essay', 'homework', 'followers', 'replica', 'payday',
  'backlink', 'escort', 'weightloss', 'jackpot', 'betting', 'gambl', 'poker', 'slots', 'loans', 'lender', 'pills', 'keto', 'porn',
];
/** Short words that count only as whole words (so "alphabet" is not "bet"). */
const spamWords = new Set(['seo', 'bet', 'bets', 'cbd', 'sex', 'xxx', 'meds', 'loan', 'btc', 'slot', 'vape']);
/** Words that are ordinary in a name ("Johnny Cash") but say "advert" in a web address. */
const spamHostWords = new Set([...spamWords, 'cash', 'rank', 'traffic', 'cheap', 'discount', 'deals', 'bonus', 'profit', 'trading', 'invest', 'credit', 'dating', 'pharmacy', 'followers', 'likes']);

function spamKeywordsIn(text: string, whole: ReadonlySet<string> = spamWords): string[] {
  const found = new Set<string>();
  for (const stem of spamStems) if (text.includes(stem)) found.add(stem);
  for (const word of text.split(/[^\p{L}\p{N}]+/u)) if (whole.has(word)) found.add(word);
  return [...found];
}

const businessWords = new Set([
  'services', 'service', 'agency', 'marketing', 'company', 'shop', 'store', 'online', 'buy', 'cheap', 'best', 'official', 'solutions',
  'repair', 'removal', 'clinic', 'lawyer', 'attorney', 'insurance', 'roofing', 'plumbing', 'plumbers', 'movers', 'locksmith', 'consulting',
  'consultants', 'ltd', 'llc', 'inc', 'digital', 'media', 'pro', 'experts', 'expert', 'top', 'near', 'me', 'review', 'reviews', 'sale',
  'price', 'deals', 'team', 'support', 'desk', 'hub', 'updates', 'alerts', 'partners', 'studio', 'estates', 'realty', 'careers', 'jobs',
  'hiring', 'rewards', 'guide', 'tech', 'app', 'hq', 'customer', 'outreach', 'growth',
]);
/** Business words that are also ordinary in a person's name or nickname: alone they need a longer name. */
const weakBusinessWords = new Set(['pro', 'top', 'near', 'me', 'best', 'media', 'guide', 'team', 'desk', 'hub', 'studio', 'tech', 'app', 'digital', 'support']);

function businessWordsIn(name: string): string[] {
  return [...new Set(name.split(/[^\p{L}\p{N}]+/u).filter((w) => businessWords.has(w)))];
}

function keywordsInHost(host: string): string[] {
  const labels = host.split('.').slice(0, -1).join('.');
  return spamKeywordsIn(labels.replace(/[.-]/g, ' '), spamHostWords);
}

/** Encyclopaedias, archives, maps, code hosts and public bodies (gov, nhs, edu, ac labels): where genuine readers point. */
const referenceHosts = ['wikipedia.org', 'wikimedia.org', 'archive.org', 'openstreetmap.org', 'github.com', 'youtube.com', 'youtu.be', 'doi.org', 'europa.eu', 'un.org', 'who.int'];
function isReferenceHost(host: string): boolean {
  if (referenceHosts.some((r) => host === r || host.endsWith(`.${r}`))) return true;
  return host.split('.').some((label) => ['gov', 'gouv', 'gob', 'govt', 'nhs', 'edu', 'ac', 'mil', 'parliament'].includes(label));
}

/** The label before the public suffix, roughly: "cheap-pills-online" in www.cheap-pills-online.example.co.uk. */
function registrableLabel(host: string): string {
  const labels = host.split('.');
  return labels.reduce((longest, l) => (l.length > longest.length ? l : longest), '');
}

const genericPraise = [
  /\b(?:great|nice|good|awesome|amazing|excellent|wonderful|fantastic|informative|useful|helpful|interesting|superb|brilliant|lovely|cool|valuable|impressive)\s{1,20}(?:post|article|blog|read|content|information|info|write[- ]?up|piece|site|website|work|share|topic|stuff|job|article\s{1,20}dear|blog\s{1,20}post)\b/i,
  /\bthanks?\s{1,20}(?:you\s{1,20})?(?:so\s{1,20}much\s{1,20})?(?:for|4)\s{1,20}(?:sharing|posting|the\s{1,20}(?:info|information|article|post|great|nice|useful))\b/i,
  /\bkeep\s{1,20}(?:it\s{1,20}up|up\s{1,20}the\s{1,20}(?:good|great|nice|awesome)\s{1,20}work|posting|writing|sharing)\b/i,
  /\bvery\s{1,20}(?:informative|helpful|useful|interesting|nice|good|well\s{1,20}written)\b/i,
  /\bi\s{1,20}(?:really\s{1,20}|truly\s{1,20})?(?:enjoyed|liked|loved|appreciate[d]?)\s{1,20}(?:reading|this\s{1,20}(?:post|article|blog)|your\s{1,20}(?:post|article|blog|site|website|content))\b/i,
  /\b(?:this|your)\s{1,20}(?:post|article|blog|site|website)\s{1,20}(?:is|was)\s{1,20}(?:very\s{1,20}|really\s{1,20}|so\s{1,20}|truly\s{1,20})?(?:helpful|useful|informative|great|nice|amazing|awesome|excellent)\b/i,
  /\bbookmark(?:ed|ing)?\b/i,
  /\b(?:i|we)\s{1,20}will\s{1,20}(?:definitely\s{1,20}|surely\s{1,20}|certainly\s{1,20})?(?:come\s{1,20}back|return|share\s{1,20}this|be\s{1,20}back|recommend)\b/i,
  /\b(?:hi|hello|hey)\s{1,20}(?:there|admin|webmaster)\b/i,
];

/** Spam is written to "the blog owner"; readers of a news desk talk about the article or the story. */
const blogOwnerTalk = /\b(?:your|this)\s{1,20}(?:blog|site|website|webpage|blog\s{1,20}post)\b|\b(?:dear|hi|hello)\s{1,20}admin\b/i;

/** A recommendation of a business or product, the quiet kind of advert (counted only with a link). */
const endorsements =
  /\b(?:highly\s{1,20}recommend(?:ed)?|(?:i|we)\s{1,20}(?:would\s{1,20})?recommend\s{1,20}(?:them|this\s{1,20}company|their)|these\s{1,20}guys|(?:they|these\s{1,20}people)\s{1,20}are\s{1,20}the\s{1,20}best|if\s{1,20}anyone\s{1,20}(?:needs|is\s{1,20}looking\s{1,20}for)\s{1,20}an?\b|worth\s{1,20}a\s{1,20}(?:look|try)|sav(?:e|es|ed)\s{1,20}(?:a\s{1,20}lot|loads)(?:\s{1,20}of\s{1,20}(?:time|hassle|money))?|(?:we|i)\s{1,20}used\s{1,20}(?:a|this|their)\s{1,20}(?:great|reliable|brilliant|fantastic)\s{1,20}(?:company|firm|service)|life[-\s]changing|changed\s{1,20}my\s{1,20}life|happy\s{1,20}to\s{1,20}share\s{1,20}(?:the\s{1,20})?details|(?:i|we)\s{1,20}found\s{1,20}(?:some\s{1,20})?(?:amazing|great|cheap|incredible)\s{1,20}(?:\w{1,40}\s{1,20})?deals)\b/i;

const callsToAction =
  /\b(?:click\s{1,20}(?:here|the\s{1,20}link|this\s{1,20}link)|visit\s{1,20}(?:my|our)\s{1,20}(?:site|website|blog|page|store|shop|profile)|check\s{1,20}(?:out\s{1,20})?(?:my|our)\s{1,20}(?:site|website|blog|page|profile|store|shop|channel|link)|(?:more|further)\s{1,20}(?:info|information|details)\s{1,20}(?:at|on|here|visit)|contact\s{1,20}(?:me|us)\s{1,20}(?:at|on|via|today|now)|dm\s{1,20}me|message\s{1,20}me\s{1,20}on|sign\s{1,20}up\s{1,20}(?:now|today|here)|register\s{1,20}(?:now|today|here))\b/i;

/** "$900 a day", "5,000 dollars per week", "weekly profits of $6,000": spam's income. (Hourly pay is what readers discuss as wages.) */
const incomeClaim =
  /(?:daily|weekly|monthly)\s{1,3}(?:profits?|income|earnings|returns|payouts?)\s{1,3}of\s{1,3}(?:[$€£]|usd)?\s?\d|(?:[$€£]|usd\s?)\s?\d[\d,.]{0,20}\s?k?\+?\s{0,3}(?:per|a|an|\/|every|each)\s{0,3}(?:day|week|month)|\d[\d,.]{0,20}\s?(?:[$€£]|usd|dollars|euros)\s{0,3}(?:per|a|an|\/|every|each)\s{0,3}(?:day|week|month)|(?:earn|make|made|making)\s{1,3}(?:up\s{1,3}to\s{1,3})?(?:[$€£]\s?)?\d[\d,.]{0,20}\s?k?\+?\s{0,3}(?:[$€£]|dollars|euros)?\s{0,3}(?:per|a|an|\/|every|each)\s{0,3}(?:day|week|month)/i;

/** Words that sell. Each counts once; civic money words (cost, budget, pay, price rise) are left out. */
const salesWords =
  /\b(?:free|bonus|offers?|discounts?|deals?|sale|cheap(?:est)?|\d{1,3}% off|coupon|promo|voucher|cashback|order (?:now|today)|shipping|delivery worldwide|apply (?:now|today)|sign ?up|register|subscribe|download|claim|win|winners?|prize|guaranteed|instant(?:ly)?|limited|exclusive|hurry|today only|don'?t miss|trial|packages?|all-inclusive|affordable|best (?:price|rates?|deals?)|lowest|\d{1,4}x|earn|income|profit|returns?|invest(?:ment)?|hiring|clients|customers)\b/gi;

/** A comment that begins by telling the reader to do something commercial. */
const salesOpener = /^\W{0,20}(get|try|buy|download|claim|apply|join|register|sign up|order|book|call|win|earn|discover|unlock|grab|shop|meet|need|want|looking for|invest)\b/i;

/** An international (+44 …) or long grouped phone number. */
const phoneNumber = /(?:\+\d{1,3}[\s.-]?)\(?\d{2,4}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,4}\b/;
/** A national number ("0808 157 0483", "(202) 555-0181"): ordinary in a reader's helpline tip, so only a route, never points alone. */
const nationalPhoneNumber = /\b0\d{3,4}[\s-]?\d{3}[\s-]?\d{3,4}\b|\(\d{3}\)\s?\d{3}-\d{4}\b|\b\d{3}-\d{3}-\d{4}\b/;

const typedLinkMarkup = /\[url=|\[link=|\[\/url\]|<a\s{1,20}href\s{0,20}=/i;

const scriptAgents = /python-requests|python-urllib|aiohttp|\bcurl\/|\bwget\/|go-http-client|\bjava\/|libwww-perl|\bhttpclient\b|okhttp|scrapy|node-fetch|axios\/|\bphp\/|guzzlehttp|mechanize|headlesschrome|phantomjs/i;

const stopwords = new Set(['the', 'and', 'that', 'this', 'for', 'not', 'are', 'was', 'but', 'with', 'you', 'they', 'have', 'has', 'his', 'her', 'its', 'our', 'their', 'les', 'des', 'que', 'der', 'die', 'und', 'los', 'las']);

function mostRepeatedWord(words: string[]): { word: string; count: number } | null {
  if (words.length < 8) return null;
  const counts = new Map<string, number>();
  for (const w of words) {
    const lw = w.toLowerCase();
    if (lw.length < 3 || stopwords.has(lw) || /^\d+$/.test(lw)) continue;
    counts.set(lw, (counts.get(lw) ?? 0) + 1);
  }
  const [word, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return count >= 4 && count / words.length >= 0.25 ? { word, count } : null;
}

// ——— Text helpers ———

/** A whitespace-separated token that is (or contains) a web address: "https://…", "www.…", "example.com/…". */
const urlToken = /https?:\/\/|www\.|^[("'<[]{0,5}[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,8}\.(?:com|net|org|info|biz|xyz|top|ru|io|co|us|uk|de|fr|es|in|online|site|shop|store|club|example)(?:[/:?#)\]"'>.,;!]|$)/i;

/**
 * The words a reader wrote, without the addresses (a link's text stays). Token by token, so a
 * 65,000-character comment costs linear time whatever it contains.
 */
export function withoutUrls(markdown: string): string {
  return markdown
    .replace(/\[([^[\]]{0,1000})\]\(([^()\s]{0,2000})\)/g, '$1 ')
    .split(/\s+/)
    .filter((token) => token !== '' && !urlToken.test(token))
    .join(' ');
}

/**
 * Words, roughly as a reader counts them: runs of letters and digits (with inner apostrophes
 * and hyphens), and each character of scripts written without spaces (Han, kana, Thai).
 * A regular expression rather than Intl.Segmenter, whose iteration is slow on long texts.
 */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]|[\p{L}\p{M}\p{N}]{1,60}(?:['’-][\p{L}\p{M}\p{N}]{1,60}){0,8}/gu) ?? [];
}

/** The addresses of the links in rendered comment HTML (entities in attributes decoded). */
export function linksIn(html: string): string[] {
  const out: string[] = [];
  for (const match of html.matchAll(/<a href="([^"]*)"/g)) {
    out.push(match[1]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'"));
  }
  return out;
}

function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  } catch {
    return null;
  }
}

/** The part of an address that marks a landing page or a referral, or null. */
function landingPageOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const param = [...parsed.searchParams.keys()].find((k) => /^(?:ref|aff|affiliate|aff_id|affid|partner|promo|coupon|utm_[a-z]+|clickid|subid|tracking)$/i.test(k));
  if (param) return `?${param}=`;
  const segment = parsed.pathname.toLowerCase().split('/').find((p) => landingSegments.has(p));
  return segment ? `/${segment}` : null;
}

const landingSegments = new Set(['signup', 'sign-up', 'register', 'claim', 'promo', 'promos', 'offer', 'offers', 'deal', 'deals', 'join', 'go', 'start', 'buy', 'order', 'checkout', 'bonus', 'aff', 'affiliate', 'ref', 'refer', 'referral', 'landing', 'lp', 'get', 'download', 'free', 'trial', 'win']);

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

// ——— Scripts ———

const scripts: [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Han', /\p{Script=Han}/u],
  ['Hiragana', /\p{Script=Hiragana}/u],
  ['Katakana', /\p{Script=Katakana}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Bengali', /\p{Script=Bengali}/u],
  ['Tamil', /\p{Script=Tamil}/u],
];

const latinLanguages = new Set(
  'en fr de es pt it nl sv da no nb nn fi pl cs sk sl hr bs ro hu tr id ms vi ca eu gl et lv lt is ga cy sq mt af sw tl fil az uz eo la lb fo'.split(' '),
);
const otherLanguages: Record<string, string[]> = {
  ru: ['Cyrillic'], uk: ['Cyrillic'], be: ['Cyrillic'], bg: ['Cyrillic'], mk: ['Cyrillic'], sr: ['Cyrillic', 'Latin'], kk: ['Cyrillic'],
  mn: ['Cyrillic'], el: ['Greek'], ar: ['Arabic'], fa: ['Arabic'], ur: ['Arabic'], he: ['Hebrew'], yi: ['Hebrew'], zh: ['Han'],
  ja: ['Han', 'Hiragana', 'Katakana'], ko: ['Hangul', 'Han'], hi: ['Devanagari'], mr: ['Devanagari'], ne: ['Devanagari'], th: ['Thai'],
  hy: ['Armenian'], ka: ['Georgian'], bn: ['Bengali'], ta: ['Tamil'],
};

/** The script most of the text is in, when it is not one the article's language is written in. */
export function scriptMismatch(text: string, language: string | null, minLetters = 10): { script: string; language: string } | null {
  if (!language) return null;
  const primary = primaryLanguage(language) ?? '';
  const expected = latinLanguages.has(primary) ? ['Latin'] : otherLanguages[primary];
  if (!expected) return null;
  const counts = new Map<string, number>();
  let letters = 0;
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    const script = scripts.find(([, re]) => re.test(ch))?.[0] ?? 'other';
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  if (letters < minLetters) return null;
  const foreign = [...counts].filter(([script]) => !expected.includes(script) && script !== 'other').sort((a, b) => b[1] - a[1])[0];
  const foreignTotal = [...counts].filter(([script]) => !expected.includes(script)).reduce((sum, [, n]) => sum + n, 0);
  if (!foreign || foreignTotal / letters < 0.6) return null;
  return { script: foreign[0], language: primary };
}
