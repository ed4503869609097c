import type { AnalysisLanguage, Sentence, TextBlock, Token } from './model/types.ts';

/**
 * One word segmenter for the process: constructing one costs far more than using it. ICU's Chinese
 * dictionary splits names and some compounds (习|近平, 工业|化); later stages rebuild them from positions.
 */
const ZH_SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });
/** English tokens: words with inner apostrophes, hyphens and dots (don't, well-known, U.S.), or one punctuation mark. */
const EN_TOKEN = /([\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*)|([^\s\p{L}\p{N}])/gu;

export interface Tokenized {
  tokens: Token[];
  /** `[from, to)` into `tokens` for each sentence. */
  sentenceTokens: Array<readonly [number, number]>;
}

/**
 * Tokenizes each block once and files every token under the sentence that contains it, with its
 * `[start, end)` in the block's text. Chinese uses Intl.Segmenter (available in workerd, Node and
 * browsers alike); English a word regex. English token text is lower-cased for counting.
 *
 * @example tokenize([block('Hi there.')], [{block: 0, start: 0, end: 9}], 'en').tokens.map(t => t.text) // ['hi', 'there', '.']
 */
export function tokenize(blocks: readonly TextBlock[], sentences: readonly Sentence[], lang: AnalysisLanguage): Tokenized {
  const tokens: Token[] = [];
  const sentenceTokens: Array<readonly [number, number]> = [];
  let sentenceIndex = 0;
  for (const block of blocks) {
    const text = block.text;
    // Sentences of this block, in order.
    while (sentenceIndex < sentences.length && (sentences[sentenceIndex]?.block ?? Infinity) < block.index) sentenceIndex++;
    let current = sentenceIndex;
    const place = (start: number, end: number, word: boolean, tokenText: string): void => {
      let sentence = sentences[current];
      while (sentence && sentence.block === block.index && sentence.end <= start) {
        sentenceTokens[current] = [sentenceTokens[current]?.[0] ?? tokens.length, tokens.length];
        current++;
        sentence = sentences[current];
      }
      if (!sentence || sentence.block !== block.index || start < sentence.start) return; // whitespace between sentences
      if (sentenceTokens[current] === undefined) sentenceTokens[current] = [tokens.length, tokens.length];
      tokens.push({ block: block.index, sentence: current, start, end, text: tokenText, word });
      sentenceTokens[current] = [sentenceTokens[current]?.[0] ?? tokens.length - 1, tokens.length];
    };
    if (lang === 'zh') {
      for (const segment of ZH_SEGMENTER.segment(text)) {
        const word = segment.isWordLike === true;
        if (!word && !segment.segment.trim()) continue;
        place(segment.index, segment.index + segment.segment.length, word, segment.segment);
      }
    } else {
      EN_TOKEN.lastIndex = 0;
      for (let match = EN_TOKEN.exec(text); match; match = EN_TOKEN.exec(text)) {
        place(match.index, match.index + match[0].length, match[1] !== undefined, match[0].toLowerCase());
      }
    }
    // Close the remaining sentences of this block.
    while (current < sentences.length && sentences[current]?.block === block.index) {
      if (sentenceTokens[current] === undefined) sentenceTokens[current] = [tokens.length, tokens.length];
      current++;
    }
    sentenceIndex = current;
  }
  for (let i = 0; i < sentences.length; i++) if (sentenceTokens[i] === undefined) sentenceTokens[i] = [tokens.length, tokens.length];
  return { tokens, sentenceTokens };
}
