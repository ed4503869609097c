import { TokenList } from '../model/token-list.ts';
import type { Segmented } from '../model/types.ts';
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
/**
 * The first two characters of every joinable word, hashed into a bitmap (JOIN_START_BITS bits): a run
 * whose first two characters are not set cannot spell a word, and is passed over without building its
 * text. Most runs are (9 in 10 in the corpus); a few that are set by another pair's hash go on to the
 * sets above.
 */
const JOIN_START_BITS = 1 << 20;
const JOIN_STARTS = new Uint8Array(JOIN_START_BITS >> 3);
for (const word of [...BACKGROUND.zh.keys(), ...BARE_VERBS.zh, ...STOPWORDS.zh]) {
  if (word.length < 2 || word.length > MAX_JOIN) continue;
  JOINABLE.add(word);
  for (let end = 1; end < word.length; end++) JOIN_PREFIXES.add(word.slice(0, end));
  const bit = joinStartBit(word.charCodeAt(0), word.charCodeAt(1));
  JOIN_STARTS[bit >> 3] = (JOIN_STARTS[bit >> 3] ?? 0) | (1 << (bit & 7));
}

/** The bit of JOIN_STARTS for a run starting with UTF-16 units `first`, `second`. */
function joinStartBit(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ second) & (JOIN_START_BITS - 1);
}

/** Whether a joinable word may start with units `first`, `second` (false: none does). */
function mayStartJoin(first: number, second: number): boolean {
  const bit = joinStartBit(first, second);
  return ((JOIN_STARTS[bit >> 3] ?? 0) & (1 << (bit & 7))) !== 0;
}

/**
 * ICU's Chinese dictionary lacks words that the background table has (华为 → 华|为, 企业家 → 企业|家,
 * 委员会 → 委员|会, 构建 → 构|建), and a piece like 为 or 家 is a function character that would break
 * the phrase. Attached tokens, one of them a single character, that spell a known word are read as that
 * word (longest match first). Returns the document's own arrays when nothing needs joining.
 *
 * @example joinSplitWords(doc).tokens.text // ['华为', '发布', …] where ICU gave 华|为|发布
 */
export function joinSplitWords(doc: Segmented): Pick<Segmented, 'tokens' | 'sentenceTokens'> {
  const joins = new Joins(doc.tokens);
  const sentenceTokens: Array<readonly [number, number]> = [];
  for (let sentence = 0; sentence < doc.sentenceTokens.length; sentence++) {
    const range = doc.sentenceTokens[sentence];
    const from = range?.[0] ?? 0;
    const to = range?.[1] ?? 0;
    const start = joins.indexOf(from);
    joinSentence(joins, from, to);
    sentenceTokens.push([start, joins.indexOf(to)]);
  }
  const tokens = joins.finish();
  return tokens ? { tokens, sentenceTokens } : doc;
}

/**
 * The tokens with runs joined, made at the first join: the tokens between joins are copied a stretch
 * at a time (TokenList.appendRange), not one by one.
 */
class Joins {
  readonly source: TokenList;
  joined: TokenList | undefined;
  /** Source tokens before this one are in `joined` (as they are, or in a join). */
  private copied = 0;

  constructor(source: TokenList) {
    this.source = source;
  }

  /** Where source token `index` (not inside a join) is, or will be, in the joined list. */
  indexOf(index: number): number {
    return this.joined ? this.joined.length + index - this.copied : index;
  }

  /** Source tokens `[from, to]` become one word token, `text`. */
  join(from: number, to: number, text: string): void {
    const { source } = this;
    const joined = (this.joined ??= new TokenList(source.length));
    joined.appendRange(source, this.copied, from);
    joined.push(source.block[from] ?? 0, source.start[from] ?? 0, source.end[to] ?? 0, true, text);
    this.copied = to + 1;
  }

  /** The joined list, with the tokens after the last join copied in; undefined when nothing joined. */
  finish(): TokenList | undefined {
    this.joined?.appendRange(this.source, this.copied, this.source.length);
    return this.joined;
  }
}

/**
 * Joins the split words among the source's tokens `[from, to)` (one sentence's). One call per
 * sentence: V8 optimises a function called often early, and one holding every sentence's loops could
 * only be entered mid-loop.
 */
function joinSentence(joins: Joins, from: number, to: number): void {
  const { text: texts, word, start, end: ends } = joins.source;
  for (let i = from; i < to; i++) {
    // Only runs of words with a single character in their first three tokens can join; cheap checks first.
    const firstText = texts[i] ?? '';
    const withSingle =
      word[i] === 1 &&
      i + 1 < to &&
      word[i + 1] === 1 &&
      (firstText.length === 1 || texts[i + 1]?.length === 1 || (i + 2 < to && texts[i + 2]?.length === 1));
    if (
      !withSingle ||
      firstText.length >= MAX_JOIN ||
      !mayStartJoin(firstText.charCodeAt(0), firstText.length > 1 ? firstText.charCodeAt(1) : (texts[i + 1] ?? '').charCodeAt(0)) ||
      !JOIN_PREFIXES.has(firstText)
    ) {
      continue;
    }
    let end = i;
    let joined = '';
    let text = firstText;
    let single = text.length === 1;
    for (let k = i + 1; k < to && k - i < MAX_JOIN; k++) {
      if (word[k] !== 1 || start[k] !== ends[k - 1]) break;
      const next = texts[k] ?? '';
      text += next;
      if (text.length > MAX_JOIN) break;
      single ||= next.length === 1;
      if (single && JOINABLE.has(text)) {
        end = k;
        joined = text;
      }
      if (!JOIN_PREFIXES.has(text)) break;
    }
    if (end > i) {
      joins.join(i, end, joined);
      i = end;
    }
  }
}
