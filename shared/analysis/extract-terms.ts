import type { Term } from '../schema/index.ts';
import * as en from './lang/en.ts';
import * as zh from './lang/zh.ts';
import { isUpperAt } from './model/text.ts';
import { widen, type TokenList } from './model/token-list.ts';
import type { AnalysisLanguage, Segmented, TextBlock } from './model/types.ts';
import { joinSplitWords } from './terms/join-split-words.ts';
import { keepChineseNamesWhole, keepEnglishNamesWhole, SURNAMES } from './terms/keep-names-whole.ts';
import { ABSENT, PhraseTrie, ROOT } from './terms/phrase-trie.ts';
import { BACKGROUND, BAD_FIRST_HAN, BAD_LAST_HAN, classifyWord, FUNCTION_WORD, isEnglishAdverb, singular, UNLISTED, type WordStat } from './terms/word-classes.ts';

/** Longest phrase, in tokens: ICU splits 中国式现代化 into four (中国|式|现代|化). */
const MAX_TOKENS = { zh: 6, en: 4 } as const;
/** Longest Chinese phrase in characters (event names like 全国新型工业化推进大会 are 11). */
const MAX_HAN = 12;
/** A phrase must occur this often, a use in the headline counting as one (a single mention is not what the article is about). */
const MIN_COUNT = 2;
/**
 * A sub-phrase is merged into a longer one when the longer one accounts for at least this share of its
 * occurrences: 新型工业 always continues as 新型工业化 (share 1), 高质量 nearly always as 高质量发展.
 * 0.7 keeps 盐湖 when it appears in several different phrases (盐湖产业, 盐湖资源).
 */
const NESTED_SHARE = 0.7;
/**
 * The weights below were read off the labelled pages' key terms as a whole (corpus/labels, 228 terms
 * over 23 pages) — how much more often a kind of candidate is an editor's term — and rounded; the
 * ranking is flat around them (±30 % moves precision@10 by a point or two).
 *
 * A single word is an editor's term far less often than a phrase (7–10 % of single-word candidates
 * against 25–55 % of two-word ones): 汉服 is tagged, 音乐 and "winter" are not.
 */
const SINGLE_WORD_WEIGHT = 0.35;
/** Phrases of three words or more (中国式现代化, Department of Environmental Protection) are the likeliest. */
const LONG_PHRASE_WEIGHT = 1.5;
/**
 * A phrase the headline uses: editors tag what the headline is about (a quarter of the labelled terms
 * are in it, and half the candidates it holds are terms). Less for a single headline word, which is
 * often the verb of the headline (搜寻, 改成).
 */
const TITLE_BOOST = 4;
const TITLE_WORD_BOOST = 2.5;
/** A phrase in a section heading or an emphasised line. */
const HEADING_BOOST = 1.3;
/** A Chinese phrase that ends with a verb (产业结构扭曲) is a statement about a term more often than a term. */
const VERBAL_WEIGHT = 0.5;
/**
 * English names (people, organisations, products), capitalised at both ends wherever they occur
 * inside a sentence, are ranked with concepts and a little ahead (a quarter of capitalised single
 * words are terms against 7 % of lower-case ones).
 */
const NAME_BOOST = 2;
/** Specificity² makes broad words (经济, year) sink; the extra half-power sinks them a little further. */
const SPECIFICITY_POWER = 2.5;
/** Earlier is a little more central: the first mention in the lead counts this much more than one at the end. */
const POSITION_BOOST = 0.2;
/** Down-weight for a single broad word from the curated lists (经济, government), on top of the table. */
const GENERIC_FACTOR = 0.5;
/** A longer phrase around a better term is dropped when it is this much rarer (全国新型工业化推进大会 vs 新型工业化). */
const RARER_WRAPPER = 0.5;
/**
 * Two terms are one for a reader when one contains the other and the shorter is at least this share of
 * the longer (West Mercia / West Mercia police, 宏志 / 宏志班): only the better-ranked one is listed.
 * The same share the corpus scoring uses for "the same term".
 */
const NEAR_DUPLICATE_SHARE = 0.6;
/** How many terms to return. */
const MAX_TERMS = 20;
/**
 * Specificity of a phrase of several words: recurring multi-word phrases are specific whatever their
 * parts, so the floor is high; the rarest part lifts it further (盐湖产业 over 发展方式).
 */
