import * as en from './lang/en.ts';
import type { AnalysisLanguage, Sentence, TextBlock } from './model/types.ts';

/**
 * Chinese sentence ends: a run of 。！？!?… plus any closing quotes/brackets that follow it, or a line break.
 * An ASCII "?" directly before a Han character is not an end: mis-decoded pages show it in place of the
 * interpunct of a transliterated name (迈克尔?布兰德).
 */
const ZH_SENTENCE_END = /(?:[。！？!…]|\?(?!\p{Script=Han}))+[”’」』）)》]*|\n+/gu;
/**
 * English sentence ends: . ! ? (with closing quotes/brackets) followed by space and something that can
 * open a sentence (capital, digit, quote, bracket) — or a line break.
 */
const EN_SENTENCE_END = /[.!?]+[”’"')\]]*(?=\s+[\p{Lu}\d“‘"'(\[])|\n+/gu;
/** The word just before a period: checked against abbreviations and initials ("Mr.", "J."). */
const WORD_BEFORE_PERIOD = /([\p{L}.]+)\.$/u;

const ABBREVIATIONS: ReadonlySet<string> = new Set(en.ABBREVIATIONS);

/** A period after an abbreviation or a single initial does not end the sentence. */
function isAbbreviation(text: string, periodEnd: number): boolean {
  const word = WORD_BEFORE_PERIOD.exec(text.slice(Math.max(0, periodEnd - 12), periodEnd))?.[1];
  if (!word) return false;
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  // Initials ("J. K. Rowling") and dotted acronyms ("U.S.", "N.Y.C.") end in one letter.
  return /^(?:\p{L}\.)*\p{L}$/u.test(word) && /\p{Lu}/u.test(word);
}

/** Pushes [start, end) with surrounding whitespace trimmed, if anything is left. */
function pushTrimmed(out: Sentence[], block: number, text: string, start: number, end: number): void {
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  if (end > start) out.push({ block, start, end });
}

/**
 * Splits every block into sentences, each a `[start, end)` range into its block's text. Chinese splits
 * after 。！？ (keeping a closing ” with its sentence, so “……。”张三说。 gives two sentences); English after
 * . ! ? unless the period closes an abbreviation or an initial.
 *
 * @example splitSentences([block('甲。乙！')], 'zh') // [{block: 0, start: 0, end: 2}, {block: 0, start: 2, end: 4}]
 */
export function splitSentences(blocks: readonly TextBlock[], lang: AnalysisLanguage): Sentence[] {
  const sentences: Sentence[] = [];
  const pattern = lang === 'zh' ? ZH_SENTENCE_END : EN_SENTENCE_END;
  for (const block of blocks) {
    const text = block.text;
    let start = 0;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const end = match.index + match[0].length;
      if (lang === 'en' && text[match.index] === '.' && match[0][0] !== '\n' && isAbbreviation(text, match.index + 1)) continue;
      pushTrimmed(sentences, block.index, text, start, end);
      start = end;
    }
    pushTrimmed(sentences, block.index, text, start, text.length);
  }
  return sentences;
}
