/**
 * One string per UTF-16 unit, filled as tokens of that one unit come (at most 65,536 strings, a few
 * thousand in practice): a page of Chinese holds a single-character token every few characters.
 */
const ONE_UNIT = new Array<string | undefined>(0x10000);

/**
 * The tokens of an article in document order, stored as columns: token `i` is `[start[i], end[i])` in
 * block `block[i]`, with its text `text[i]` (lower-cased for English) and `word[i]` 1 for a word
 * (letters or digits), 0 for a punctuation mark. Which tokens each sentence holds is
 * `Segmented.sentenceTokens`.
 *
 * Columns, not an object per token: a 1 MB article has about 400,000 tokens, and that many retained
 * objects (and as many one-character strings) make the garbage collector's work grow faster than the
 * text — 10× the input cost 20–29× the time. Typed arrays hold no references, and every one-unit text
 * is one shared string (a 1 MB run of 阿·阿·… holds two), so the collector has almost nothing to trace.
 */
export class TokenList {
  length = 0;
  block: Int32Array;
  start: Int32Array;
  end: Int32Array;
  word: Uint8Array;
  /** Token texts, one-unit ones shared (see `push`). Grown by push (a sized array of a long page would be a slow dictionary in V8). */
  readonly text: string[] = [];

  constructor(capacity = 64) {
    const size = Math.max(1, capacity);
    this.block = new Int32Array(size);
    this.start = new Int32Array(size);
    this.end = new Int32Array(size);
    this.word = new Uint8Array(size);
  }

  /** Appends a token; a one-unit text is stored as the process's one string for that unit. */
  push(block: number, start: number, end: number, word: boolean, text: string): void {
    let shared = text;
    if (text.length === 1) {
      const code = text.charCodeAt(0);
      const known = ONE_UNIT[code];
      if (known === undefined) ONE_UNIT[code] = text;
      else shared = known;
    }
    const index = this.length;
    if (index === this.block.length) this.grow(2 * index);
    this.block[index] = block;
    this.start[index] = start;
    this.end[index] = end;
    this.word[index] = word ? 1 : 0;
    this.text.push(shared);
    this.length = index + 1;
  }

  /** Appends `source`'s tokens `[from, to)`, each column copied at once. */
  appendRange(source: TokenList, from: number, to: number): void {
    if (to <= from) return;
    const index = this.length;
    const length = index + to - from;
    if (length > this.block.length) this.grow(Math.max(length, 2 * index));
    this.block.set(source.block.subarray(from, to), index);
    this.start.set(source.start.subarray(from, to), index);
    this.end.set(source.end.subarray(from, to), index);
    this.word.set(source.word.subarray(from, to), index);
    for (let at = from; at < to; at++) this.text.push(source.text[at] ?? '');
    this.length = length;
  }

  /** Index of the first token of `block` or of a later block (tokens are in document order): a binary search. */
  firstOfBlock(block: number): number {
    let low = 0;
    let high = this.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.block[middle] ?? Infinity) < block) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private grow(capacity: number): void {
    this.block = widen(this.block, new Int32Array(capacity));
    this.start = widen(this.start, new Int32Array(capacity));
    this.end = widen(this.end, new Int32Array(capacity));
    this.word = widen(this.word, new Uint8Array(capacity));
  }
}

/** `to` holding `from`'s values first (growing a column). */
export function widen<T extends Int32Array | Uint8Array | Uint16Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
