/*
 * The learned layer: a token classifier in the manner of SpamAssassin's Bayes and of
 * Graham's and Robinson's filters. Pure: a tokenizer, a model of token counts built from
 * labeled comments, and a probability that a new comment is spam, from Robinson's f(w)
 * (s = 1, x = 0.5) and Fisher's chi-square combining of the most interesting tokens.
 *
 * It learns what nobody wrote a rule for: the desk's moderators mark spam and approve the
 * rest, and the words, hosts, names and email domains of each side move the probabilities.
 * The model store (bayes-store.ts) builds it from a shipped seed corpus and the moderators'
 * verdicts, and keeps it current with learn() and unlearn() as verdicts change.
 */

export interface BayesComment {
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  /** The comment as typed (Markdown). */
  body: string;
  userAgent?: string | undefined;
}

export interface BayesModel {
  /** In how many spam comments each token appears (presence, not frequency). */
  spamCounts: Map<string, number>;
  hamCounts: Map<string, number>;
  nSpam: number;
  nHam: number;
}

export interface BayesVerdict {
  /** 0 (genuine) … 1 (spam); 0.5 when the model knows nothing useful. */
  probability: number;
  /** The tokens that decided it, most interesting first, with f(w). */
  tokens: { token: string; f: number }[];
}

/** Robinson's strength of the prior and the prior itself. */
const S = 1;
const X = 0.5;
/** At most this many tokens are combined, the furthest from 0.5 first. */
const MAX_TOKENS = 25;
/** Tokens whose f(w) is closer than this to 0.5 say nothing and are left out. */
const MIN_DEVIATION = 0.1;
/**
 * With fewer informative tokens than this the filter abstains (0.5): a one-line comment
 * whose only known word once appeared in spam ("First!") says nothing about its writer.
 */
const MIN_EVIDENCE = 4;
/** Only so much of a very long comment is read: what spam says, it says early. */
const MAX_CHARS = 20_000;

/** The learned filter holds a comment at or above this probability (moderation.ts); chosen on eval splits A–D with both seed corpora. */
export const LEARNED_HOLD_PROBABILITY = 0.8;
/** …or at or above this one when the content score is middling too (moderation.ts, AGREEING_SCORE); chosen on splits A–E. */
export const LEARNED_AGREE_PROBABILITY = 0.6;
/** Fewer labeled comments than this on either side and the filter stays silent. */
export const MIN_TRAINING_PER_CLASS = 20;

// A bare host (example.com/…) is tried only where a run of host characters starts, with
// bounded labels, so a long "1.1.1…" or "a-a-a…" run costs linear time, not quadratic.
const urlPattern = /\b(?:https?:\/\/[^\s<>()"'\]]+|www\.[^\s<>()"'\]]+|(?<![a-z0-9.-])[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,8}\.[a-z]{2,12}\/[^\s<>()"'\]]*)/gi;
const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*|[$€£¥₹]/gu;

/** The host of an address written in a comment, lowercased, without "www.". */
function hostOf(raw: string): string | null {
  const withScheme = /^https?:\/\//i.test(raw) ? raw : `http://${raw}`;
  try {
    const host = new URL(withScheme).hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
    return host.includes('.') ? host : null;
  } catch {
    return null;
  }
}

function hostTokens(host: string, into: Set<string>, prefix = ''): void {
  const labels = host.split('.');
  into.add(`${prefix}host:${host}`);
  into.add(`${prefix}tld:${labels[labels.length - 1]}`);
  if (labels.length >= 2) into.add(`${prefix}domain:${labels.slice(-2).join('.')}`);
  for (const part of labels.slice(0, -1).join('-').split('-')) if (part.length >= 3 && part !== 'www') into.add(`hostword:${collapseDigits(part)}`);
}

/** Words too common to say anything but the length and register of a text (SpamAssassin keeps a stoplist too). */
const stopwords = new Set(
  'a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those i me my we our you your he she his her they them their there here not no so do does did have has had will would can could should may might just than then also about into over out up what which who how when where all any some very more most much such only own same too s t'.split(
    ' ',
  ),
);

