/** The shapes that go in and out of quotation extraction (issue 12, "who said what"). */

/** A person an entity tagger already knows, with the other ways the text may name them. */
export interface KnownName {
  name: string;
  aliases?: string[];
}

/**
 * One direct quotation. `text` is the quoted words without the marks; a quote split by its cue or
 * carried over several paragraphs is one Quote whose pieces are joined by a space. `start`/`end`
 * are offsets in the input from the first quoted character to just after the last one;
 * `paragraph` is the 0-based paragraph where it opens. Maps to `{"text","speaker"}` for `--json`.
 */
export interface Quote {
  text: string;
  speaker: string | null;
  start: number;
  end: number;
  paragraph: number;
}

export interface ExtractOptions {
  knownNames?: readonly KnownName[];
  /** Counts the loop steps taken, so a test can check that the work grows linearly with the input. */
  work?: { steps: number };
}
