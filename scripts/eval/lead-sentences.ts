import type { Block } from '../../shared/schema/index.ts';

/**
 * The classical summary baseline named in corpus/README.md: the first three sentences of the
 * article. Kept apart from the analysis's own sentence splitter on purpose, so the baseline does not
 * move when the analysis changes.
 */

/** Block kinds that carry article prose (not headings, captions or source/date lines). */
const PROSE_KINDS = new Set<Block['kind']>(['paragraph', 'quote', 'list-item']);

/**
 * A sentence end: Chinese 。！？ (optionally a closing quote or bracket after it), or Latin . ! ?
 * (optionally closing quotes) followed by whitespace. Abbreviations ("Mr. Kerry") can split a
 * sentence early; for a baseline this is accepted.
 */
const SENTENCE_END = /[。！？!?][”’"'」』）)]*|[.][”’"'」』)]*(?=\s)/gu;

/** Splits text into trimmed, non-empty sentences. */
export function splitIntoSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    sentences.push(text.slice(start, end));
    start = end;
  }
  sentences.push(text.slice(start));
  return sentences.map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 0);
}

/** The first `count` sentences of the article's prose blocks. */
export function leadSentences(blocks: readonly Block[], count = 3): string[] {
  const sentences: string[] = [];
  for (const block of blocks) {
    if (!PROSE_KINDS.has(block.kind)) continue;
    for (const sentence of splitIntoSentences(block.text)) {
      sentences.push(sentence);
      if (sentences.length === count) return sentences;
    }
  }
  return sentences;
}
