import type { Term } from '../schema/index.ts';
import * as en from './lang/en.ts';
import * as zh from './lang/zh.ts';
import { isUpperAt } from './model/text.ts';
import type { AnalysisLanguage, Segmented, Token } from './model/types.ts';
import { joinSplitWords } from './terms/join-split-words.ts';
import { keepChineseNamesWhole, keepEnglishNamesWhole, SURNAMES } from './terms/keep-names-whole.ts';
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
const GENERIC = { zh: new Set<string>(zh.GENERIC_WORDS), en: new Set<string>(en.GENERIC_WORDS) };

interface Candidate {
  /** The phrase as counted: Chinese characters, or English words with the last one singular. */
  key: string;
  /**
   * Where the first occurrence's words are: `size` tokens from `firstToken` (their words, English
   * possessives stripped, are the phrase's parts; read only for the candidates that are ranked).
   */
  firstToken: number;
  size: number;
  surface: string;
  count: number;
  /** Where the first occurrence is, 0–1 through the article. */
  first: number;
  chars: number;
  specificity: number;
  inTitle: boolean;
  inHeading: boolean;
  /** Every occurrence inside a sentence was capitalised at both ends (English names). */
  capitalised: boolean;
  /** Ends with a verb (产业结构扭曲): a statement about the term rather than a term. */
  verbal: boolean;
  /** The surface shown is a plural form (English); a singular occurrence replaces it. */
  plural: boolean;
  /** The surface shown opened a sentence (English: its capital may be the sentence's); one from inside a sentence replaces it. */
  atSentenceStart: boolean;
  /** The word before each occurrence ('#' = a boundary or function word), and whether it ever differed. */
  left: string | undefined;
  leftVaried: boolean;
  right: string | undefined;
  rightVaried: boolean;
}

/** An English possessive (Rand’s, Uber's): string tests, not a regex, since every English token is checked. */
function isPossessive(text: string): boolean {
  return text.length > 2 && (text.endsWith('’s') || text.endsWith("'s"));
}

/** The key of the words `parts[start, end)`: English phrases count under the singular of their last word. */
function phraseKey(parts: readonly string[], start: number, end: number, lang: AnalysisLanguage): string {
  if (lang === 'zh') return parts.slice(start, end).join('');
  const words = parts.slice(start, end);
  words[words.length - 1] = singular(words[words.length - 1] ?? '');
  return words.join(' ');
}

/**
 * Every phrase key the headline holds, as candidates are keyed: for Chinese every run of up to
 * MAX_HAN characters (the headline is short), for English every run of up to four lower-cased words.
 */
function titleKeys(title: string, lang: AnalysisLanguage): Set<string> {
  const keys = new Set<string>();
  if (lang === 'zh') {
    const chars = [...title];
    for (let start = 0; start < chars.length; start++) {
      let key = '';
      for (let end = start; end < chars.length && end - start < MAX_HAN; end++) {
        key += chars[end];
        keys.add(key);
      }
    }
    return keys;
  }
  const words = (title.match(EN_TITLE_WORD) ?? []).map((word) => word.toLowerCase().replace(EN_POSSESSIVE, ''));
  for (let start = 0; start < words.length; start++) {
    for (let end = start + 1; end <= words.length && end - start <= MAX_TOKENS.en; end++) keys.add(phraseKey(words, start, end, 'en'));
  }
  return keys;
}

/**
 * A word's code for keying English n-grams: one UTF-16 unit for the first 0x8000 words of an article,
 * two (the first from 0x8000 up) after that. No code is a prefix of another, so a concatenation of codes
 * names exactly one sequence of words, and a key of up to four words is a short string that is cheap to
 * build and hash (the words themselves, joined, would be a long one for every n-gram).
 */
function wordCode(id: number): string {
  return id < 0x8000 ? String.fromCharCode(id) : String.fromCharCode(0x8000 + (id >> 16), id & 0xffff);
}