const PHRASE_SPECIFICITY_FLOOR = 0.6;
/** English phrases may hold "of" between capitalised words (Department of Environmental Protection). */
const EN_INNER_WORDS: ReadonlySet<string> = new Set(['of']);
/** English possessive: the word before it ends a phrase (Ayn Rand’s → Ayn Rand). */
const EN_POSSESSIVE = /['’]s$/u;
/** English past forms that open verb phrases, not terms ("released proof-of-concept", "retweeted"); not -eed (speed). */
function isEnglishPastVerb(word: string): boolean {
  return word.length > 2 && word.endsWith('ed') && word[word.length - 3] !== 'e';
}
/** Every word of a surface capitalised: a name ("David Emery", "West Mercia Police"). */
const CAPITALISED_WORDS = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+$/u;
/** English words of a headline, as the tokenizer reads them (don't, well-known, U.S.). */
const EN_TITLE_WORD = /[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*/gu;
/** A capital letter: the surface of an English name. */
const UPPER_INITIAL = /^\p{Lu}/u;
/** Any capital letter (a name inside the phrase). */
const HAS_UPPER = /\p{Lu}/u;
/** Runs of whitespace, folded to one space when comparing terms. */
const SPACES = /\s+/gu;

/** A title ends a person reference, not a term (习近平总书记 → the term is the name). */
const TITLES: ReadonlySet<string> = new Set([...zh.TITLES, ...zh.HONORIFICS]);
const SPEECH_VERBS: ReadonlySet<string> = new Set(zh.SPEECH_VERBS);
/** A number written in digits or Chinese numerals (十九, 4800, 两). */
const NUMERAL_WORD = /^(?:[\d０-９.,]+|[零〇一二三四五六七八九十百千万亿两]+)$/u;
/** Whether a word could be a NUMERAL_WORD by its first unit (a digit or a Chinese numeral): most words are tested no further. */
function mayBeNumeral(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 0x4e00 || NUMERAL_FIRST.has(code);
}
const NUMERAL_FIRST: ReadonlySet<number> = new Set([...'零〇一二三四五六七八九十百千万亿两'].map((char) => char.charCodeAt(0)));
const GENERIC = { zh: new Set<string>(zh.GENERIC_WORDS), en: new Set<string>(en.GENERIC_WORDS) };

/** An English possessive (Rand’s, Uber's): string tests, not a regex, since every English token is checked. */
function isPossessive(text: string): boolean {
  return text.length > 2 && (text.endsWith('’s') || text.endsWith("'s"));
}

/** Folding for duplicate checks: case and spacing do not make a different term. */
function foldTerm(term: string): string {
  return term.toLowerCase().replace(SPACES, ' ');
}

/** One contains the other and the shorter is most of the longer: a reader sees the same term twice. */
function nearDuplicate(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return longer.includes(shorter) && shorter.length >= NEAR_DUPLICATE_SHARE * longer.length;
}

/**
 * What the n-gram loops ask of a word, as bits: looked up once per distinct word and call, not once per
 * n-gram that holds it.
 */
const BAD_FIRST = 1; // (zh) a single character that cannot start a phrase (BAD_FIRST_HAN)
const BAD_LAST = 2; // (zh) a single character that cannot end one (BAD_LAST_HAN)
const TITLE = 4; // (zh) a title or honorific (总书记, 老师)
const SURNAME = 8; // (zh) where a name starts
const INNER = 16; // (en) may sit inside a capitalised phrase (EN_INNER_WORDS)
const ADVERB = 32; // (en) an adverb in -ly
const PAST_VERB = 64; // (en) a past form that opens verb phrases
const SPEECH = 128; // (zh) a speech verb (表示, 指出): it never closes a phrase (民众表示 is a clause, not a term)
const NUMERAL = 256; // (zh) a number (十九, 4800): a single character after it is its measure word (十九|届, 10|块)

/** A word not classified yet (a headline word or a singular form that no token has). */
const UNCLASSIFIED: WordStat = { cls: 'n', specificity: -1 };

/**
 * The distinct words of one article, numbered in order of first use: the numbers are the n-gram
 * trie's symbols for English, and index each word's class, facts and (English) counted form.
 */
class Vocabulary {
  readonly words: string[] = [];
  /** Class and specificity from the word lists, for the words that tokens have. */
  readonly stats: WordStat[] = [];
  /** BAD_FIRST, BAD_LAST, … bits, for the words that tokens have. */
  readonly facts: number[] = [];
  private readonly numbers = new Map<string, number>();
  /** The number of the word's singular (English), -1 until asked. */
  private readonly singulars: number[] = [];
  private readonly lang: AnalysisLanguage;

  constructor(lang: AnalysisLanguage) {
    this.lang = lang;
  }

  number(word: string): number {
    let number = this.numbers.get(word);
    if (number === undefined) {
      number = this.add(word);
      this.numbers.set(word, number);
    }
    return number;
  }

  /**
   * The number of a Chinese word, found by its characters in `trie` (where the word's node is the key
   * of the one-word phrase) rather than by hashing the string: the trie's tag of the node is the
   * number + 1. Chinese words are numbered only this way.
   */
  numberByCharacters(word: string, trie: PhraseTrie): number {
    let node = ROOT;
    for (let unit = 0; unit < word.length; unit++) node = trie.child(node, word.charCodeAt(unit));
    let number = trie.tag(node) - 1;
    if (number < 0) {
      number = this.add(word);
      trie.setTag(node, number + 1);
    }
    return number;
  }

  private add(word: string): number {
    const number = this.words.length;
    this.words.push(word);
    this.stats.push(UNCLASSIFIED);
    this.facts.push(0);
    this.singulars.push(-1);
    return number;
  }

  /** The word's class and specificity (and facts), computed on first use. */
  classify(number: number): WordStat {
    const known = this.stats[number] ?? UNCLASSIFIED;
    if (known !== UNCLASSIFIED) return known;
    const word = this.words[number] ?? '';
    const stat = classifyWord(word, this.lang);
    this.stats[number] = stat;
    let facts = 0;
    if (this.lang === 'zh') {
      if (word.length === 1 && BAD_FIRST_HAN.has(word)) facts |= BAD_FIRST;
      if (word.length === 1 && BAD_LAST_HAN.has(word)) facts |= BAD_LAST;
      if (TITLES.has(word)) facts |= TITLE;
      if (SURNAMES.has(word)) facts |= SURNAME;
      if (SPEECH_VERBS.has(word)) facts |= SPEECH;
      if (mayBeNumeral(word) && NUMERAL_WORD.test(word)) facts |= NUMERAL;
    } else {
      if (EN_INNER_WORDS.has(word)) facts |= INNER;
      if (isEnglishAdverb(word)) facts |= ADVERB;
      if (isEnglishPastVerb(word)) facts |= PAST_VERB;
    }
    this.facts[number] = facts;
    return stat;
  }

  /** The number of the form the word is counted under at the end of an English phrase (servers → server). */
  singular(number: number): number {
    let counted = this.singulars[number] ?? -1;
    if (counted < 0) {
      const word = this.words[number] ?? '';
      const form = singular(word);
      counted = form === word ? number : this.number(form);
      this.singulars[number] = counted;
    }
    return counted;
  }
}

/** A candidate's flags (bits of `Candidates.flags`). */
const IN_TITLE = 1;
const IN_HEADING = 2;
/** Every occurrence inside a sentence was capitalised at both ends (English names). */
const CAPITALISED = 4;
/** Ends with a verb (产业结构扭曲): a statement about the term rather than a term. */
const VERBAL = 8;
/** The surface shown is a plural form (English); a singular occurrence replaces it. */
const PLURAL = 16;
/** The surface shown opened a sentence (English: its capital may be the sentence's); one from inside a sentence replaces it. */
const AT_SENTENCE_START = 32;
/** The word before (after) the occurrences was not always the same. */
const LEFT_VARIED = 64;
const RIGHT_VARIED = 128;
/** (Ranking) a phrase inside a headline phrase that was ranked: the headline boost went to the longer one. */
const TITLE_COVERED = 256;
/** A neighbour that is a boundary or a function word ('#' to boundary statistics). */
const BOUNDARY = -1;
/** No neighbour seen yet. */
const NO_NEIGHBOUR = -2;

/** Candidates a new set of columns holds before it grows. */
const MIN_CANDIDATES = 1024;
/** Columns grown beyond this many candidates (a very long page's) are not kept for the next article. */
const MAX_KEPT_CANDIDATES = 1 << 16;

/**
 * The phrases counted, in order of first occurrence, as columns (an article has thousands of n-grams,
 * most of them seen once: typed arrays instead of an object each, kept from one article to the next). A
 * candidate is a node of the n-gram trie, that is, one phrase as counted (Chinese characters; English
 * words with the last one singular).
 */
class Candidates {
  length = 0;
  /**
   * Where the first occurrence's words are: `size` tokens from `firstToken` (their words, English
   * possessives stripped, are the phrase's parts; read only for the candidates that are ranked).
   */
  firstToken: Int32Array;
  size: Uint8Array;
  count: Int32Array;
  /** (Ranking) the largest count of a ranked longer phrase that contains this one. */
  parent: Int32Array;
  specificity: Float64Array;
  flags: Uint16Array;
  /** The neighbour word before (after) the occurrences, as `neighbours` numbers it; NO_NEIGHBOUR before the first. */
  left: Int32Array;
  right: Int32Array;
  /** The surface shown: `[start, end)` in block `block`'s text. */
  block: Int32Array;
  start: Int32Array;
  end: Int32Array;

  constructor(capacity: number) {
    this.firstToken = new Int32Array(capacity);
    this.size = new Uint8Array(capacity);
    this.count = new Int32Array(capacity);
    this.parent = new Int32Array(capacity);
    this.specificity = new Float64Array(capacity);
    this.flags = new Uint16Array(capacity);
    this.left = new Int32Array(capacity);
    this.right = new Int32Array(capacity);
    this.block = new Int32Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
  }

  /** Empties the columns for the next article (every column of a candidate is written by `add`). */
  clear(): Candidates {
    if (this.count.length > MAX_KEPT_CANDIDATES) return new Candidates(MIN_CANDIDATES);
    this.length = 0;
    return this;
  }

  add(firstToken: number, size: number, specificity: number, flags: number, block: number, start: number, end: number): number {
    if (this.length === this.count.length) this.grow();
    const id = this.length++;
    this.firstToken[id] = firstToken;
    this.size[id] = size;
    this.count[id] = 0;
    this.parent[id] = 0;
    this.specificity[id] = specificity;
    this.flags[id] = flags;
    this.left[id] = NO_NEIGHBOUR;
    this.right[id] = NO_NEIGHBOUR;
    this.block[id] = block;
    this.start[id] = start;
    this.end[id] = end;
    return id;
  }

  /** One more occurrence, between neighbours `left` and `right`. */
  occur(id: number, left: number, right: number, inHeading: boolean): void {
    let flags = this.flags[id] ?? 0;
    const seenLeft = this.left[id] ?? NO_NEIGHBOUR;
    if (seenLeft === NO_NEIGHBOUR) this.left[id] = left;
    else if (seenLeft !== left) flags |= LEFT_VARIED;
    const seenRight = this.right[id] ?? NO_NEIGHBOUR;
    if (seenRight === NO_NEIGHBOUR) this.right[id] = right;
    else if (seenRight !== right) flags |= RIGHT_VARIED;
    if (inHeading) flags |= IN_HEADING;
    this.flags[id] = flags;
    this.count[id] = (this.count[id] ?? 0) + 1;
  }

  surface(id: number, blocks: readonly TextBlock[]): string {
    return blocks[this.block[id] ?? 0]?.text.slice(this.start[id], this.end[id]) ?? '';
  }

  private grow(): void {
    const capacity = 2 * this.count.length;
    this.firstToken = widen(this.firstToken, new Int32Array(capacity));
    this.size = widen(this.size, new Uint8Array(capacity));
    this.count = widen(this.count, new Int32Array(capacity));
    this.parent = widen(this.parent, new Int32Array(capacity));
    this.specificity = widen(this.specificity, new Float64Array(capacity));
    this.flags = widen(this.flags, new Uint16Array(capacity));
    this.left = widen(this.left, new Int32Array(capacity));
    this.right = widen(this.right, new Int32Array(capacity));
    this.block = widen(this.block, new Int32Array(capacity));
    this.start = widen(this.start, new Int32Array(capacity));
    this.end = widen(this.end, new Int32Array(capacity));
  }
}

/** Per-token columns grown beyond this many tokens (a very long page's) are not kept for the next article. */
const MAX_KEPT_TOKENS = 1 << 16;

/**
 * The tables of one article, kept from one call to the next: extractTerms is synchronous, so one article
 * uses them at a time, and typed arrays allocated per article (their memory is outside the JS heap)
 * make V8 collect garbage far more often than filling kept ones costs.
 */
const kept = {
  trie: new PhraseTrie(),
  candidates: new Candidates(MIN_CANDIDATES),
  numbers: new Int32Array(MIN_CANDIDATES),
  possessives: new Uint8Array(MIN_CANDIDATES),
  neighbours: new Int32Array(MIN_CANDIDATES),
  /** Where Chinese names start; scratch for English capitals. */
  marks: new Uint8Array(MIN_CANDIDATES),
};

/** The kept per-token columns, replaced when `length` tokens do not fit or a long page left them large. */
function fitTokenColumns(length: number): void {
  if (kept.numbers.length >= length && (kept.numbers.length <= MAX_KEPT_TOKENS || length > MAX_KEPT_TOKENS / 2)) return;
  const capacity = Math.max(MIN_CANDIDATES, length);
  kept.numbers = new Int32Array(capacity);
  kept.possessives = new Uint8Array(capacity);
  kept.neighbours = new Int32Array(capacity);
  kept.marks = new Uint8Array(capacity);
}

const EMPTY = new Uint8Array(0);

/** What every n-gram loop reads: the article's tokens and, per token, its word, class and neighbour number. */
interface TokenTable {
  doc: Segmented;
  tokens: TokenList;
  /** Class and specificity per token (names kept whole). */
  stats: readonly WordStat[];
  /** The word's number in the vocabulary, -1 for punctuation. */
  numbers: Int32Array;
  /** (English) the token is a possessive (Rand’s): 1 for ’s, 2 for 's, 0 otherwise. */
  possessives: Uint8Array;
  /** What boundary statistics see of the token as a neighbour: BOUNDARY for a function word or punctuation, else a number of its text. */
  neighbours: Int32Array;
  /** (Chinese) where names start (keepChineseNamesWhole). */
  nameStarts: Uint8Array;
  vocabulary: Vocabulary;
  trie: PhraseTrie;
  candidates: Candidates;
}

/** Whether a sentence's block is read for terms: the headline is read once, as a whole (`markChineseHeadline`, `markEnglishHeadline`), whether or not the page repeats it as a block. */
function readsTerms(block: TextBlock | undefined): block is TextBlock {
  return block !== undefined && block.role !== 'meta' && block.role !== 'caption' && block.role !== 'title' && block.role !== 'code';
}

/**
 * Key terms, best first: whole phrases rebuilt from segmenter tokens (新型|工业|化 → 新型工业化), counted
 * across the article. A phrase never holds a function word (的, 在, 自己, the) and never starts with or
 * holds a verb (推进新型工业化 is an action, 新型工业化 the term); it may end with a verbal noun
 * (高质量发展). A sub-phrase that nearly always occurs inside a longer one is merged into it (高质量 →
 * 高质量发展), and counts only its own occurrences otherwise. Ranked by count × specificity^2.5, where
 * specificity comes from dictionary frequencies (lang/term-stats.ts), so broad words (经济, year) sink
 * and rare ones (古筝, Minecraft) rise; phrases ahead of single words; strongly boosted when the headline
 * uses them; names ranked with concepts (Chinese names kept whole, English ones a little ahead);
 * English plurals counted with their singular; near-duplicates listed once.
 *
 * Phrases are counted under nodes of a trie (terms/phrase-trie.ts), not under strings: Chinese by
 * characters, so 新型|工业化 and 新型工业|化 are one phrase; English by word numbers, the last word by
 * its singular's. No string is built per n-gram; only the ranked phrases' surfaces are sliced.
 *
 * @example extractTerms(doc).slice(0, 2).map(t => t.term) // ['新型工业化', '高质量发展']
 */
export function extractTerms(doc: Segmented): Term[] {
  const lang = doc.lang;
  const { tokens, sentenceTokens } = lang === 'zh' ? joinSplitWords(doc) : doc;
  const vocabulary = new Vocabulary(lang);
  // Sized for a long article's n-grams (the average is 1.4 nodes a token for Chinese, 0.5 for English).
  const trie = kept.trie;
  trie.clear(lang === 'zh' ? 2 * tokens.length : tokens.length);
  // One classification per distinct word, shared by every token and n-gram that has it. English
  // possessives are read as the word they mark (Rand’s → rand), which ends the phrase.
  fitTokenColumns(tokens.length);
  const { numbers, possessives, neighbours } = kept;
  // map() allocates the array at its full length up front (growing a long page's array by push, or
  // sizing it with new Array(n), is much slower in V8).
  const stats = tokens.text.map((text, index): WordStat => {
    possessives[index] = 0;
    if (tokens.word[index] !== 1) {
      numbers[index] = -1;
      return FUNCTION_WORD;
    }
    let word = text;
    if (lang === 'zh') {
      const number = vocabulary.numberByCharacters(word, trie);
      numbers[index] = number;
      return vocabulary.classify(number);
    }
    if (isPossessive(word)) {
      possessives[index] = word.endsWith('’s') ? 1 : 2;
      word = word.slice(0, -2);
    }
    const number = vocabulary.number(word);
    numbers[index] = number;
    return vocabulary.classify(number);
  });
  const nameStarts = lang === 'zh' ? keepChineseNamesWhole(tokens, stats, UNLISTED, kept.marks) : EMPTY;
  if (lang === 'en') keepEnglishNamesWhole(doc, stats, kept.marks);
  for (let index = 0; index < tokens.length; index++) {
    if (stats[index]?.cls === 'f') neighbours[index] = BOUNDARY;
    else {
      const number = numbers[index] ?? -1;
      // A neighbour is its text: a possessive differs from its word (and ’s from 's).
      if (number >= 0) neighbours[index] = lang === 'zh' ? number : 3 * number + (possessives[index] ?? 0);
      else neighbours[index] = lang === 'zh' ? vocabulary.numberByCharacters(tokens.text[index] ?? '', trie) : 3 * vocabulary.number(tokens.text[index] ?? '');
    }
  }
  kept.candidates = kept.candidates.clear();
  const table: TokenTable = {
    doc,
    tokens,
    stats,
    numbers,
    possessives,
    neighbours,
    nameStarts,
    vocabulary,
    trie,
    candidates: kept.candidates,
  };
  if (lang === 'zh') markChineseHeadline(table.trie, doc.title);
  else markEnglishHeadline(table.trie, vocabulary, doc.title);
  const countSentence = lang === 'zh' ? countChineseSentence : countEnglishSentence;
  for (let sentenceIndex = 0; sentenceIndex < doc.sentences.length; sentenceIndex++) {
    const blockIndex = doc.sentences[sentenceIndex]?.block ?? -1;
    const block = doc.blocks[blockIndex];
    if (!readsTerms(block)) continue;
    const range = sentenceTokens[sentenceIndex];
    countSentence(table, blockIndex, block.role === 'heading' || block.emphasis, range?.[0] ?? 0, range?.[1] ?? 0);
  }
  const scored = rankCandidates(table, lang);
  if (lang === 'en') nameInFull(scored, table);
  scored.sort((a, b) => b.score - a.score || a.term.localeCompare(b.term));
  return selectTerms(scored);
}

/**
 * Marks every phrase the headline holds, as candidates are keyed: for Chinese every run of up to
 * MAX_HAN characters (the headline is short), by its characters.
 */
function markChineseHeadline(trie: PhraseTrie, title: string): void {
  const chars = [...title];
  for (let start = 0; start < chars.length; start++) {
    let node = ROOT;
    for (let end = start; end < chars.length && end - start < MAX_HAN; end++) {
      const char = chars[end] ?? '';
      for (let unit = 0; unit < char.length; unit++) node = trie.child(node, char.charCodeAt(unit));
      trie.mark(node);
    }
  }
}

/** Marks every run of up to four words of an English headline, lower-cased, the last one singular. */
function markEnglishHeadline(trie: PhraseTrie, vocabulary: Vocabulary, title: string): void {
  const numbers = (title.match(EN_TITLE_WORD) ?? []).map((word) => vocabulary.number(word.toLowerCase().replace(EN_POSSESSIVE, '')));
  for (let start = 0; start < numbers.length; start++) {
    let prefix = ROOT;
    for (let end = start; end < numbers.length && end - start < MAX_TOKENS.en; end++) {
      const number = numbers[end] ?? 0;
      const counted = vocabulary.singular(number);
      const node = trie.child(prefix, number);
      trie.mark(counted === number ? node : trie.child(prefix, counted));
      prefix = node;
    }
  }
}

/**
 * Counts the Chinese n-grams of the sentence with tokens `[from, to)` (up to MAX_TOKENS.zh tokens and
 * MAX_HAN characters) that may be terms, each under the trie node of its characters. The rules are in
 * `extractTerms`'s comment and the ones below. One call per sentence, as for English: V8 optimises a
 * function called often early, while one that runs every n-gram loop of the article in a single call
 * could only be entered mid-loop (and leaves such code on every exit from the inner loop).
 */
function countChineseSentence(table: TokenTable, blockIndex: number, inHeading: boolean, from: number, to: number): void {
  const { stats, numbers, neighbours, nameStarts, trie, candidates } = table;
  const { text: texts, word: isWord, start, end } = table.tokens;
  const facts = table.vocabulary.facts;
  for (let i = from; i < to; i++) {
    const firstStat = stats[i];
    if (!firstStat || firstStat.cls === 'f' || firstStat.cls === 's') continue;
    const firstFacts = facts[numbers[i] ?? -1] ?? 0;
    if ((firstFacts & BAD_FIRST) !== 0) continue;
    // 十九|届四中全会, 4800|万像素, 10|块GPU: a character right after a number is its measure word, no term's start.
    if (texts[i]?.length === 1 && i > from && ((facts[numbers[i - 1] ?? -1] ?? 0) & NUMERAL) !== 0) continue;
    const firstIsVerb = firstStat.cls === 'v';
    const isName = nameStarts[i] === 1;
    const left = i > from ? (neighbours[i - 1] ?? BOUNDARY) : BOUNDARY;
    let chars = 0;
    let node = ROOT;
    let maxSpecificity = 0;
    let closed = false;
    for (let j = i; j < to && j - i < MAX_TOKENS.zh && !closed; j++) {
      const stat = stats[j];
      if (!stat || isWord[j] !== 1) break;
      const cls = stat.cls;
      if (cls === 'f') break;
      // A verb may stand alone (停机, 拦截 can be what a story is about), never inside a phrase; it may
      // close a phrase that opens with a noun (高质量发展, 科技创新, 电信诈骗), and the phrase stops
      // there — but not a name's (方创琳研究员: what the person is or did).
      const closing = cls === 'v' && j > i && !firstIsVerb && !isName && ((facts[numbers[j] ?? -1] ?? 0) & SPEECH) === 0;
      if (cls === 'v' && j > i && !closing) break;
      closed = closing;
      const word = texts[j] ?? '';
      chars += word.length;
      if (chars > MAX_HAN) break;
      for (let unit = 0; unit < word.length; unit++) node = trie.child(node, word.charCodeAt(unit));
      maxSpecificity = Math.max(maxSpecificity, stat.specificity);
      // Modifiers never end a phrase.
      if (cls === 'a' && j > i) continue;
      const single = j === i;
      if (firstIsVerb && !single) break;
      if (single && cls === 'a') continue;
      const wordFacts = facts[numbers[j] ?? -1] ?? 0;
      // A person with their title (习近平总书记, 马莉老师) is the name; other title phrases are terms (女民警, 首席投资官).
      if (!single && (wordFacts & TITLE) !== 0 && (firstFacts & SURNAME) !== 0) continue;
      if ((wordFacts & BAD_LAST) !== 0) continue;
      if (single && word.length < 2) continue;
      let id = trie.value(node) - 1;
      if (id < 0) {
        const specificity = single ? stat.specificity : Math.min(1, PHRASE_SPECIFICITY_FLOOR + (1 - PHRASE_SPECIFICITY_FLOOR) * maxSpecificity);
        const flags = (trie.isMarked(node) ? IN_TITLE : 0) | CAPITALISED | (closing ? VERBAL : 0);
        id = candidates.add(i, j - i + 1, specificity, flags, blockIndex, start[i] ?? 0, end[j] ?? 0);
        trie.setValue(node, id + 1);
      }
      candidates.occur(id, left, j + 1 < to ? (neighbours[j + 1] ?? BOUNDARY) : BOUNDARY, inHeading);
    }
  }
}

/**
 * Counts the English n-grams of the sentence with tokens `[from, to)` (up to MAX_TOKENS.en words) that
 * may be terms, each under the trie node of its words, the last one by its singular. The rules are in
 * `extractTerms`'s comment and the ones below.
 */
function countEnglishSentence(table: TokenTable, blockIndex: number, inHeading: boolean, from: number, to: number): void {
  const { doc, stats, numbers, possessives, neighbours, vocabulary, trie, candidates } = table;
  const { word: isWord, start: starts, end: ends } = table.tokens;
  const facts = vocabulary.facts;
  const words = vocabulary.words;
  const text = doc.blocks[blockIndex]?.text ?? '';
  for (let i = from; i < to; i++) {
    const firstStat = stats[i];
    if (!firstStat || firstStat.cls === 'f' || firstStat.cls === 's') continue;
    const firstStart = starts[i] ?? 0;
    const upperFirst = isUpperAt(text, firstStart);
    // A past form opens a verb phrase (a possessive's text is no past form).
    if (!upperFirst && possessives[i] === 0 && ((facts[numbers[i] ?? -1] ?? 0) & PAST_VERB) !== 0) continue;
    const firstIsVerb = firstStat.cls === 'v';
    const left = i > from ? (neighbours[i - 1] ?? BOUNDARY) : BOUNDARY;
    let node = ROOT;
    let maxSpecificity = 0;
    let closed = false;
    for (let j = i; j < to && j - i < MAX_TOKENS.en && !closed; j++) {
      const stat = stats[j];
      if (!stat || isWord[j] !== 1) break;
      const number = numbers[j] ?? 0;
      const cls = stat.cls;
      const inner = j > i && upperFirst && ((facts[number] ?? 0) & INNER) !== 0;
      if (cls === 'f' && !inner) break;
      // A verb may stand alone, never inside a phrase.
      if (cls === 'v' && j > i) break;
      const possessive = possessives[j] !== 0;
      closed = possessive;
      const prefix = node;
      node = trie.child(node, number);
      if (!inner) maxSpecificity = Math.max(maxSpecificity, stat.specificity);
      // Modifiers never end a phrase nor stand alone.
      if (inner || cls === 'a') continue;
      const single = j === i;
      if (firstIsVerb && !single) break;
      if (single && cls === 'v') continue;
      if (single && (words[number]?.length ?? 0) < 3) continue;
      if (cls !== 'n' && ((facts[number] ?? 0) & ADVERB) !== 0) continue;
      const tokenEnd = ends[j] ?? 0;
      const end = possessive ? tokenEnd - 2 : tokenEnd;
      // Counted under the singular (server and servers are one phrase).
      const counted = vocabulary.singular(number);
      const plural = counted !== number;
      const key = plural ? trie.child(prefix, counted) : node;
      let id = trie.value(key) - 1;
      if (id < 0) {
        const specificity = single ? stat.specificity : Math.min(1, PHRASE_SPECIFICITY_FLOOR + (1 - PHRASE_SPECIFICITY_FLOOR) * maxSpecificity);
        const flags = (trie.isMarked(key) ? IN_TITLE : 0) | CAPITALISED | (plural ? PLURAL : 0) | (i === from ? AT_SENTENCE_START : 0);
        id = candidates.add(i, j - i + 1, specificity, flags, blockIndex, firstStart, end);
        trie.setValue(key, id + 1);
      } else {
        const flags = candidates.flags[id] ?? 0;
        // Show the singular when the article uses it too (server, not servers), and the form from inside a sentence.
        if (((flags & PLURAL) !== 0 && !plural) || ((flags & AT_SENTENCE_START) !== 0 && i > from)) {
          candidates.block[id] = blockIndex;
          candidates.start[id] = firstStart;
          candidates.end[id] = end;
          candidates.flags[id] = (flags & ~(PLURAL | AT_SENTENCE_START)) | (plural ? flags & PLURAL : 0);
        }
      }
      candidates.occur(id, left, j + 1 < to ? (neighbours[j + 1] ?? BOUNDARY) : BOUNDARY, inHeading);
      // A name is capitalised at both ends wherever it occurs inside a sentence (not "Con Edison officials").
      if (i > from && (!upperFirst || !isUpperAt(text, starts[j] ?? 0))) candidates.flags[id] = (candidates.flags[id] ?? 0) & ~CAPITALISED;
    }
  }
}

/**
 * Every shorter phrase inside candidate `id` (found in the trie: one that is not there is no candidate)
 * takes its count as a parent's, and when `coversTitle`, leaves the headline boost to it.
 */
function coverShorterPhrases(table: TokenTable, lang: AnalysisLanguage, id: number, coversTitle: boolean): void {
  const { candidates, trie, vocabulary, numbers } = table;
  const texts = table.tokens.text;
  const count = candidates.count[id] ?? 0;
  const length = candidates.size[id] ?? 0;
  const firstToken = candidates.firstToken[id] ?? 0;
  for (let start = 0; start < length; start++) {
    let prefix = ROOT;
    for (let k = start; k < length && !(start === 0 && k === length - 1); k++) {
      let sub: number;
      if (lang === 'zh') {
        const word = texts[firstToken + k] ?? '';
        for (let unit = 0; unit < word.length && prefix !== ABSENT; unit++) prefix = trie.find(prefix, word.charCodeAt(unit));
        sub = prefix;
      } else {
        const number = numbers[firstToken + k] ?? 0;
        const counted = vocabulary.singular(number);
        sub = trie.find(prefix, counted);
        prefix = counted === number ? sub : trie.find(prefix, number);
      }
      const inside = sub === ABSENT ? -1 : trie.value(sub) - 1;
      if (inside >= 0) {
        if ((candidates.parent[inside] ?? 0) < count) candidates.parent[inside] = count;
        if (coversTitle) candidates.flags[inside] = (candidates.flags[inside] ?? 0) | TITLE_COVERED;
      }
      if (prefix === ABSENT) break;
    }
  }
}

/** The word of token `index` as phrases count it (an English possessive without its 's). */
function wordAt(table: TokenTable, index: number): string {
  return table.vocabulary.words[table.numbers[index] ?? -1] ?? '';
}

/**
 * Scores the candidates that recur (or recur once and are in the headline), longest first: a phrase
 * that survives takes the occurrences of the shorter ones inside it — all of them when it accounts
 * for most (NESTED_SHARE), else its share is subtracted from theirs — and a phrase the headline holds
 * takes the headline boost from the shorter ones inside it, unless it ends with a verb.
 */
function rankCandidates(table: TokenTable, lang: AnalysisLanguage): Term[] {
  const { candidates, vocabulary, numbers } = table;
  const blocks = table.doc.blocks;
  const totalTokens = Math.max(1, table.tokens.length);
  // Bucketed by length rather than sorted: lengths are 1…MAX_TOKENS.
  const byLength: number[][] = [];
  for (let id = 0; id < candidates.length; id++) {
    const flags = candidates.flags[id] ?? 0;
    if ((candidates.count[id] ?? 0) + ((flags & IN_TITLE) !== 0 ? 1 : 0) < MIN_COUNT) continue;
    (byLength[candidates.size[id] ?? 0] ??= []).push(id);
  }
  const frequent = byLength.reverse().flatMap((ids) => ids ?? []);
  const scored: Term[] = [];
  for (const id of frequent) {
    const length = candidates.size[id] ?? 0;
    const count = candidates.count[id] ?? 0;
    const flags = candidates.flags[id] ?? 0;
    const inTitle = (flags & IN_TITLE) !== 0;
    const verbal = (flags & VERBAL) !== 0;
    // The largest count of a ranked longer phrase that contains this one.
    const parent = candidates.parent[id] ?? 0;
    if (parent >= NESTED_SHARE * count) continue;
    // Boundary statistics: a phrase always preceded (or followed) by the same word is a fragment of a
    // longer one (化构筑…, 汇聚起推进新型工业|化) — except a name always followed by its title.
    const left = candidates.left[id] ?? BOUNDARY;
    const right = candidates.right[id] ?? BOUNDARY;
    if (count > 1 && (flags & LEFT_VARIED) === 0 && left !== BOUNDARY) continue;
    if (count > 1 && (flags & RIGHT_VARIED) === 0 && right !== BOUNDARY && !(lang === 'zh' && TITLES.has(vocabulary.words[right] ?? ''))) continue;
    const firstToken = candidates.firstToken[id] ?? 0;
    coverShorterPhrases(table, lang, id, inTitle && !verbal);
    const single = length === 1;
    let score = (count - parent + (inTitle ? 1 : 0)) * (candidates.specificity[id] ?? 0) ** SPECIFICITY_POWER;
    score *= single ? SINGLE_WORD_WEIGHT : length >= 3 ? LONG_PHRASE_WEIGHT : 1;
    if (inTitle && (flags & TITLE_COVERED) === 0) score *= single ? TITLE_WORD_BOOST : TITLE_BOOST;
    if ((flags & IN_HEADING) !== 0) score *= HEADING_BOOST;
    if (verbal) score *= VERBAL_WEIGHT;
    if (single) {
      // The phrase as counted: the word, English by its singular.
      const key = lang === 'zh' ? (table.tokens.text[firstToken] ?? '') : (vocabulary.words[vocabulary.singular(numbers[firstToken] ?? 0)] ?? '');
      if (TITLES.has(key) || GENERIC[lang].has(key)) score *= GENERIC_FACTOR;
    }
    if (lang === 'en' && (flags & CAPITALISED) !== 0) score *= NAME_BOOST;
    score *= 1 + POSITION_BOOST * (1 - firstToken / totalTokens);
    const surface = candidates.surface(id, blocks);
    scored.push({ term: lang === 'en' && (flags & AT_SENTENCE_START) !== 0 ? sentenceCase(surface, wordAt(table, firstToken)) : surface, score, count });
  }
  return scored;
}

/**
 * An English phrase seen only at the start of sentences, with the sentence's capital taken off when
 * it is a common word and the rest of the phrase is lower-case ("Economic mobility" → "economic
 * mobility"); names keep theirs (Minecraft, Apple Vision Pro).
 */
function sentenceCase(surface: string, firstWord: string): string {
  const rest = surface.slice(1);
  if (!BACKGROUND.en.has(firstWord) || HAS_UPPER.test(rest)) return surface;
  return surface.charAt(0).toLowerCase() + rest;
}

/**
 * The best MAX_TERMS of the ranked terms, each listed once: the same term reached twice (a surname
 * completed to the full name) merges, a near-duplicate of a better term (West Mercia / West Mercia
 * police) is dropped, and so is a much rarer phrase around a better term. Scores are scaled to the best.
 */
function selectTerms(ranked: readonly Term[]): Term[] {
  const top: Term[] = [];
  const folded: string[] = [];
  for (const term of ranked) {
    if (top.length >= MAX_TERMS) break;
    const needle = foldTerm(term.term);
    const kept = top[folded.indexOf(needle)];
    if (kept) {
      kept.count = Math.max(kept.count, term.count);
      continue;
    }
    if (folded.some((other) => nearDuplicate(other, needle))) continue;
    if (top.some((other, index) => needle.includes(folded[index] ?? '') && term.count < RARER_WRAPPER * other.count)) continue;
    top.push({ ...term });
    folded.push(needle);
  }
  const best = top[0]?.score ?? 1;
  return top.map((term) => ({ ...term, score: Math.round((term.score / best) * 1000) / 1000 }));
}

/**
 * English names are introduced in full once and then shortened ("David Emery" … "Emery said"): a
 * one-word name term takes the full form that the article used for it (the most frequent capitalised
 * two- or three-word phrase starting or ending with it), with both counts together.
 */
function nameInFull(scored: Term[], table: TokenTable): void {
  const { candidates } = table;
  const blocks = table.doc.blocks;
  const fullForms = new Map<string, number>();
  for (let id = 0; id < candidates.length; id++) {
    const n = candidates.size[id] ?? 0;
    const count = candidates.count[id] ?? 0;
    if (n < 2 || n > 3 || ((candidates.flags[id] ?? 0) & CAPITALISED) === 0 || count < 1 || !CAPITALISED_WORDS.test(candidates.surface(id, blocks))) continue;
    const firstToken = candidates.firstToken[id] ?? 0;
    for (const part of [wordAt(table, firstToken), wordAt(table, firstToken + n - 1)]) {
      const current = fullForms.get(part);
      if (current === undefined || count > (candidates.count[current] ?? 0)) fullForms.set(part, id);
    }
  }
  for (const term of scored) {
    if (term.term.includes(' ') || !UPPER_INITIAL.test(term.term)) continue;
    const full = fullForms.get(term.term.toLowerCase());
    if (full === undefined) continue;
    term.term = candidates.surface(full, blocks);
    term.count += candidates.count[full] ?? 0;
  }
}
