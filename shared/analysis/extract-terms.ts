import type { Term } from '../schema/index.ts';
import * as en from './lang/en.ts';
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
/** Down-weight for a single broad word (经济, government): a stand-in for background document frequency. */
const GENERIC_FACTOR = 0.35;
/**
 * Down-weight for any single dictionary word: one word is usually broader than a phrase, and without
 * background frequencies this is the cheapest proxy for "common in all news".
 */
const SINGLE_WORD_FACTOR = 0.55;
/** A longer phrase around a better term is dropped when it is this much rarer (全国新型工业化推进大会 vs 新型工业化). */
const RARER_WRAPPER = 0.5;
/** How many terms to return. */
const MAX_TERMS = 20;

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
const BAD_FIRST_HAN = new Set('的了着过地得之等们和与及或而把被将让使对向给从在为是有这那其该此每各');

interface Candidate {
  parts: string[];
  surface: string;
  count: number;
  first: number;
  chars: number;
  inTitle: boolean;
  inHeading: boolean;
  /** The word before each occurrence ('#' = a boundary or function word), and whether it ever differed. */
  left: string | undefined;
  leftVaried: boolean;
  right: string | undefined;
  rightVaried: boolean;
}

/**
 * The neighbour of an occurrence as boundary statistics see it: a function word or punctuation is a
 * boundary ('#'), any other word is itself.
 */
function neighbour(token: Token | undefined, lang: Segmented['lang']): string {
  return !token || !token.word || STOPWORDS[lang].has(token.text) ? '#' : token.text;
}

function isEdgeOk(token: Token, lang: Segmented['lang'], edge: 'first' | 'last', single: boolean): boolean {
  if (!token.word || NUMERIC.test(token.text) || STOPWORDS[lang].has(token.text)) return false;
  if ((edge === 'first' || single) && BARE_VERBS[lang].has(token.text)) return false;
  if (lang === 'zh' && edge === 'last' && !single && TITLES.has(token.text)) return false;
  if (lang === 'zh') {
    const c = edge === 'first' ? token.text[0] : token.text[token.text.length - 1];
    if (token.text.length === 1 && (edge === 'first' ? BAD_FIRST_HAN : BAD_LAST_HAN).has(c ?? '')) return false;
    if (single && token.text.length < 2) return false;
  } else if (single && token.text.length < 3) return false;
  return true;
}

/**
 * Key terms, best first: whole phrases rebuilt from segmenter tokens (新型|工业|化 → 新型工业化), counted
 * across the article; a phrase may not start or end with a function word or generic verb; a sub-phrase
 * that nearly always occurs inside a longer one is merged into it (高质量 → 高质量发展). Scored by count ×
 * length (longer phrases are more specific), boosted when the title or a heading uses them, with broad
 * single words down-weighted.
 *
 * @example extractTerms(doc).slice(0, 2).map(t => t.term) // ['新型工业化', '高质量发展']
 */
export function extractTerms(doc: Segmented): Term[] {
  const lang = doc.lang;
  const candidates = new Map<string, Candidate>();
  const maxTokens = MAX_TOKENS[lang];
  const joiner = lang === 'zh' ? '' : ' ';
  const totalTokens = Math.max(1, doc.tokens.length);
  doc.sentences.forEach((sentence, sentenceIndex) => {
    const block = doc.blocks[sentence.block];
    if (!block || block.role === 'meta' || block.role === 'caption') return;
    const [from, to] = doc.sentenceTokens[sentenceIndex] ?? [0, 0];
    for (let i = from; i < to; i++) {
      const first = doc.tokens[i];
      if (!first || !isEdgeOk(first, lang, 'first', false)) continue;
      let chars = 0;
      let key = '';
      for (let j = i; j < to && j - i < maxTokens; j++) {
        const token = doc.tokens[j];
        if (!token || !token.word) break;
        chars += token.text.length;
        if (lang === 'zh' && chars > MAX_HAN) break;
        // Built incrementally: one concatenation per n-gram, no joins or slices.
        key = j === i ? token.text : key + joiner + token.text;
        if (!isEdgeOk(token, lang, 'last', j === i)) continue;
        let candidate = candidates.get(key);
        if (!candidate) {
          candidate = {
            parts: doc.tokens.slice(i, j + 1).map((part) => part.text),
            surface: block.text.slice(first.start, token.end),
            count: 0,
            first: i / totalTokens,
            chars,
            inTitle: false,
            inHeading: false,
            left: undefined,
            leftVaried: false,
            right: undefined,
            rightVaried: false,
          };
          candidates.set(key, candidate);
        }
        if (block.role === 'title') candidate.inTitle = true;
        else {
          const left = neighbour(i > from ? doc.tokens[i - 1] : undefined, lang);
          const right = neighbour(j + 1 < to ? doc.tokens[j + 1] : undefined, lang);
          if (candidate.left === undefined) candidate.left = left;
          else if (candidate.left !== left) candidate.leftVaried = true;
          if (candidate.right === undefined) candidate.right = right;
          else if (candidate.right !== right) candidate.rightVaried = true;
          candidate.count++;
          if (block.role === 'heading' || block.emphasis) candidate.inHeading = true;
        }
      }
    }
  });

  // Largest share of a phrase's occurrences taken by one longer phrase that contains it.
  const frequent = [...candidates.entries()].filter(([, candidate]) => candidate.count >= MIN_COUNT);
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
    if (!candidate.leftVaried && candidate.left !== '#') continue;
    if (!candidate.rightVaried && candidate.right !== '#' && !(lang === 'zh' && TITLES.has(candidate.right ?? ''))) continue;
    if (STOPWORDS[lang].has(key) || BARE_VERBS[lang].has(key)) continue;
    const single = candidate.parts.length === 1;
    const lengthWeight = lang === 'zh' ? Math.log2(1 + candidate.chars) : 1 + 0.6 * (candidate.parts.length - 1);
    let score = candidate.count * lengthWeight;
    if (candidate.inTitle) score *= TITLE_BOOST;
    if (candidate.inHeading) score *= HEADING_BOOST;
    if (single) score *= SINGLE_WORD_FACTOR;
    if (single && TITLES.has(key)) score *= GENERIC_FACTOR;
    if (single && GENERIC[lang].has(key)) score *= GENERIC_FACTOR;
    score *= 1 + 0.2 * (1 - candidate.first); // earlier is a little more central
    scored.push({ term: candidate.surface, score, count: candidate.count });
  }
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
