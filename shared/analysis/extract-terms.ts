import type { Term } from '../schema/index.ts';
import * as en from './lang/en.ts';
import { EN_TERM_STATS, ZH_TERM_STATS } from './lang/term-stats.ts';
import * as zh from './lang/zh.ts';
import type { Segmented, Token } from './model/types.ts';

/** Longest phrase, in tokens: ICU splits 中国式现代化 into four (中国|式|现代|化). */
const MAX_TOKENS = { zh: 6, en: 4 } as const;
/** Longest Chinese phrase in characters (event names like 全国新型工业化推进大会 are 11). */
const MAX_HAN = 12;
/** A phrase must occur this often to be a term (a single mention is not what the article is about). */
const MIN_COUNT = 2;
/**
 * A sub-phrase is merged into a longer one when the longer one accounts for at least this share of its
 * occurrences: 新型工业 always continues as 新型工业化 (share 1), 高质量 nearly always as 高质量发展.
 * 0.7 keeps 盐湖 when it appears in several different phrases (盐湖产业, 盐湖资源).
 */
const NESTED_SHARE = 0.7;
/** Boosts for phrases the page itself puts forward. */
const TITLE_BOOST = 1.6;
const HEADING_BOOST = 1.3;
/** Down-weight for a single broad word from the curated lists (经济, government), on top of the table. */
const GENERIC_FACTOR = 0.5;
/** A longer phrase around a better term is dropped when it is this much rarer (全国新型工业化推进大会 vs 新型工业化). */
const RARER_WRAPPER = 0.5;
/** How many terms to return. */
const MAX_TERMS = 20;
/**
 * Specificity of a phrase of several words: recurring multi-word phrases are specific whatever their
 * parts, so the floor is high; the rarest part lifts it further (盐湖产业 over 发展方式).
 */
const PHRASE_SPECIFICITY_FLOOR = 0.6;
/**
 * English capitalised phrases (names of people, organisations, products) seen capitalised at every
 * non-initial occurrence are ranked with concepts, a little ahead (issue 3 item 5).
 */
