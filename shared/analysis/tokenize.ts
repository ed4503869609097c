import { TokenList } from './model/token-list.ts';
import type { AnalysisLanguage, Sentence, TextBlock } from './model/types.ts';

/**
 * One word segmenter for the process: constructing one costs far more than using it. ICU's Chinese
 * dictionary splits names and some compounds (习|近平, 工业|化); later stages rebuild them from positions.
 */
const ZH_SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });
/**
 * English tokens: words with inner apostrophes, hyphens and dots (don't, well-known, U.S.), or one
 * punctuation mark; whitespace between them. Each is matched where the previous one ended (sticky) with
 * test(), which builds no match array: the scan allocates only the tokens.
 */
const EN_WORD = /[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*/uy;
const EN_MARK = /[^\s\p{L}\p{N}]/uy;
const EN_SPACE = /\s+/uy;
/** A letter or a digit anywhere (a block without one has no words). */
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;
/**
 * What joins the blocks for the single segmenter pass. A line break is a word boundary on both sides in
 * every case (Unicode word-break rules WB3a/WB3b), so no segment crosses it and each block segments
 * exactly as it would alone; the separator itself is whitespace, which is never a token.
 */
const BLOCK_SEPARATOR = '\n';
/** The most tokens room is made for before any is seen (a 30,000-character article's; longer ones grow the columns). */
const MAX_INITIAL_TOKENS = 1 << 14;

export interface Tokenized {
  tokens: TokenList;
  /** `[from, to)` into `tokens` for each sentence. */
  sentenceTokens: Array<readonly [number, number]>;
}

/**
 * Files tokens under the sentence that contains their start, in document order: a token before a
 * sentence's start (whitespace between sentences) or outside every sentence is dropped. Each sentence's
 * `[from, to)` is written once, when the sentence is left behind — not per token.
 */
class TokenFiler {
  readonly tokens: TokenList;
  readonly sentenceTokens: Array<readonly [number, number]>;
  private readonly sentences: readonly Sentence[];
  /** The sentence tokens are being filed under. */
  private current = 0;
  /** Index of the current sentence's first token, or -1 while it has none. */
  private first = -1;

  /** `capacity`: the tokens expected (the columns grow past it when needed). */
  constructor(sentences: readonly Sentence[], capacity: number) {
    this.tokens = new TokenList(capacity);
    this.sentences = sentences;
    this.sentenceTokens = new Array<readonly [number, number]>(sentences.length);
  }

  /** Moves to the first sentence of `block` (sentences are in block order); false when the block has none. */
  enterBlock(block: number): boolean {
    const sentences = this.sentences;
    while (this.current < sentences.length && (sentences[this.current]?.block ?? Infinity) < block) this.current++;
    this.first = -1;
    return sentences[this.current]?.block === block;
  }

  place(block: number, start: number, end: number, word: boolean, text: string): void {
    const sentences = this.sentences;
    let sentence = sentences[this.current];
    while (sentence !== undefined && sentence.block === block && sentence.end <= start) {
      this.close();
      sentence = sentences[this.current];
    }
    if (sentence === undefined || sentence.block !== block || start < sentence.start) return; // whitespace between sentences
    if (this.first < 0) this.first = this.tokens.length;
    this.tokens.push(block, start, end, word, text);
  }

  /** Closes the remaining sentences of `block`. */
  leaveBlock(block: number): void {
    while (this.current < this.sentences.length && this.sentences[this.current]?.block === block) this.close();
  }

  finish(): Tokenized {
    const length = this.tokens.length;
    for (let i = 0; i < this.sentenceTokens.length; i++) if (this.sentenceTokens[i] === undefined) this.sentenceTokens[i] = [length, length];
    return { tokens: this.tokens, sentenceTokens: this.sentenceTokens };
  }

  private close(): void {
    const length = this.tokens.length;
    this.sentenceTokens[this.current] = [this.first < 0 ? length : this.first, length];
    this.first = -1;
    this.current++;
  }
}

/** Whitespace only (what String.prototype.trim removes), checked without building a trimmed copy in the common case. */
function isBlank(segment: string): boolean {
  const code = segment.charCodeAt(0);
  // Printable ASCII is never whitespace; anything else is left to trim().
  if (code > 32 && code < 127) return false;
  return segment.trim() === '';
}

/** A-Z, a-z or 0-9 (letters and digits to EN_WORD). */
function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/**
 * Tokenizes the blocks and files every token under the sentence that contains it, with its
 * `[start, end)` in the block's text. Chinese uses Intl.Segmenter (available in workerd, Node and
 * browsers alike) in one pass over all blocks that have sentences; English a word regex. English token
 * text is lower-cased for counting.
 *
 * @example tokenize([block('Hi there.')], [{block: 0, start: 0, end: 9}], 'en').tokens.text // ['hi', 'there', '.']
 */
export function tokenize(blocks: readonly TextBlock[], sentences: readonly Sentence[], lang: AnalysisLanguage): Tokenized {
  let characters = 0;
  for (const block of blocks) characters += block.text.length;
  // Room for a token per 1.5 characters of Chinese or 5 of English (the corpus averages 1.6 and 5.2,
  // punctuation included), so an article's columns seldom grow; at most MAX_INITIAL_TOKENS, so a long
  // text that turns out to hold few tokens (a megabyte of quote marks) does not pay for room it never uses.
  const filer = new TokenFiler(sentences, Math.min(MAX_INITIAL_TOKENS, Math.ceil(characters / (lang === 'zh' ? 1.5 : 5))));
  if (lang === 'zh') {
    // Only blocks with sentences can hold tokens; they are segmented together in one pass (a segment()
    // call per block costs a break-iterator set-up each, which adds up on pages of many short blocks).
    const withSentences = new Set<number>();
    for (const sentence of sentences) withSentences.add(sentence.block);
    const segmented = blocks.filter((block) => withSentences.has(block.index));
    const joined = segmented.length === 1 ? (segmented[0]?.text ?? '') : segmented.map((block) => block.text).join(BLOCK_SEPARATOR);
    let which = 0;
    let block = segmented[0];
    let offset = 0;
    let blockEnd = block ? block.text.length : 0;
    if (block) filer.enterBlock(block.index);
    for (const segment of ZH_SEGMENTER.segment(joined)) {
      const index = segment.index;
      while (block && index >= blockEnd) {
        filer.leaveBlock(block.index);
        block = segmented[++which];
        if (!block) break;
        offset = blockEnd + BLOCK_SEPARATOR.length;
        blockEnd = offset + block.text.length;
        filer.enterBlock(block.index);
      }
      if (!block || index < offset) continue; // the separator
      const text = segment.segment;
      const word = segment.isWordLike === true;
      if (!word && isBlank(text)) continue;
      const start = index - offset;
      filer.place(block.index, start, start + text.length, word, text);
    }
    if (block) filer.leaveBlock(block.index);
    return filer.finish();
  }
  for (const block of blocks) {
    if (!filer.enterBlock(block.index)) continue;
    // A block without a letter or a digit (a rule of dashes, a run of quote marks) holds no word: its
    // sentences get empty token ranges rather than marks with no word between them.
    if (!HAS_WORD_CHARACTER.test(block.text)) {
      filer.leaveBlock(block.index);
      continue;
    }
    const text = block.text;
    for (let at = 0; at < text.length; ) {
      const code = text.charCodeAt(at);
      if (code === 32 || (code >= 9 && code <= 13)) {
        at++;
        continue;
      }
      if (code > 127) {
        EN_SPACE.lastIndex = at;
        if (EN_SPACE.test(text)) {
          at = EN_SPACE.lastIndex;
          continue;
        }
      }
      if (isAsciiLetterOrDigit(code)) {
        // Most English words are ASCII letters and digits up to a space or punctuation mark: EN_WORD
        // would match exactly that run, so it is read without the regex. A run that reaches a non-ASCII
        // unit (a letter, ’) or a joiner (' - . &) is left to the regex.
        let end = at + 1;
        while (end < text.length && isAsciiLetterOrDigit(text.charCodeAt(end))) end++;
        const next = text.charCodeAt(end);
        if (!(next >= 128 || next === 39 || next === 45 || next === 46 || next === 38)) {
          filer.place(block.index, at, end, true, text.slice(at, end).toLowerCase());
          at = end;
          continue;
        }
      } else if (code < 128) {
        // Any other ASCII unit that is not space is one punctuation mark (EN_MARK's match), its own
        // lower case: read without a regex (pages of bare quote marks or brackets are all marks).
        filer.place(block.index, at, at + 1, false, text[at] ?? '');
        at++;
        continue;
      }
      EN_WORD.lastIndex = at;
      const word = EN_WORD.test(text);
      EN_MARK.lastIndex = at;
      if (!word && !EN_MARK.test(text)) {
        at++; // unreachable: a code point that is not space is a letter, a digit or a mark
        continue;
      }
      const end = word ? EN_WORD.lastIndex : EN_MARK.lastIndex;
      filer.place(block.index, at, end, word, text.slice(at, end).toLowerCase());
      at = end;
    }
    filer.leaveBlock(block.index);
  }
  return filer.finish();
}
