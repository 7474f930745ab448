/*
 * npm run eval:spam — measures the spam defence on the labeled set in eval/spam-comments.jsonl.
 *
 * Each comment goes through the same steps a posted comment does: the form's validation and
 * normalization, the Markdown rendering, the content facts (links, moderation and disallowed
 * words, blocked authors, the content score) and decideComment, with the desk's default
 * settings. What cannot apply to a labeled row is set to "nothing objects": the form token is
 * valid, no honeypot, no duplicate, no flood, no earlier comments from the address, and the
 * author HAS an approved comment — the first-comment rule holds every newcomer by design, so
 * with it on every comment would count as caught and the figures would say nothing. The
 * Akismet-compatible service is not called.
 *
 * "Caught" means status spam, or status pending for a content reason (links, a moderation
 * word, the score), i.e. any reason other than "held: first comment" and "held: every comment
 * is held" (both off here). Precision, recall and the false-positive rate are for "caught".
 *
 *   npm run eval:spam                 # figures for A (tuning), B and C (held out; see generate.ts), total
 *   npm run eval:spam -- --misses A   # also list the misclassified comments of bank A
 *   npm run eval:spam -- --learned-misses 'seed + A|B'   # misclassified with the learned filter
 *
 * Split D (eval/spam-comments-d.jsonl, eval/generate-d.ts) was written in round 4, measured once, and
 * tuned on in round 5. Split E (eval/spam-comments-e.jsonl, eval/generate-e.ts) was written in round 5
 * by a separate author who never saw the filter, before it was measured, measured once, and tuned on
 * in round 6; split F (eval/spam-comments-f.jsonl, eval/generate-f.ts) likewise in round 6.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateCommentForm, emptyCommentForm } from '../src/discussion/comment-form.js';
import { renderCommentMarkdown } from '../src/discussion/markdown.js';
import { decideComment, type CommentFacts } from '../src/discussion/moderation.js';
import { LEARNED_HOLD_PROBABILITY, spamProbability, type BayesComment, type BayesModel } from '../src/discussion/spam/bayes.js';
import { modelFromSeedAnd } from '../src/discussion/spam/bayes-store.js';
import { gatherContentFacts } from '../src/discussion/spam/content.js';
import { explainScore } from '../src/discussion/spam/score.js';
import { defaultSettings } from '../src/store/settings.js';

interface Row {
  split: string;
  bank?: number;
  label: 'spam' | 'ham';
  kind?: string;
  author: string;
  email: string;
  url: string;
  text: string;
  userAgent: string;
  articleLanguage: string | null;
}

type Outcome = 'spam' | 'held' | 'approved' | 'invalid';

interface Judged {
  row: Row;
  outcome: Outcome;
  caught: boolean;
  reason: string;
  score: number | null;
  explanation: string;
}

/** A documentation address (RFC 5737): the lists are empty by default, so it never matches. */
const CLIENT_ADDRESS = '192.0.2.10';
const notCaughtHolds = new Set(['held: first comment', 'held: every comment is held']);

function bayesComment(row: Row): BayesComment {
  return { authorName: row.author, authorEmail: row.email, authorUrl: row.url || null, body: row.text, userAgent: row.userAgent };
}

/** With a model, the learned filter has its say too, as in postComment. */
export function judge(row: Row, settings = defaultSettings, model?: BayesModel): Judged {
  const validation = validateCommentForm({ ...emptyCommentForm, comment: row.text, author: row.author, email: row.email, url: row.url });
  if (!('draft' in validation)) {
    return { row, outcome: 'invalid', caught: false, reason: `invalid: ${Object.values(validation.errors).join(' ')}`, score: null, explanation: '' };
  }
  const { draft } = validation;
  const bodyHtml = renderCommentMarkdown(draft.body);
  const content = gatherContentFacts({ draft, bodyHtml, clientAddress: CLIENT_ADDRESS, userAgent: row.userAgent, articleLanguage: row.articleLanguage }, settings);
  const facts: CommentFacts = {
    commentsOpen: true,
    formToken: 'ok',
    honeypotFilled: false,
    duplicate: false,
    secondsSinceLastComment: null,
    authorHasApprovedComment: true,
    recentCommentsFromAddress: 0,
    ...content,
    learned: model ? spamProbability(model, bayesComment(row)) : null,
  };
  const decision = decideComment(draft, {}, facts, settings);
  if (decision.kind === 'refused') throw new Error(`refused: ${decision.message}`);
  const outcome: Outcome = decision.status === 'spam' ? 'spam' : decision.status === 'pending' ? 'held' : 'approved';
  const caught = decision.status === 'spam' || (decision.status === 'pending' && !notCaughtHolds.has(decision.reason));
  return { row, outcome, caught, reason: decision.reason, score: content.spamScore.score, explanation: explainScore(content.spamScore, 5) };
}