/** The key of the English words `[start, end]` (inclusive): the words, the last one as counted. */
function englishKey(words: readonly string[], counted: readonly string[], start: number, end: number): string {
  const last = counted[end] ?? '';
  return start === end ? last : `${words.slice(start, end).join(' ')} ${last}`;
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
 * @example extractTerms(doc).slice(0, 2).map(t => t.term) // ['新型工业化', '高质量发展']
 */
export function extractTerms(doc: Segmented): Term[] {
  const lang = doc.lang;
  const { tokens, sentenceTokens } = lang === 'zh' ? joinSplitWords(doc) : doc;
  const candidates = new Map<string, Candidate>();
  const maxTokens = MAX_TOKENS[lang];
  const totalTokens = Math.max(1, tokens.length);
  const inTitle = titleKeys(doc.title, lang);
  // One classification per token, reused by every n-gram that contains it. English possessives are
  // read as the word they mark (Rand’s → rand), which ends the phrase.
  // Chinese words are the tokens' own text; only English ones may differ (possessives).
  const english = lang === 'en';
  const words = english ? tokens.map((token) => (token.word && isPossessive(token.text) ? token.text.slice(0, -2) : token.text)) : undefined;
  // Each distinct word is looked up once per call (an article repeats most of its words): its class and
  // (English) its code for n-gram keys, both by the word's number in `vocabulary`.
  const vocabulary = new Map<string, number>();
  const classes: WordStat[] = [];
  const codes: string[] = [];
  const numberOf = (word: string): number => {
    let number = vocabulary.get(word);
    if (number === undefined) {
      number = vocabulary.size;
      vocabulary.set(word, number);
      classes.push(classifyWord(word, lang));
      if (english) codes.push(wordCode(number));
    }
    return number;
  };
  // Per-token arrays come from map(), which allocates them at their full length up front (growing a
  // long page's arrays by push, or sizing them with new Array(n), is much slower in V8).
  const tokenCodes = words?.map(() => '');
  const stats = tokens.map((token, index): WordStat => {
    if (!token.word) return FUNCTION_WORD;
    const number = numberOf(words?.[index] ?? token.text);
    if (tokenCodes) tokenCodes[index] = codes[number] ?? '';
    return classes[number] ?? UNLISTED;
  });
  const nameStarts = lang === 'zh' ? keepChineseNamesWhole(tokens, stats, UNLISTED) : new Uint8Array(0);
  if (english) keepEnglishNamesWhole(doc, stats);
  // (English) the form a word is counted under at the end of a phrase, once per token, and its code.
  const counted = words?.map((word, index) => (stats[index]?.cls === 'f' ? word : singular(word)));
  const countedCodes = counted?.map((form, index) => (form === words?.[index] ? (tokenCodes?.[index] ?? '') : (codes[numberOf(form)] ?? '')));
  /** What boundary statistics see of a neighbouring token: '#' for a function word or punctuation. */
  const neighbourAt = (index: number): string => (stats[index]?.cls === 'f' ? '#' : (tokens[index]?.text ?? '#'));

  doc.sentences.forEach((sentence, sentenceIndex) => {
    const block = doc.blocks[sentence.block];
    // The headline is read once, as a whole (`inTitle`), whether or not the page repeats it as a block.
    if (!block || block.role === 'meta' || block.role === 'caption' || block.role === 'title' || block.role === 'code') return;
    const inHeading = block.role === 'heading' || block.emphasis;
    const [from, to] = sentenceTokens[sentenceIndex] ?? [0, 0];
    for (let i = from; i < to; i++) {
      const first = tokens[i];
      const firstStat = stats[i];
      if (!first || !firstStat || firstStat.cls === 'f' || firstStat.cls === 's') continue;
      if (lang === 'zh' && first.text.length === 1 && BAD_FIRST_HAN.has(first.text)) continue;
      const upperFirst = lang === 'en' && isUpperAt(block.text, first.start);
      if (lang === 'en' && !upperFirst && isEnglishPastVerb(first.text)) continue;
      const left = i > from ? neighbourAt(i - 1) : '#';
      let chars = 0;
      let prefix = '';
      let prefixCodes = '';
      let maxSpecificity = 0;
      let closed = false;
      for (let j = i; j < to && j - i < maxTokens && !closed; j++) {
        const token = tokens[j];
        const stat = stats[j];
        const word = words?.[j] ?? token?.text ?? '';
        if (!token || !stat || !token.word) break;
        const inner = lang === 'en' && j > i && upperFirst && EN_INNER_WORDS.has(word);
        if (stat.cls === 'f' && !inner) break;
        // A verb may stand alone (停机, 拦截 can be what a story is about), never inside a phrase; it may
        // close a Chinese phrase that opens with a noun (高质量发展, 科技创新, 电信诈骗), and the phrase
        // stops there — but not a name's (方创琳研究员: what the person is or did).
        const closing = lang === 'zh' && stat.cls === 'v' && j > i && firstStat.cls !== 'v' && nameStarts[i] !== 1;
        if (stat.cls === 'v' && j > i && !closing) break;
        const possessive = word !== token.text;
        closed = closing || possessive;
        chars += word.length;
        if (lang === 'zh' && chars > MAX_HAN) break;
        // Built incrementally: one or two concatenations per n-gram, no joins or slices. Chinese keys are
        // the characters (at most MAX_HAN); English ones the words' codes.
        let key: string;
        if (lang === 'zh') {
          key = prefix + word;
          prefix = key;
        } else {
          key = prefixCodes + (countedCodes?.[j] ?? '');
          prefixCodes += tokenCodes?.[j] ?? '';
        }
        if (!inner) maxSpecificity = Math.max(maxSpecificity, stat.specificity);
        // Modifiers never end a phrase (nor stand alone in English).
        if (inner || (stat.cls === 'a' && (j > i || lang === 'en'))) continue;
        const single = j === i;
        if (firstStat.cls === 'v' && !single) break;
        if (single && (stat.cls === 'a' || (stat.cls === 'v' && lang === 'en'))) continue;
        // A person with their title (习近平总书记, 马莉老师) is the name; other title phrases are terms (女民警, 首席投资官).
        if (lang === 'zh' && !single && TITLES.has(word) && SURNAMES.has(first.text)) continue;
        if (lang === 'zh' && word.length === 1 && BAD_LAST_HAN.has(word)) continue;
        if (single && word.length < (lang === 'zh' ? 2 : 3)) continue;
        if (lang === 'en' && stat.cls !== 'n' && isEnglishAdverb(word)) continue;
        const end = possessive ? token.end - 2 : token.end;
        let candidate = candidates.get(key);
        if (!candidate) {
          const phrase = words && counted ? englishKey(words, counted, i, j) : key;
          candidate = {
            key: phrase,
            firstToken: i,
            size: j - i + 1,
            surface: block.text.slice(first.start, end),
            count: 0,
            first: i / totalTokens,
            chars,
            specificity: single ? stat.specificity : Math.min(1, PHRASE_SPECIFICITY_FLOOR + (1 - PHRASE_SPECIFICITY_FLOOR) * maxSpecificity),
            inTitle: inTitle.has(phrase),
            inHeading: false,
            capitalised: true,
            verbal: closing,
            // The singular is counted and the plural shown (servers → server).
            plural: lang === 'en' && counted?.[j] !== word,
            atSentenceStart: lang === 'en' && i === from,
            left: undefined,
            leftVaried: false,
            right: undefined,
            rightVaried: false,
          };
          candidates.set(key, candidate);
        } else if ((candidate.plural && counted?.[j] === word) || (candidate.atSentenceStart && i > from)) {
          // Show the singular when the article uses it too (server, not servers), and the form from inside a sentence.
          candidate.surface = block.text.slice(first.start, end);
          candidate.plural &&= counted?.[j] !== word;
          candidate.atSentenceStart = false;
        }
        const right = j + 1 < to ? neighbourAt(j + 1) : '#';
        if (candidate.left === undefined) candidate.left = left;
        else if (candidate.left !== left) candidate.leftVaried = true;
        if (candidate.right === undefined) candidate.right = right;
        else if (candidate.right !== right) candidate.rightVaried = true;
        candidate.count++;
        // A name is capitalised at both ends wherever it occurs inside a sentence (not "Con Edison officials").
        if (lang === 'en' && i > from && (!upperFirst || !isUpperAt(block.text, token.start))) candidate.capitalised = false;
        if (inHeading) candidate.inHeading = true;
      }
    }
  });

  /** The word of token `index` as phrases count it. */
  const wordAt = (index: number): string => words?.[index] ?? tokens[index]?.text ?? '';
  const scored = rankCandidates(candidates.values(), lang, wordAt);
  if (lang === 'en') nameInFull(scored, candidates.values(), wordAt);
  scored.sort((a, b) => b.score - a.score || a.term.localeCompare(b.term));
  return selectTerms(scored);
}

/**
 * Scores the candidates that recur (or recur once and are in the headline), longest first: a phrase
 * that survives takes the occurrences of the shorter ones inside it — all of them when it accounts
 * for most (NESTED_SHARE), else its share is subtracted from theirs — and a phrase the headline holds
 * takes the headline boost from the shorter ones inside it, unless it ends with a verb.
 */
function rankCandidates(candidates: Iterable<Candidate>, lang: AnalysisLanguage, wordAt: (index: number) => string): Term[] {
  // Bucketed by length rather than sorted: lengths are 1…MAX_TOKENS.
  const byLength: Candidate[][] = [];
  for (const candidate of candidates) {
    if (candidate.count + (candidate.inTitle ? 1 : 0) < MIN_COUNT) continue;
    (byLength[candidate.size] ??= []).push(candidate);
  }
  const frequent = byLength.reverse().flatMap((entries) => entries ?? []);
  // Largest count of a surviving longer phrase that contains a given phrase.
  const parentCount = new Map<string, number>();
  const titleCovered = new Set<string>();
  const scored: Term[] = [];
  for (const candidate of frequent) {
    const key = candidate.key;
    const parent = parentCount.get(key) ?? 0;
    if (parent >= NESTED_SHARE * candidate.count) continue;
    // Boundary statistics: a phrase always preceded (or followed) by the same word is a fragment of a
    // longer one (化构筑…, 汇聚起推进新型工业|化) — except a name always followed by its title.
    if (candidate.count > 1 && !candidate.leftVaried && candidate.left !== '#') continue;
    if (candidate.count > 1 && !candidate.rightVaried && candidate.right !== '#' && !(lang === 'zh' && TITLES.has(candidate.right ?? ''))) continue;
    const n = candidate.size;
    const parts = Array.from({ length: n }, (_, k) => wordAt(candidate.firstToken + k));
    for (let length = 1; length < n; length++) {
      for (let start = 0; start + length <= n; start++) {
        const sub = phraseKey(parts, start, start + length, lang);
        if ((parentCount.get(sub) ?? 0) < candidate.count) parentCount.set(sub, candidate.count);
        if (candidate.inTitle && !candidate.verbal) titleCovered.add(sub);
      }
    }
    const single = n === 1;
    let score = (candidate.count - parent + (candidate.inTitle ? 1 : 0)) * candidate.specificity ** SPECIFICITY_POWER;
    score *= single ? SINGLE_WORD_WEIGHT : n >= 3 ? LONG_PHRASE_WEIGHT : 1;
    if (candidate.inTitle && !titleCovered.has(key)) score *= single ? TITLE_WORD_BOOST : TITLE_BOOST;
    if (candidate.inHeading) score *= HEADING_BOOST;
    if (candidate.verbal) score *= VERBAL_WEIGHT;
    if (single && (TITLES.has(key) || GENERIC[lang].has(key))) score *= GENERIC_FACTOR;
    if (lang === 'en' && candidate.capitalised) score *= NAME_BOOST;
    score *= 1 + POSITION_BOOST * (1 - candidate.first);
    scored.push({ term: lang === 'en' && candidate.atSentenceStart ? sentenceCase(candidate, parts[0] ?? '') : candidate.surface, score, count: candidate.count });
  }
  return scored;
}

/**
 * An English phrase seen only at the start of sentences, with the sentence's capital taken off when
 * it is a common word and the rest of the phrase is lower-case ("Economic mobility" → "economic
 * mobility"); names keep theirs (Minecraft, Apple Vision Pro).
 */
function sentenceCase(candidate: Candidate, firstWord: string): string {
  const surface = candidate.surface;
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
function nameInFull(scored: Term[], candidates: Iterable<Candidate>, wordAt: (index: number) => string): void {
  const fullForms = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const n = candidate.size;
    if (n < 2 || n > 3 || !candidate.capitalised || candidate.count < 1 || !CAPITALISED_WORDS.test(candidate.surface)) continue;
    for (const part of [wordAt(candidate.firstToken), wordAt(candidate.firstToken + n - 1)]) {
      const current = fullForms.get(part);
      if (!current || candidate.count > current.count) fullForms.set(part, candidate);
    }
  }
  for (const term of scored) {
    if (term.term.includes(' ') || !UPPER_INITIAL.test(term.term)) continue;
    const full = fullForms.get(term.term.toLowerCase());
    if (!full) continue;
    term.term = full.surface;
    term.count += full.count;
  }
}