const NAME_BOOST = 1.4;
/** English phrases may hold "of" between capitalised words (Department of Environmental Protection). */
const EN_INNER_WORDS: ReadonlySet<string> = new Set(['of']);
/** English adverbs in -ly ("literally burning", "roughly"); not -ily/-ply nouns (family, supply). */
const EN_ADVERB = /(?<![ip])ly$/u;
/** English contractions (wasn’t, I’ve): never terms. */
const EN_CONTRACTION = /['’]/u;
/** English past forms that open verb phrases, not terms ("released proof-of-concept", "retweeted"); not -eed (speed). */
const EN_PAST_VERB = /[^e]ed$/u;
/** Every word of a surface capitalised: a name ("David Emery", "West Mercia Police"). */
const CAPITALISED_WORDS = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+$/u;

const STOPWORDS = { zh: new Set<string>(zh.STOPWORDS), en: new Set<string>(en.STOPWORDS) };
const BARE_VERBS = { zh: new Set<string>(zh.BARE_VERBS), en: new Set<string>(en.BARE_VERBS) };
/** A title ends a person reference, not a term (习近平总书记 → the term is the name). */
const TITLES: ReadonlySet<string> = new Set([...zh.TITLES, ...zh.HONORIFICS]);
const GENERIC = { zh: new Set<string>(zh.GENERIC_WORDS), en: new Set<string>(en.GENERIC_WORDS) };
/** Tokens that are only digits or digits with units/punctuation (2023, 9月). */
const NUMERIC = /^[\p{N}.,%]+$/u;
/** Han characters that cannot end a phrase (particles, measure words). */
const BAD_LAST_HAN = new Set('的了着过地得之等们个种次位名家第年月日时');
/** Han characters that cannot start a phrase. */
const BAD_FIRST_HAN = new Set('的了着过地得之等们和与及或而把被将让使对向给从在为是有这那其该此每各由并首');
/** A capital letter: the surface of an English name. */
const UPPER_INITIAL = /^\p{Lu}/u;

/** What the background table says about a word: its class and how specific (rare) it is, 0–1. */
interface WordStat {
  cls: 'f' | 'v' | 'a' | 'n';
  specificity: number;
}

const FUNCTION_WORD: WordStat = { cls: 'f', specificity: 0 };
/** Marked by its low specificity (0.2) as a curated verb: it may end a phrase, as a last word. */
const CURATED_VERB: WordStat = { cls: 'v', specificity: 0.2 };
/** Unlisted words are rare in general text, hence specific. */
const UNLISTED: WordStat = { cls: 'n', specificity: 1 };

/** Builds the word → statistics map from the generated table (keys: class letter(s) + bucket digit). */
function loadStats(table: Readonly<Record<string, string>>): Map<string, WordStat> {
  const stats = new Map<string, WordStat>();
  for (const [key, words] of Object.entries(table)) {
    const bucket = Number(key.slice(-1));
    const cls = (key.length > 1 ? key[0] : 'n') as WordStat['cls'];
    const stat: WordStat = { cls, specificity: (bucket + 1) / 11 };
    for (const word of words.split(' ')) if (word && !stats.has(word)) stats.set(word, stat);
  }
  return stats;
}
/** Parsed once per process (≈ 17,000 words). */
const BACKGROUND = { zh: loadStats(ZH_TERM_STATS), en: loadStats(EN_TERM_STATS) };

interface Candidate {
  parts: string[];
  surface: string;
  count: number;
  first: number;
  chars: number;
  specificity: number;
  inTitle: boolean;
  inHeading: boolean;
  /** Every non-initial occurrence was capitalised (English names). */
  capitalised: boolean;
  /** The word before each occurrence ('#' = a boundary or function word), and whether it ever differed. */
  left: string | undefined;
  leftVaried: boolean;
  right: string | undefined;
  rightVaried: boolean;
}

/**
 * A token's class for phrase building: the curated lists win (stopwords → function word, generic verbs
 * → verb), then the background table. Chinese single characters not in the curated lists count as
 * content: ICU splits rare names into characters (彭|静|旋), and a name must not break at 旋 (a verb
 * in the dictionary).
 */
function classify(token: Token, lang: Segmented['lang']): WordStat {
  const text = token.text;
  if (!token.word || NUMERIC.test(text) || STOPWORDS[lang].has(text)) return { cls: 'f', specificity: 0 };
  // Curated generic verbs may end a phrase (高质量发展), never start one (推进新型工业化).
  if (BARE_VERBS[lang].has(text)) return CURATED_VERB;
  const listed = BACKGROUND[lang].get(text);
  const stat = listed ?? UNLISTED;
  if (lang === 'zh') {
    if (text.length === 1) {
      if (BAD_FIRST_HAN.has(text) && BAD_LAST_HAN.has(text)) return FUNCTION_WORD;
      return { cls: 'n', specificity: stat.specificity };
    }
    // ICU keeps some particle-glued words the dictionary lacks (她的, 作了, 由外资): function words.
    if (!listed && (BAD_LAST_HAN.has(text[text.length - 1] ?? '') || BAD_FIRST_HAN.has(text[0] ?? ''))) return FUNCTION_WORD;
    return stat;
  }
  if (EN_CONTRACTION.test(text) || (EN_ADVERB.test(text) && text.length > 4)) return FUNCTION_WORD;
  return stat;
}

/**
 * The neighbour of an occurrence as boundary statistics see it: a function word or punctuation is a
 * boundary ('#'), any other word is itself.
 */
function neighbour(token: Token | undefined, lang: Segmented['lang']): string {
  return !token || !token.word || STOPWORDS[lang].has(token.text) ? '#' : token.text;
}

/**
 * Key terms, best first: whole phrases rebuilt from segmenter tokens (新型|工业|化 → 新型工业化), counted
 * across the article. A phrase never holds a function word (的, 在, 自己, the) and never starts with or
 * holds a verb (推进新型工业化 is an action, 新型工业化 the term); it may end with a verbal noun
 * (高质量发展). A sub-phrase that nearly always occurs inside a longer one is merged into it (高质量 →
 * 高质量发展). Scored by count × specificity² × length: specificity comes from the background table
 * built from dictionary frequencies (lang/term-stats.ts), so broad words (经济, year) sink and rare ones
 * (古筝, Minecraft) rise; boosted when the title or a heading uses them; English names a little ahead.
 *
 * @example extractTerms(doc).slice(0, 2).map(t => t.term) // ['新型工业化', '高质量发展']
 */
export function extractTerms(doc: Segmented): Term[] {
  const lang = doc.lang;
  const candidates = new Map<string, Candidate>();
  const maxTokens = MAX_TOKENS[lang];
  const joiner = lang === 'zh' ? '' : ' ';
  const totalTokens = Math.max(1, doc.tokens.length);
  // One classification per token, reused by every n-gram that contains it.
  const stats = doc.tokens.map((token) => classify(token, lang));
  doc.sentences.forEach((sentence, sentenceIndex) => {
    const block = doc.blocks[sentence.block];
    if (!block || block.role === 'meta' || block.role === 'caption') return;
    const [from, to] = doc.sentenceTokens[sentenceIndex] ?? [0, 0];
    for (let i = from; i < to; i++) {
      const first = doc.tokens[i];
      const firstStat = stats[i];
      if (!first || !firstStat || firstStat.cls === 'f') continue;
      if (lang === 'zh' && first.text.length === 1 && BAD_FIRST_HAN.has(first.text)) continue;
      const upperFirst = lang === 'en' && UPPER_INITIAL.test(block.text[first.start] ?? '');
      if (lang === 'en' && !upperFirst && EN_PAST_VERB.test(first.text)) continue;
      let chars = 0;
      let key = '';
      let maxSpecificity = 0;
      let closed = false;
      for (let j = i; j < to && j - i < maxTokens && !closed; j++) {
        const token = doc.tokens[j];
        const stat = stats[j];
        if (!token || !stat || !token.word) break;
        const inner = lang === 'en' && j > i && EN_INNER_WORDS.has(token.text) && upperFirst;
        if (stat.cls === 'f' && !inner) break;
        // A verb may stand alone (停机, 拦截 can be what a story is about), never inside a phrase; it may
        // close a phrase that opens with a noun (高质量发展, 科技创新, 电信诈骗), and the phrase stops there.
        const closing = stat.cls === 'v' && j > i && firstStat.cls !== 'v';
        if (stat.cls === 'v' && j > i && !closing) break;
        closed = closing;
        chars += token.text.length;
        if (lang === 'zh' && chars > MAX_HAN) break;
        // Built incrementally: one concatenation per n-gram, no joins or slices.
        key = j === i ? token.text : key + joiner + token.text;
        if (!inner) maxSpecificity = Math.max(maxSpecificity, stat.specificity);
        if (inner || (stat.cls === 'a' && j > i)) continue;
        const single = j === i;
        if (firstStat.cls === 'v' && !single) break;
        if (lang === 'zh' && !single && TITLES.has(token.text)) continue;
        if (lang === 'zh' && token.text.length === 1 && BAD_LAST_HAN.has(token.text)) continue;
        if (single && token.text.length < (lang === 'zh' ? 2 : 3)) continue;
        if (lang === 'en' && EN_ADVERB.test(token.text) && stat.cls !== 'n') continue;
        let candidate = candidates.get(key);
        if (!candidate) {
          candidate = {
            parts: doc.tokens.slice(i, j + 1).map((part) => part.text),
            surface: block.text.slice(first.start, token.end),
            count: 0,
            first: i / totalTokens,
            chars,
            specificity: single ? stat.specificity : Math.min(1, PHRASE_SPECIFICITY_FLOOR + (1 - PHRASE_SPECIFICITY_FLOOR) * maxSpecificity),
            inTitle: false,
            inHeading: false,
            capitalised: true,
            left: undefined,
            leftVaried: false,
            right: undefined,
            rightVaried: false,
          };
          candidates.set(key, candidate);
        }
        if (block.role === 'title') {
          candidate.inTitle = true;
          continue;
        }
        const left = neighbour(i > from ? doc.tokens[i - 1] : undefined, lang);
        const right = neighbour(j + 1 < to ? doc.tokens[j + 1] : undefined, lang);
        if (candidate.left === undefined) candidate.left = left;
        else if (candidate.left !== left) candidate.leftVaried = true;
        if (candidate.right === undefined) candidate.right = right;
        else if (candidate.right !== right) candidate.rightVaried = true;
        candidate.count++;
        if (lang === 'en' && i > from && !upperFirst) candidate.capitalised = false;
        if (block.role === 'heading' || block.emphasis) candidate.inHeading = true;
      }
    }
  });

  // Largest share of a phrase's occurrences taken by one longer phrase that contains it.
  const frequent = [...candidates.entries()].filter(([, candidate]) => candidate.count + (candidate.inTitle ? 1 : 0) >= MIN_COUNT && candidate.count > 0);
  const parentCount = new Map<string, number>();
  for (const [, candidate] of frequent) {
    const n = candidate.parts.length;
    for (let length = 1; length < n; length++) {
      for (let start = 0; start + length <= n; start++) {
        const sub = candidate.parts.slice(start, start + length).join(joiner);
        if ((parentCount.get(sub) ?? 0) < candidate.count) parentCount.set(sub, candidate.count);
      }
    }
  }

  const scored: Term[] = [];
  for (const [key, candidate] of frequent) {
    if ((parentCount.get(key) ?? 0) >= NESTED_SHARE * candidate.count) continue;
    // Boundary statistics: a phrase always preceded (or followed) by the same word is a fragment of a
    // longer one (化构筑…, 汇聚起推进新型工业|化) — except a name always followed by its title.
    if (candidate.count > 1 && !candidate.leftVaried && candidate.left !== '#') continue;
    if (candidate.count > 1 && !candidate.rightVaried && candidate.right !== '#' && !(lang === 'zh' && TITLES.has(candidate.right ?? ''))) continue;
    const single = candidate.parts.length === 1;
    const lengthWeight = lang === 'zh' ? Math.log2(1 + candidate.chars) : 1 + 0.6 * (candidate.parts.length - 1);
    let score = (candidate.count + (candidate.inTitle ? 1 : 0)) * candidate.specificity * candidate.specificity * lengthWeight;
    if (candidate.inTitle) score *= TITLE_BOOST;
    if (candidate.inHeading) score *= HEADING_BOOST;
    if (single && TITLES.has(key)) score *= GENERIC_FACTOR;
    if (single && GENERIC[lang].has(key)) score *= GENERIC_FACTOR;
    if (lang === 'en' && candidate.capitalised) score *= NAME_BOOST;
    score *= 1 + 0.2 * (1 - candidate.first); // earlier is a little more central
    scored.push({ term: candidate.surface, score, count: candidate.count });
  }
  if (lang === 'en') nameInFull(scored, candidates);
  scored.sort((a, b) => b.score - a.score || a.term.localeCompare(b.term));
  const top: Term[] = [];
  for (const term of scored) {
    if (top.length >= MAX_TERMS) break;
    const needle = lang === 'zh' ? term.term : term.term.toLowerCase();
    const wraps = top.some((kept) => needle.includes(lang === 'zh' ? kept.term : kept.term.toLowerCase()) && term.count < RARER_WRAPPER * kept.count);
    if (!wraps) top.push(term);
  }
  const best = top[0]?.score ?? 1;
  return top.map((term) => ({ ...term, score: Math.round((term.score / best) * 1000) / 1000 }));
}

/**
 * English names are introduced in full once and then shortened ("David Emery" … "Emery said"): a
 * one-word name term takes the full form that the article used for it (the most frequent capitalised
 * two- or three-word phrase starting or ending with it), with both counts together.
 */
function nameInFull(scored: Term[], candidates: ReadonlyMap<string, Candidate>): void {
  const fullForms = new Map<string, Candidate>();
  for (const candidate of candidates.values()) {
    const n = candidate.parts.length;
    if (n < 2 || n > 3 || candidate.count < 1 || !CAPITALISED_WORDS.test(candidate.surface)) continue;
    for (const part of [candidate.parts[0] ?? '', candidate.parts[n - 1] ?? '']) {
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