interface Figures {
  n: number;
  spam: number;
  ham: number;
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  precision: number;
  recall: number;
  fpr: number;
  table: Record<'spam' | 'ham', Record<Outcome, number>>;
}

export function figures(judged: Judged[]): Figures {
  const table = { spam: { spam: 0, held: 0, approved: 0, invalid: 0 }, ham: { spam: 0, held: 0, approved: 0, invalid: 0 } };
  let tp = 0, fn = 0, fp = 0, tn = 0;
  for (const j of judged) {
    table[j.row.label][j.outcome]++;
    if (j.row.label === 'spam') {
      if (j.caught) tp++;
      else fn++;
    } else if (j.caught) fp++;
    else tn++;
  }
  return {
    n: judged.length,
    spam: tp + fn,
    ham: fp + tn,
    tp, fn, fp, tn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    fpr: fp + tn === 0 ? 0 : fp / (fp + tn),
    table,
  };
}

function report(title: string, f: Figures): string {
  const pct = (x: number) => x.toFixed(3);
  const row = (label: 'spam' | 'ham') => `  ${label.padEnd(6)}| ${String(f.table[label].spam).padStart(5)} | ${String(f.table[label].held).padStart(5)} | ${String(f.table[label].approved).padStart(8)}`;
  return [
    `${title}: ${f.n} comments (${f.spam} spam, ${f.ham} genuine)`,
    `  precision ${pct(f.precision)}  recall ${pct(f.recall)}  false-positive rate ${pct(f.fpr)}   (caught: ${f.tp} spam, ${f.fp} genuine; missed ${f.fn} spam)`,
    '  actual | spam  | held  | approved',
    row('spam'),
    row('ham'),
  ].join('\n');
}

/** What each split has been through: only a split nothing was tuned on says how the defence meets new spam. */
const splitLabels: Record<string, string> = {
  A: 'A (tuning)',
  B: 'B (held out in round 2, then seen)',
  C: 'C (held out in round 3, then seen)',
  D: 'D (held out in round 4, then tuned on in round 5)',
  E: 'E (written independently in round 5, measured once, then tuned on in round 6)',
  F: 'F (written independently in round 6, measured once)',
};

