/**
 * A list of literal words (titles, speech verbs, organisation endings…) looked up at a position of a
 * text: the longest word that ends, or starts, exactly there. This replaces an alternation regex such as
 * `(?:处长|局长|…)$` run on a slice, which the regex engine tries at every start position of the slice:
 * here it is a few Set lookups, one per distinct word length, and none at all when the character at the
 * edge cannot end (or start) any word.
 *
 * Results equal those of the alternation regex sorted longest first (`alternation()` in text.ts): for a
 * match anchored at the end, the regex's leftmost start is the longest suffix; for one anchored at the
 * start, its first matching alternative is the longest prefix.
 */
export class WordSet {
  private readonly words: ReadonlySet<string>;
  /** Distinct word lengths, longest first. */
  readonly lengths: readonly number[];
  /** The longest word's length (0 for an empty set). */
  readonly maxLength: number;
  /** UTF-16 units that start or end some word: a cheap test before any slicing. */
  private readonly firstUnits: ReadonlySet<number>;
  private readonly lastUnits: ReadonlySet<number>;

  constructor(words: Iterable<string>) {
    const list = [...new Set(words)].filter((word) => word.length > 0);
    this.words = new Set(list);
    this.lengths = [...new Set(list.map((word) => word.length))].sort((a, b) => b - a);
    this.maxLength = this.lengths[0] ?? 0;
    this.firstUnits = new Set(list.map((word) => word.charCodeAt(0)));
    this.lastUnits = new Set(list.map((word) => word.charCodeAt(word.length - 1)));
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** Length of the longest word ending exactly at `end` and starting at or after `from`; 0 when none does. */
  longestEndingAt(text: string, from: number, end: number): number {
    if (end <= from || !this.lastUnits.has(text.charCodeAt(end - 1))) return 0;
    for (const length of this.lengths) {
      if (end - length >= from && this.words.has(text.slice(end - length, end))) return length;
    }
    return 0;
  }

  /** Length of the longest word starting exactly at `start` and ending at or before `to`; 0 when none does. */
  longestStartingAt(text: string, start: number, to: number): number {
    if (start >= to || !this.firstUnits.has(text.charCodeAt(start))) return 0;
    for (const length of this.lengths) {
      if (start + length <= to && this.words.has(text.slice(start, start + length))) return length;
    }
    return 0;
  }

  /** Does `text` end with one of the words? */
  endsIn(text: string): boolean {
    return this.longestEndingAt(text, 0, text.length) > 0;
  }

  /** Can a word end with this UTF-16 unit? */
  mayEndWith(unit: number): boolean {
    return this.lastUnits.has(unit);
  }

  /** Can a word start with this UTF-16 unit? */
  mayStartWith(unit: number): boolean {
    return this.firstUnits.has(unit);
  }
}