function collapseDigits(word: string): string {
  return word.replace(/\d+/g, '0');
}

/**
 * The tokens of a comment, as a set: lowercased words of the text (digits collapsed to "0",
 * so "$450" and "$900" are alike), "w1 w2" bigrams, the hosts, domains and top-level domains
 * of its links and of the website ("host:example.com", "tld:xyz"), words in the host names,
 * the author's name ("name:…"), the email's domain ("emaildomain:…") and the user agent's
 * first product ("agent:…"). A few shapes too: many links, a bare link, capitals, "!!!".
 */
export function tokenize(comment: BayesComment): Set<string> {
  const tokens = new Set<string>();
  const body = comment.body.length > MAX_CHARS ? comment.body.slice(0, MAX_CHARS) : comment.body;

  let links = 0;
  for (const match of body.matchAll(urlPattern)) {
    const host = hostOf(match[0]);
    if (!host) continue;
    links++;
    hostTokens(host, tokens);
  }
  if (links > 0) tokens.add(links >= 3 ? 'shape:links-3+' : `shape:links-${links}`);
  const text = body.replace(urlPattern, ' ');

  const words = (text.toLowerCase().match(wordPattern) ?? []).filter((w) => w.length <= 30).map(collapseDigits);
  for (const w of words) if (!stopwords.has(w)) tokens.add(w);
  for (let i = 1; i < words.length; i++) {
    const [a, b] = [words[i - 1]!, words[i]!];
    if (!stopwords.has(a) && !stopwords.has(b)) tokens.add(`${a} ${b}`);
  }
  if (words.length <= 3) tokens.add(links > 0 ? 'shape:bare-link' : 'shape:few-words');

  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = text.match(/\p{Ll}/gu)?.length ?? 0;
  if (upper + lower >= 12 && upper / (upper + lower) >= 0.5) tokens.add('shape:shouting');
  if (/!{2,}/.test(text)) tokens.add('shape:!!');

  const name = comment.authorName.toLowerCase();
  for (const w of name.match(wordPattern) ?? []) tokens.add(`name:${collapseDigits(w)}`);

  const email = comment.authorEmail.toLowerCase().trim();
  const at = email.lastIndexOf('@');
  if (at > 0) {
    const domain = email.slice(at + 1);
    tokens.add(`emaildomain:${domain}`);
    for (const w of email.slice(0, at).split(/[._+-]+/)) if (w.length >= 3) tokens.add(`emailword:${collapseDigits(w)}`);
  }

  const site = comment.authorUrl ? hostOf(comment.authorUrl) : null;
  tokens.add(site ? 'shape:website' : 'shape:no-website');
  if (site) hostTokens(site, tokens, 'site');

  const agent = comment.userAgent?.trim().toLowerCase() ?? '';
  tokens.add(`agent:${agent === '' ? 'none' : (agent.split(/[/\s]/)[0] ?? 'none')}`);
  return tokens;
}

export function emptyModel(): BayesModel {
  return { spamCounts: new Map(), hamCounts: new Map(), nSpam: 0, nHam: 0 };
}

/** Adds one labeled comment to the model (in place). */
export function learn(model: BayesModel, comment: BayesComment, label: 'spam' | 'ham'): void {
  const counts = label === 'spam' ? model.spamCounts : model.hamCounts;
  for (const token of tokenize(comment)) counts.set(token, (counts.get(token) ?? 0) + 1);
  if (label === 'spam') model.nSpam++;
  else model.nHam++;
}

/**
 * Takes back what learn() added for the same comment and label (in place), so a comment a
 * moderator moves approved → spam → approved leaves the counts as one build from scratch would:
 * the tokenizer is pure, and a token whose count falls to zero is removed, not kept at 0.
 * The caller must only unlearn what it learned.
 */
export function unlearn(model: BayesModel, comment: BayesComment, label: 'spam' | 'ham'): void {
  const counts = label === 'spam' ? model.spamCounts : model.hamCounts;
  for (const token of tokenize(comment)) {
    const count = counts.get(token) ?? 0;
    if (count > 1) counts.set(token, count - 1);
    else counts.delete(token);
  }
  if (label === 'spam') model.nSpam = Math.max(0, model.nSpam - 1);
  else model.nHam = Math.max(0, model.nHam - 1);
}