function main(): void {
  const here = dirname(fileURLToPath(import.meta.url));
  const rows = ['spam-comments.jsonl', 'spam-comments-d.jsonl', 'spam-comments-e.jsonl', 'spam-comments-f.jsonl'].flatMap((file) => {
    let text = '';
    try {
      text = readFileSync(join(here, file), 'utf8');
    } catch {
      return [];
    }
    return text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Row);
  });
  const judged = rows.map((row) => judge(row));
  const invalid = judged.filter((j) => j.outcome === 'invalid');
  if (invalid.length > 0) throw new Error(`${invalid.length} rows fail the form's validation, first: ${invalid[0]!.reason}`);

  console.log(`Spam defence on eval/spam-comments.jsonl, default settings (spamScoreHold ${defaultSettings.spamScoreHold}, spamScoreSpam ${defaultSettings.spamScoreSpam}, commentMaxLinks ${defaultSettings.commentMaxLinks}); first-comment rule off.\n`);
  const splits = [...new Set(rows.map((r) => r.split))].sort();
  for (const split of splits) {
    const label = splitLabels[split] ?? split;
    console.log(report(label, figures(judged.filter((j) => j.row.split === split))));
    const banks = [...new Set(rows.filter((r) => r.split === split).map((r) => r.bank))].sort();
    if (banks.length > 1) {
      for (const bank of banks) {
        const f = figures(judged.filter((j) => j.row.split === split && j.row.bank === bank));
        console.log(`    bank ${bank}: ${f.n} comments, precision ${f.precision.toFixed(3)}  recall ${f.recall.toFixed(3)}  false-positive rate ${f.fpr.toFixed(3)}`);
      }
    }
    console.log('');
  }
  const total = figures(judged);
  console.log(report('Total', total));

  // The same comments at other hold thresholds (spamScoreHold), for moderators choosing one; the defaults are not tuned on this.
  console.log('\nOther hold thresholds (recall / false-positive rate):');
  console.log(`  spamScoreHold | ${splits.map((s) => s.padEnd(13)).join(' | ')} | total`);
  for (const hold of [30, 40, 50, 60, 70]) {
    const at = rows.map((row) => judge(row, { ...defaultSettings, spamScoreHold: hold }));
    const cell = (f: Figures) => `${f.recall.toFixed(3)} / ${f.fpr.toFixed(3)}`;
    console.log(`  ${String(hold).padStart(13)} | ${splits.map((s) => cell(figures(at.filter((j) => j.row.split === s)))).join(' | ')} | ${cell(figures(at))}`);
  }
  // Per split, since a total over tuned splits hides how unseen ones fare.
  const meetsTarget = (f: Figures) => f.recall >= 0.95 && f.fpr <= 0.01;
  const verdicts = [...splits.map((s) => [s, figures(judged.filter((j) => j.row.split === s))] as const), ['total', total] as const];
  const [met, missed] = [verdicts.filter(([, f]) => meetsTarget(f)), verdicts.filter(([, f]) => !meetsTarget(f))].map((list) => list.map(([name]) => name).join(', ') || 'none');
  console.log(`\nRules only — target recall ≥ 0.95 at false-positive rate ≤ 0.01: met on ${met}; NOT met on ${missed}.`);

  // The learned filter, honestly: trained on the shipped seed corpus and on the splits before the
  // one measured ("as if they were the desk's moderation history"), never on the split measured.
  console.log(`\nWith the learned filter (holds at p ≥ ${LEARNED_HOLD_PROBABILITY}); trained on the seed corpus and the history named:`);
  const learnedJudged = new Map<string, Judged[]>();
  const histories: { name: string; from: string[] }[] = [
    { name: 'seed only', from: [] },
    { name: 'seed + A', from: ['A'] },
    { name: 'seed + A + B', from: ['A', 'B'] },
    { name: 'seed + A + B + C', from: ['A', 'B', 'C'] },
    { name: 'seed + A…D', from: ['A', 'B', 'C', 'D'] },
    { name: 'seed + A…E', from: ['A', 'B', 'C', 'D', 'E'] },
  ];
  for (const history of histories) {
    const model = modelFromSeedAnd(rows.filter((r) => history.from.includes(r.split)).map((r) => ({ comment: bayesComment(r), label: r.label })));
    for (const split of splits.filter((s) => !history.from.includes(s))) {
      const judgedHere = rows.filter((r) => r.split === split).map((row) => judge(row, defaultSettings, model));
      learnedJudged.set(`${history.name}|${split}`, judgedHere);
      const f = figures(judgedHere);
      const byLearned = judgedHere.filter((j) => j.reason.startsWith('held: looks like spam to the learned filter'));
      console.log(
        `  ${history.name.padEnd(17)} → ${split}: precision ${f.precision.toFixed(3)}  recall ${f.recall.toFixed(3)}  false-positive rate ${f.fpr.toFixed(3)}` +
          `   (held by the learned filter: ${byLearned.filter((j) => j.row.label === 'spam').length} spam, ${byLearned.filter((j) => j.row.label === 'ham').length} genuine; ` +
          `the filter's own catch would be recall ${figures(judgedHere.map((j) => ({ ...j, caught: spamProbability(model, bayesComment(j.row)).probability >= LEARNED_HOLD_PROBABILITY }))).recall.toFixed(3)})`,
      );
    }
  }

  const missesAt = process.argv.indexOf('--learned-misses');
  if (missesAt >= 0) {
    const key = process.argv[missesAt + 1] ?? 'seed only|A';
    const wrong = (learnedJudged.get(key) ?? []).filter((j) => (j.row.label === 'spam') !== j.caught);
    console.log(`\nMisclassified with the learned filter (${key}): ${wrong.length}`);
    for (const j of wrong) console.log(`- [${j.row.split} ${j.row.label} ${j.row.kind ?? ''}] ${j.outcome} (${j.reason}) :: ${j.row.author} :: ${j.row.text.slice(0, 140)}`);
  }

  const rulesMissesAt = process.argv.indexOf('--misses');
  if (rulesMissesAt >= 0) {
    const only = process.argv[rulesMissesAt + 1];
    const wrong = judged.filter((j) => (j.row.label === 'spam') !== j.caught && (!only || only.startsWith('-') || j.row.split === only));
    console.log(`\nMisclassified${only && !only.startsWith('-') ? ` in ${only}` : ''}: ${wrong.length}`);
    for (const j of wrong) {
      console.log(`- [${j.row.split} ${j.row.label} ${j.row.kind ?? ''}] ${j.outcome} (${j.reason}) score ${j.score}: ${j.explanation}\n    ${j.row.author} <${j.row.email}> ${j.row.url} :: ${j.row.text.slice(0, 140)}`);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
