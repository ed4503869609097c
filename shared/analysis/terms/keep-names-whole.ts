import * as zh from '../lang/zh.ts';
import { isUpperAt } from '../model/text.ts';
import type { TokenList } from '../model/token-list.ts';
import type { Segmented } from '../model/types.ts';
import type { WordStat } from './word-classes.ts';

/** Single-character surnames and the two-character ones (欧阳): where a Chinese name starts. */
export const SURNAMES: ReadonlySet<string> = new Set([...zh.SURNAMES, ...zh.COMPOUND_SURNAMES]);
/** Characters that never continue a surname into a given name (王说, 李也); names may hold others that are function words elsewhere (王小云, 董又霖). */
const NOT_GIVEN_NAME: ReadonlySet<string> = new Set([...zh.NOT_NAME_CHARS, ...zh.NOT_GIVEN_NAME_CHARS]);
/** Prefixes of familiar address that belong to the name after them (小温, 老王). */
const FAMILIAR_PREFIXES: ReadonlySet<string> = new Set(zh.FAMILIAR_PREFIXES);
/** A given-name character the word lists call something else (小, 又, 旋): content inside a name. */
const NAME_PART: WordStat = { cls: 'n', specificity: 1 };
/** A capitalised function word inside an English name: starts or continues a phrase, never ends one. */
const NAME_GLUE: WordStat = { cls: 'a', specificity: 0 };

/** One Han character (CJK unified ideographs and extension A): ICU's pieces of an unknown name. */
function isHanChar(text: string): boolean {
  if (text.length !== 1) return false;
  const code = text.charCodeAt(0);
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/**
 * ICU splits Chinese names it does not know into single characters (王|小|云, 董|又|霖, 小|温), and
 * some of them are function words elsewhere (小, 又). After a surname (or 小/老 before one) the first
 * given-name character is read as content whatever the lists say, so the name stays whole; whether the
 * name is a term is then decided like any phrase's (recurrence, boundaries). Updates `stats` in place
 * and marks in `nameStarts` (1, the rest 0; at least as long as `tokens`, and reusable across calls)
 * where names start: a surname followed by given-name characters or by an unlisted word (陈|立群). A
 * phrase starting there is a person, and a verb after it is what they did (方创琳研究…).
 */
export function keepChineseNamesWhole(tokens: TokenList, stats: WordStat[], unlisted: WordStat, nameStarts: Uint8Array): Uint8Array {
  const { text: texts, word, block, start, end } = tokens;
  nameStarts.fill(0, 0, tokens.length);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const text = texts[i] ?? '';
    if (word[i] !== 1 || text.length > 2 || !SURNAMES.has(text) || stats[i]?.cls === 'f') continue;
    const familiar = i > 0 && block[i - 1] === block[i] && end[i - 1] === start[i] && text.length === 1 && FAMILIAR_PREFIXES.has(texts[i - 1] ?? '');
    if (familiar) {
      stats[i - 1] = NAME_PART;
      nameStarts[i - 1] = 1;
    }
    for (let k = i + 1; k <= i + 2 && k < tokens.length; k++) {
      if (word[k] !== 1 || block[k] !== block[i] || start[k] !== end[k - 1]) break;
      const next = texts[k] ?? '';
      if (k === i + 1 && next.length === 2 && stats[k] === unlisted) nameStarts[i] = 1;
      if (!isHanChar(next) || NOT_GIVEN_NAME.has(next)) break;
      if (stats[k]?.cls !== 'n') {
        // Only the first given-name character may be a function word elsewhere (王小云, not 江油一…).
        if (k > i + 1 && stats[k]?.cls === 'f') break;
        stats[k] = NAME_PART;
      }
      if (!familiar) nameStarts[i] = 1;
    }
  }
  return nameStarts;
}

/** A sentence whose longer words are capitalised at least this often is in title case (a heading): every word is capitalised there, names or not. */
const TITLE_CASE_SHARE = 0.7;
/** Words this long or longer decide whether a sentence is in title case (title case may leave "of", "in", "the" lower-case). */
const TITLE_CASE_MIN_LENGTH = 4;

/**
 * English names hold capitalised function words (New York City, The Verge, Until Dawn): inside a
 * sentence, a capitalised function word next to another capitalised word may start or continue a
 * phrase (never end one). Not in title-case sentences ("Things To Do In Iceland"), where the capital
 * says nothing. Updates `stats` in place; `capital` is scratch space at least as long as the tokens
 * (the caller's, reused across calls).
 */
export function keepEnglishNamesWhole(doc: Segmented, stats: WordStat[], capital: Uint8Array): void {
  for (let sentence = 0; sentence < doc.sentenceTokens.length; sentence++) {
    const range = doc.sentenceTokens[sentence];
    keepSentenceNamesWhole(doc, stats, capital, range?.[0] ?? 0, range?.[1] ?? 0);
  }
}

/** `keepEnglishNamesWhole` for the sentence with tokens `[from, to)`. */
function keepSentenceNamesWhole(doc: Segmented, stats: WordStat[], capital: Uint8Array, from: number, to: number): void {
  const { text: texts, word, block, start } = doc.tokens;
  // Which words are capitalised, the first of the sentence aside (the sentence capitalises it).
  let long = 0;
  let longCapitalised = 0;
  let glue = false;
  for (let i = from + 1; i < to; i++) {
    capital[i] = 0;
    if (word[i] !== 1) continue;
    const upper = isUpperAt(doc.blocks[block[i] ?? -1]?.text, start[i] ?? 0);
    if (upper) capital[i] = 1;
    if (upper && stats[i]?.cls === 'f') glue = true;
    if ((texts[i]?.length ?? 0) < TITLE_CASE_MIN_LENGTH) continue;
    long++;
    if (upper) longCapitalised++;
  }
  if (!glue || (long > 1 && longCapitalised >= TITLE_CASE_SHARE * long)) return;
  for (let i = from + 1; i < to; i++) {
    if (stats[i]?.cls !== 'f' || capital[i] !== 1 || (texts[i]?.length ?? 0) < 2) continue;
    if ((i - 1 > from && capital[i - 1] === 1) || (i + 1 < to && capital[i + 1] === 1)) stats[i] = NAME_GLUE;
  }
}