export function buildModel(examples: Iterable<{ comment: BayesComment; label: 'spam' | 'ham' }>): BayesModel {
  const model = emptyModel();
  for (const { comment, label } of examples) learn(model, comment, label);
  return model;
}

/** Robinson's f(w): the token's spam probability, pulled towards x by s when it was seen rarely. */
export function tokenProbability(model: BayesModel, token: string): number {
  const spam = model.spamCounts.get(token) ?? 0;
  const ham = model.hamCounts.get(token) ?? 0;
  const n = spam + ham;
  if (n === 0) return X;
  const spamRatio = model.nSpam > 0 ? spam / model.nSpam : 0;
  const hamRatio = model.nHam > 0 ? ham / model.nHam : 0;
  const p = spamRatio + hamRatio === 0 ? X : spamRatio / (spamRatio + hamRatio);
  return (S * X + n * p) / (S + n);
}

/**
 * The upper tail of the chi-square distribution with an even number of degrees of freedom
 * (2 × terms): the chance of a value at least chi2. Closed form, as in Robinson's and
 * SpamBayes' chi2Q.
 */
export function chi2Q(chi2: number, degrees: number): number {
  const m = chi2 / 2;
  let term = Math.exp(-m);
  let sum = term;
  for (let i = 1; i < degrees / 2; i++) {
    term *= m / i;
    sum += term;
  }
  return Math.min(1, Math.max(0, sum));
}

/**
 * Fisher's combining of token probabilities: H says how surely they are not all genuine, S how
 * surely they are not all spam; the indicator (1 + H − S) / 2 is 0 … 1, 0.5 when undecided
 * (or when there are no probabilities at all).
 */
export function chiSquareCombine(probabilities: readonly number[]): number {
  const n = probabilities.length;
  if (n === 0) return 0.5;
  let lnSpam = 0;
  let lnHam = 0;
  for (const raw of probabilities) {
    const f = Math.min(0.9999, Math.max(0.0001, raw));
    lnSpam += Math.log(f);
    lnHam += Math.log(1 - f);
  }
  const h = chi2Q(-2 * lnSpam, 2 * n);
  const s = chi2Q(-2 * lnHam, 2 * n);
  return (1 + h - s) / 2;
}

/**
 * How likely the comment is spam, and which tokens said so; null (the filter abstains) when
 * there is no model yet, as while a new process builds its first one in the background.
 */
export function spamProbability(model: BayesModel, comment: BayesComment): BayesVerdict;
export function spamProbability(model: BayesModel | null, comment: BayesComment): BayesVerdict | null;
export function spamProbability(model: BayesModel | null, comment: BayesComment): BayesVerdict | null {
  if (!model) return null;
  if (model.nSpam === 0 || model.nHam === 0) return { probability: 0.5, tokens: [] };
  const scored: { token: string; f: number }[] = [];
  for (const token of tokenize(comment)) {
    if (!model.spamCounts.has(token) && !model.hamCounts.has(token)) continue;
    const f = tokenProbability(model, token);
    if (Math.abs(f - X) >= MIN_DEVIATION) scored.push({ token, f });
  }
  scored.sort((a, b) => Math.abs(b.f - X) - Math.abs(a.f - X) || (a.token < b.token ? -1 : 1));
  const top = scored.slice(0, MAX_TOKENS);
  if (top.length < MIN_EVIDENCE) return { probability: 0.5, tokens: top };
  return { probability: chiSquareCombine(top.map((t) => t.f)), tokens: top };
}

/** How moderators read a verdict: "p=0.97; “bonus”, host:spins.example". */
export function explainVerdict(verdict: BayesVerdict, count = 3): string {
  const spammy = verdict.tokens.filter((t) => t.f > X).slice(0, count).map((t) => (t.token.includes(':') ? t.token : `“${t.token}”`));
  return `p=${verdict.probability.toFixed(2)}${spammy.length > 0 ? `; ${spammy.join(', ')}` : ''}`;
}
