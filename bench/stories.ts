/**
 * Same-story assignment cost (issue 12): the time to assign one arriving article when the
 * in-memory index already holds 100,000 articles. Target: median ≤ 5 ms.
 *
 * The articles are generated (seeded mulberry32, so every run builds the same desk): events of
 * 200 kinds, each kind with its own words, on top of a shared common vocabulary, so that the
 * inverted index returns realistic candidate lists (many stories share a kind's words); each
 * event has its own names, place and numbers, as real reports do. The index is filled by saving
 * each generated article into its event's story (what the assigner would store, without timing
 * the decision); then 2,000 more articles — most from known events, some from new ones — are
 * assigned one at a time through assignArticle, each timed from raw text to stored result.
 *
 *   node --import tsx bench/stories.ts
 *   BENCH_STORIES_ARTICLES=20000 node --import tsx bench/stories.ts
 */
import { pathToFileURL } from 'node:url';
import { mulberry32 } from '../src/text/seeded-random.js';
import { assignArticle, prepareArticle, type ArticleInput } from '../src/stories/assign.js';
import { MemoryStoryIndex } from '../src/stories/memory-index.js';
import { defaultStoryOptions } from '../src/stories/options.js';
import { joinStory, newStory, type Story } from '../src/stories/story.js';

const ARTICLES = Number(process.env.BENCH_STORIES_ARTICLES ?? 100_000);
const TIMED = 2_000;
const KINDS = 200;
const ARTICLES_PER_EVENT = 5;

type Random = () => number;

const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'de', 'ba', 'gor', 'lin', 'mar', 'tes', 'qui', 'pha', 'zen', 'dru', 'el', 'on'];

function word(random: Random, parts: number): string {
  let out = '';
  for (let i = 0; i < parts; i++) out += syllables[Math.floor(random() * syllables.length)]!;
  return out;
}

function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function capitalise(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1);
}

interface Event {
  kind: number;
  words: string[];
  names: string[];
  numbers: string[];
}

interface Generator {
  event(): Event;
  article(event: Event, id: string): ArticleInput;
}

function generator(seed: number): Generator {
  const random = mulberry32(seed);
  const common = Array.from({ length: 4000 }, () => word(random, 2 + Math.floor(random() * 2)));
  const kinds = Array.from({ length: KINDS }, () => Array.from({ length: 40 }, () => word(random, 3)));
  return {
    event() {
      const kind = Math.floor(random() * KINDS);
      return {
        kind,
        words: Array.from({ length: 12 }, () => pick(random, kinds[kind]!)),
        names: Array.from({ length: 4 }, () => capitalise(word(random, 3))),
        numbers: [String(Math.floor(random() * 500)), String(1990 + Math.floor(random() * 40))],
      };
    },
    article(event, id) {
      const sentence = (): string => {
        const parts: string[] = [];
        for (let i = 0; i < 14; i++) {
          const r = random();
          if (r < 0.2) parts.push(pick(random, event.words));
          else if (r < 0.35) parts.push(pick(random, kinds[event.kind]!));
          else if (r < 0.45) parts.push(pick(random, event.names));
          else if (r < 0.5) parts.push(pick(random, event.numbers));
          else parts.push(pick(random, common));
        }
        return `${capitalise(parts.join(' '))}.`;
      };
      const title = capitalise([pick(random, event.names), pick(random, event.words), pick(random, kinds[event.kind]!), pick(random, event.words), pick(random, event.numbers)].join(' '));
      return { id, title, text: Array.from({ length: 12 }, sentence).join('\n'), source: `source-${Math.floor(random() * 50)}` };
    },
  };
}

export interface StoriesBenchResult {
  stored: number;
  stories: number;
  fillSeconds: number;
  medianMs: number;
  p95Ms: number;
  /** The same timed articles assigned into an empty index: what reading the text costs alone. */
  emptyIndexMedianMs: number;
  joinedKnownShare: number;
  heapMb: number;
}

export async function storiesBench(): Promise<StoriesBenchResult> {
  const options = defaultStoryOptions;
  const gen = generator(20261206);
  const index = new MemoryStoryIndex(options);
  const events: Event[] = [];
  const storyOf = new Map<Event, Story>();
  const fillStarted = performance.now();
  for (let i = 0; i < ARTICLES; i++) {
    if (i % ARTICLES_PER_EVENT === 0) events.push(gen.event());
    const event = events[events.length - 1]!;
    const article = prepareArticle(gen.article(event, `a${i}`), options);
    const known = storyOf.get(event);
    const story = known === undefined ? newStory(article) : joinStory(known, article, index, options);
    const id = await index.save(story, article);
    storyOf.set(event, { ...story, id });
  }
  const fillSeconds = (performance.now() - fillStarted) / 1000;

  const random = mulberry32(99);
  const times: number[] = [];
  let joinedKnown = 0;
  let fromKnown = 0;
  for (let i = 0; i < TIMED; i++) {
    const isKnown = random() < 0.8;
    const event = isKnown ? events[Math.floor(random() * events.length)]! : gen.event();
    const input = gen.article(event, `t${i}`);
    const started = performance.now();
    const assignment = await assignArticle(index, input, options);
    times.push(performance.now() - started);
    if (isKnown) {
      fromKnown++;
      if (assignment.storyId === storyOf.get(event)!.id) joinedKnown++;
    }
  }
  times.sort((a, b) => a - b);

  // The baseline in the same run: the same kind of articles into an empty index, one each.
  const baseline: number[] = [];
  const baseRandom = mulberry32(99);
  for (let i = 0; i < TIMED; i++) {
    const event = baseRandom() < 0.8 ? events[Math.floor(baseRandom() * events.length)]! : gen.event();
    const input = gen.article(event, `b${i}`);
    const started = performance.now();
    await assignArticle(new MemoryStoryIndex(options), input, options);
    baseline.push(performance.now() - started);
  }
  baseline.sort((a, b) => a - b);
  return {
    stored: ARTICLES,
    stories: index.storyCount,
    fillSeconds,
    medianMs: times[Math.floor(times.length / 2)]!,
    p95Ms: times[Math.floor(times.length * 0.95)]!,
    emptyIndexMedianMs: baseline[Math.floor(baseline.length / 2)]!,
    joinedKnownShare: joinedKnown / fromKnown,
    heapMb: process.memoryUsage().heapUsed / 1e6,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await storiesBench();
  console.log(`index: ${result.stored} generated articles in ${result.stories} stories (filled in ${result.fillSeconds.toFixed(1)} s; heap ${result.heapMb.toFixed(0)} MB)`);
  console.log(`assigning one more article (${TIMED} timed, text to stored result): median ${result.medianMs.toFixed(2)} ms, p95 ${result.p95Ms.toFixed(2)} ms (target: median ≤ 5 ms) ${result.medianMs <= 5 ? '✓' : '✗ MISSED'}; into an empty index ${result.emptyIndexMedianMs.toFixed(2)} ms`);
  console.log(`sanity: ${(result.joinedKnownShare * 100).toFixed(1)}% of the timed articles from a known event joined that event's story`);
  process.exitCode = result.medianMs <= 5 ? 0 : 1;
}
