import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { renderCommentMarkdown } from '../../src/discussion/markdown.js';
import { gatherContentFacts } from '../../src/discussion/spam/content.js';
import { featurize, namedFeatures } from '../../src/discussion/spam/features.js';
import { loadShippedModel } from '../../src/discussion/spam/model-file.js';
import { defaultSettings } from '../../src/store/settings.js';
import { hostileBodies } from '../support/hostile-comments.js';

/*
 * Every content check must cost time linear in the length of the text (issue 9, item 1: a
 * 65 KB comment of "1,1,1,…" held the event loop for ~10 s). Not a stopwatch: the same body is
 * examined at 8 KB and at 128 KB, and the larger may cost at most 64 times the smaller (linear
 * work is ~16 times; quadratic, ~256 times: the bound sits between them with a factor of four
 * to spare on each side, so a loaded machine does not flip it). Costs are CPU time, the best of several rounds, each
 * round repeated until it is long enough to measure, so other processes on the machine and
 * timer resolution do not decide the outcome.
 */

const SMALL = 8 * 1024;
const LARGE = 128 * 1024;
const MAX_RATIO = 64;
/** Below this, a cost is fixed overhead (allocation of the first large arrays, timers), not growth. */
const FLOOR_MS = 2;

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** The CPU time of one call: the best of `rounds`, each repeated until it has run for 20 ms. */
function cost(run: () => unknown, rounds: number): number {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    let calls = 0;
    const start = cpuMs();
    let now = start;
    do {
      run();
      calls++;
      now = cpuMs();
    } while (now - start < 20);
    best = Math.min(best, (now - start) / calls);
  }
  return best;
}

/** Asserts that `check` grows at most MAX_RATIO times from `smallSize` to `largeSize` (16 times larger) on every hostile body. */
function assertLinear(check: (body: string) => () => unknown, smallSize = SMALL, largeSize = LARGE): void {
  for (const [name, make] of Object.entries(hostileBodies)) {
    const small = check(make(smallSize));
    const large = check(make(largeSize));
    small();
    const smallCost = Math.max(FLOOR_MS, cost(small, 5));
    // A quadratic check costs seconds here: stop as soon as one round is within bounds.
    let ratio = Infinity;
    for (let round = 0; round < 3 && ratio >= MAX_RATIO; round++) ratio = cost(large, 1) / smallCost;
    assert.ok(ratio < MAX_RATIO, `${name}: ${largeSize} characters cost ${ratio.toFixed(1)} times ${smallSize}`);
  }
}

function draftOf(body: string) {
  return { body, authorName: 'Pat Reader', authorEmail: 'pat@example.org', authorUrl: 'https://pat.example.org/' };
}

describe('content checks cost time linear in the text (hostile 8 KB vs 128 KB bodies)', () => {
  test('the content facts: links, the lists and the spam model’s score', () => {
    const settings = { ...defaultSettings, moderationWords: 'bridge\ncouncil', disallowedWords: 'viagra\ncasino', blockedAuthors: '192.0.2.0/24' };
    const { model } = loadShippedModel();
    assertLinear((body) => {
      const bodyHtml = renderCommentMarkdown(body);
      return () => gatherContentFacts({ draft: draftOf(body), bodyHtml, clientAddress: '198.51.100.7', userAgent: 'Mozilla/5.0', articleLanguage: 'en' }, settings, model);
    });
  });

  test('the model’s features on the whole text, uncapped, where a slow pass cannot hide behind the cap', () => {
    assertLinear((body) => () => featurize({ text: body, url: 'https://pat.example.org/' }, Infinity));
  });

  test('the named features that explain a held comment (they read what the model reads)', () => {
    assertLinear((body) => () => namedFeatures({ text: body, url: null }));
  });

  test('the Markdown rendering and sanitizing of the comment', () => {
    assertLinear((body) => () => renderCommentMarkdown(body));
  });
});

describe('deeply nested Markdown stays shallow', () => {
  test('a thousand nested quotes and lists render a bounded depth', () => {
    for (const body of ['>'.repeat(1000) + ' deep', '> - '.repeat(1000) + 'deep', '['.repeat(1000) + 'deep' + ']'.repeat(1000)]) {
      const html = renderCommentMarkdown(body);
      let depth = 0;
      let deepest = 0;
      for (const tag of html.matchAll(/<(\/?)(?:blockquote|ul|ol|li)\b/g)) {
        depth += tag[1] ? -1 : 1;
        deepest = Math.max(deepest, depth);
      }
      assert.ok(deepest <= 100, `${body.slice(0, 8)}…: nested ${deepest} deep`);
    }
  });
});
