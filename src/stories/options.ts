/** Every knob of same-story clustering, with its default. */
export interface StoryOptions {
  /** Occurrences in the title count this many times. */
  titleWeight: number;
  /** Occurrences in the lead (the first `leadSentences` lines of the text) count this many times. */
  leadWeight: number;
  leadSentences: number;
  /** Only this many characters of the text are read: the start of a report says what it is about. */
  maxTextChars: number;
  /** A term written as a name (capitalised where a sentence does not force it) weighs this much more. */
  nameWeight: number;
  /** A number (a date, a toll, an age) weighs this much more. */
  numberWeight: number;
  /**
   * How much a story's similarity drops when the heaviest names and numbers of one side are
   * missing from the other (0: ignored; 1: all missing makes it 0). See assign.ts markerAgreement.
   */
  markerPenalty: number;
  /** How many of each side's heaviest names and numbers are checked. */
  markerTerms: number;
  /** An article joins the most similar story when the cosine reaches this; else it starts a new one. */
  joinThreshold: number;
  /** A story's centroid keeps this many of its heaviest terms, so comparing one stays cheap. */
  centroidTerms: number;
  /** A story is listed in the inverted index under this many of its heaviest terms. */
  indexedTerms: number;
  /** An arriving article looks stories up by this many of its heaviest terms. */
  queryTerms: number;
  /** A query term listed under more stories than this is skipped in the lookup: too common to pick candidates by. */
  maxPostings: number;
  /** At most this many candidate stories (most shared query weight first) are compared in full. */
  candidateLimit: number;
  /**
   * Two fingerprints this many bits apart or fewer are near-copies: the article joins that story at
   * once. At most 7 (fingerprint.ts: maxBandedBits). Both indexes look copies up by fingerprint
   * quarters, which find every copy up to 3 bits apart and one further apart only when it shares
   * a quarter; the others are left to the similarity, which joins them anyway.
   */
  nearCopyBits: number;
  /** Articles with fewer distinct shingles than this get no fingerprint (too short to call a copy). */
  nearCopyMinShingles: number;
  /** Within this many days of a story's first/last article, time does not count against it. */
  windowDays: number;
  /** Beyond the window, the similarity halves every this many days. */
  halfLifeDays: number;
  /** Beyond this many days of a story's span, it is not a candidate at all. */
  maxGapDays: number;
}

// nameWeight, numberWeight, markerPenalty and joinThreshold were chosen by eval/stories.ts's grid
// search over the whole ECB+ public part (data/stories/); its held-out figures tune on half the
// topics instead.
export const defaultStoryOptions: Readonly<StoryOptions> = Object.freeze({
  titleWeight: 3,
  leadWeight: 2,
  leadSentences: 3,
  maxTextChars: 6000,
  nameWeight: 3,
  numberWeight: 3,
  markerPenalty: 0.3,
  markerTerms: 5,
  joinThreshold: 0.275,
  centroidTerms: 150,
  indexedTerms: 30,
  queryTerms: 15,
  maxPostings: 5000,
  candidateLimit: 40,
  nearCopyBits: 6,
  nearCopyMinShingles: 20,
  windowDays: 3,
  halfLifeDays: 4,
  maxGapDays: 30,
});

export function storyOptions(overrides: Partial<StoryOptions> = {}): StoryOptions {
  return { ...defaultStoryOptions, ...overrides };
}
