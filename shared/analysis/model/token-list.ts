/**
 * The tokens of an article in document order, stored as columns: token `i` is `[start[i], end[i])` in
 * block `block[i]`, filed under sentence `sentence[i]`, with its text `text[i]` (lower-cased for
 * English) and `word[i]` 1 for a word (letters or digits), 0 for a punctuation mark.
 *
 * Columns, not an object per token: a 1 MB article has about 400,000 tokens, and that many retained
 * objects (and as many one-character strings) make the garbage collector's work grow faster than the
 * text — 10× the input cost 20–29× the time. Typed arrays hold no references, and equal texts are one
 * string (a 1 MB run of 阿·阿·… holds two), so the collector has almost nothing to trace.
 */
export class TokenList {
  length = 0;
  block: Int32Array;
  sentence: Int32Array;
  start: Int32Array;
  end: Int32Array;
  word: Uint8Array;
  /** Token texts; equal texts are one string (see `push`). Grown by push (a sized array of a long page would be a slow dictionary in V8). */
  readonly text: string[] = [];
  /** Each distinct text seen, so equal texts are stored as one string (shared with lists made by `prefix`). */
  private readonly pool: Map<string, string>;

  constructor(capacity = 64, pool = new Map<string, string>()) {
    this.pool = pool;
    const size = Math.max(1, capacity);
    this.block = new Int32Array(size);
    this.sentence = new Int32Array(size);
    this.start = new Int32Array(size);
    this.end = new Int32Array(size);
    this.word = new Uint8Array(size);
  }

  /** Appends a token; its text is stored as the first equal text seen. */
  push(block: number, sentence: number, start: number, end: number, word: boolean, text: string): void {
    const index = this.length;
    if (index === this.block.length) this.grow(2 * index);
    this.block[index] = block;
    this.sentence[index] = sentence;
    this.start[index] = start;
    this.end[index] = end;
    this.word[index] = word ? 1 : 0;
    let shared = this.pool.get(text);
    if (shared === undefined) {
      this.pool.set(text, text);
      shared = text;
    }
    this.text.push(shared);
    this.length = index + 1;
  }

  /** Appends token `index` of `source`. */
  pushFrom(source: TokenList, index: number): void {
    this.push(source.block[index] ?? 0, source.sentence[index] ?? 0, source.start[index] ?? 0, source.end[index] ?? 0, source.word[index] === 1, source.text[index] ?? '');
  }

  /** A new list holding this one's first `count` tokens, with room for as many as this one has. */
  prefix(count: number): TokenList {
    const copy = new TokenList(this.length, this.pool);
    copy.block.set(this.block.subarray(0, count));
    copy.sentence.set(this.sentence.subarray(0, count));
    copy.start.set(this.start.subarray(0, count));
    copy.end.set(this.end.subarray(0, count));
    copy.word.set(this.word.subarray(0, count));
    for (let index = 0; index < count; index++) copy.text.push(this.text[index] ?? '');
    copy.length = count;
    return copy;
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
    this.sentence = widen(this.sentence, new Int32Array(capacity));
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
