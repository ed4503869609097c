import type { Segmented, Token } from '../model/types.ts';
import { BACKGROUND, BARE_VERBS, STOPWORDS } from './word-classes.ts';

/** Longest word, in characters (and so in tokens), that a run of split tokens may spell (企业|家, 还|珠|格格). */
const MAX_JOIN = 4;

/**
 * Words of two characters or more that the term lists know (the background table, which includes the
 * dictionary nouns ICU is known to split, and the curated verbs and stopwords), and every proper prefix
 * of one, so a run of tokens stops growing as soon as it can no longer spell a word. Built once.
 */
const JOINABLE = new Set<string>();
const JOIN_PREFIXES = new Set<string>();
for (const word of [...BACKGROUND.zh.keys(), ...BARE_VERBS.zh, ...STOPWORDS.zh]) {
  if (word.length < 2 || word.length > MAX_JOIN) continue;
  JOINABLE.add(word);
  for (let end = 1; end < word.length; end++) JOIN_PREFIXES.add(word.slice(0, end));
}

/**
 * ICU's Chinese dictionary lacks words that the background table has (华为 → 华|为, 企业家 → 企业|家,
 * 委员会 → 委员|会, 构建 → 构|建), and a piece like 为 or 家 is a function character that would break
 * the phrase. Attached tokens, one of them a single character, that spell a known word are read as that
 * word (longest match first). Returns the document's own arrays when nothing needs joining.
 *
 * @example joinSplitWords(doc).tokens.map(t => t.text) // ['华为', '发布', …] where ICU gave 华|为|发布
 */
export function joinSplitWords(doc: Segmented): Pick<Segmented, 'tokens' | 'sentenceTokens'> {
  const source = doc.tokens;
  let tokens: Token[] | undefined;
  const sentenceTokens: Array<readonly [number, number]> = [];
  for (const [from, to] of doc.sentenceTokens) {
    const start = tokens?.length ?? from;
    for (let i = from; i < to; i++) {
      const token = source[i];
      if (!token) continue;
      let end = i;
      let joined = '';
      // Only runs of words with a single character in their first three tokens can join; cheap checks first.
      const second = source[i + 1];
      const third = source[i + 2];
      const withSingle =
        token.word &&
        second !== undefined &&
        second.word &&
        i + 1 < to &&
        (token.text.length === 1 || second.text.length === 1 || (third !== undefined && i + 2 < to && third.text.length === 1));
      if (withSingle && token.text.length < MAX_JOIN && JOIN_PREFIXES.has(token.text)) {
        let text = token.text;
        let single = text.length === 1;
        for (let k = i + 1; k < to && k - i < MAX_JOIN; k++) {
          const next = source[k];
          const previous = source[k - 1];
          if (!next || !previous || !next.word || next.start !== previous.end) break;
          text += next.text;
          if (text.length > MAX_JOIN) break;
          single ||= next.text.length === 1;
          if (single && JOINABLE.has(text)) {
            end = k;
            joined = text;
          }
          if (!JOIN_PREFIXES.has(text)) break;
        }
      }
      const last = source[end];
      if (end > i && last) {
        tokens ??= source.slice(0, i);
        tokens.push({ block: token.block, sentence: token.sentence, start: token.start, end: last.end, text: joined, word: true });
        i = end;
      } else if (tokens) tokens.push(token);
    }
    sentenceTokens.push([start, tokens?.length ?? to]);
  }
  return tokens ? { tokens, sentenceTokens } : doc;
}
