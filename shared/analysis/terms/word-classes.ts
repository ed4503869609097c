import * as en from '../lang/en.ts';
import { EN_TERM_STATS, ZH_TERM_STATS } from '../lang/term-stats.ts';
import * as zh from '../lang/zh.ts';
import type { AnalysisLanguage } from '../model/types.ts';

/**
 * A word's class for phrase building (scripts/build-term-stats.ts derives them from dictionary data):
 * f = function word (never inside a term); v = verb (alone, or closing a Chinese phrase: 高质量发展);
 * a = modifier (starts or sits inside a term, never ends one nor stands alone: economic mobility,
 * 未来科学大奖); s = suffix (inside or last, never first: 中国式); n = content.
 */
export type WordClass = 'f' | 'v' | 'a' | 's' | 'n';

/** What the background table says about a word: its class and how specific (rare) it is, 0–1. */
export interface WordStat {
  cls: WordClass;
  specificity: number;
}

export const FUNCTION_WORD: WordStat = { cls: 'f', specificity: 0 };
/** A curated generic verb (推进, 发展): may close a Chinese phrase, and ranks very low alone. */
const CURATED_VERB: WordStat = { cls: 'v', specificity: 0.2 };
/** Unlisted words are rare in general text, hence specific. */
export const UNLISTED: WordStat = { cls: 'n', specificity: 1 };
/** Listed words get a bucket 0–9 (0 = the commonest); unlisted ones count as the next bucket. */
const BUCKETS = 10;

export const STOPWORDS = { zh: new Set<string>(zh.STOPWORDS), en: new Set<string>(en.STOPWORDS) };
export const BARE_VERBS = { zh: new Set<string>(zh.BARE_VERBS), en: new Set<string>(en.BARE_VERBS) };
/** Tokens that are only digits or digits with units/punctuation (2023, 9月). */
const NUMERIC = /^[\p{N}.,%]+$/u;

/**
 * `NUMERIC`, with the regex run only when the first character could be a number: most words start with
 * a Latin letter or a common Han character (CJK unified ideographs are all letters, never numbers).
 */
function isNumeric(text: string): boolean {
  const code = text.charCodeAt(0);
  const lower = code | 32;
  if ((lower >= 97 && lower <= 122) || (code >= 0x4e00 && code <= 0x9fff)) return false;
  return NUMERIC.test(text);
}
/**
 * Chinese numbers of two characters or more, alone or with a unit (十几米, 万元, 两百): quantities,
 * never terms. A single numeral stays content: it starts names of things (八国联盟, 三峡).
 */
const ZH_NUMBER = /^[零〇一二三四五六七八九十百千万亿几两半数]+[元米年月日号个人次岁倍天时分秒里斤吨户家名位场]?$/u;
/** The characters a ZH_NUMBER starts with: a word starting with another is tested no further. */
const ZH_NUMBER_FIRST: ReadonlySet<number> = new Set([...'零〇一二三四五六七八九十百千万亿几两半数'].map((char) => char.charCodeAt(0)));
/** Han characters that cannot end a phrase (particles, measure words). */
export const BAD_LAST_HAN: ReadonlySet<string> = new Set('的了着过地得之等们个种次位名家第年月日时');
/** Han characters that cannot start a phrase. */
export const BAD_FIRST_HAN: ReadonlySet<string> = new Set('的了着过地得之等们和与及或而把被将让使对向给从在为是有这那其该此每各由并首');
/** Adverbs that ICU glues onto the next word (只为, 更多, 不知道): an unlisted word starting with one is not a term. */
const ADVERB_HAN: ReadonlySet<string> = new Set('只不更很也都还就才又再已最没并却');
/**
 * English adverbs in -ly ("literally burning", "roughly"); not -ily/-ply nouns (family, supply).
 * String tests, not a regex: every English word is checked.
 */
export function isEnglishAdverb(word: string): boolean {
  if (!word.endsWith('ly')) return false;
  const before = word[word.length - 3];
  return before !== 'i' && before !== 'p';
}
/** English contractions (wasn’t, I’ve): never terms. */
function isContraction(word: string): boolean {
  return word.includes("'") || word.includes('’');
}
/** Month names and their abbreviations (Dec, Sept): dates, never terms. */
const EN_MONTHS: ReadonlySet<string> = new Set([...en.MONTHS, ...en.MONTHS.map((month) => month.slice(0, 3)), 'sept']);
/** English plural endings folded onto the singular for counting (servers → server, companies → company); all end in s. */
const EN_PLURAL_IES = /(?<=\p{L}{2})ies$/u;
const EN_PLURAL_ES = /(?:ss|ch|sh|x|zz)es$/u;
const EN_PLURAL_S = /(?<=\p{L}{2}[^su'’])s$/u;

/** Builds the word → statistics map from the generated table (keys: class letter + bucket digit). */
function loadStats(table: Readonly<Record<string, string>>): Map<string, WordStat> {
  const stats = new Map<string, WordStat>();
  for (const [key, words] of Object.entries(table)) {
    const bucket = Number(key.slice(-1));
    const cls = (key.length > 1 ? key[0] : 'n') as WordClass;
    const stat: WordStat = { cls, specificity: (bucket + 1) / (BUCKETS + 1) };
    for (const word of words.split(' ')) if (word && !stats.has(word)) stats.set(word, stat);
  }
  return stats;
}

/** Parsed once per process (≈ 15,000 words). */
export const BACKGROUND = { zh: loadStats(ZH_TERM_STATS), en: loadStats(EN_TERM_STATS) };

/**
 * A word's class and specificity for phrase building: the curated lists win (stopwords → function
 * word, generic verbs → verb), then the background table. Chinese single characters not in the curated
 * lists count as content, whatever the dictionary says of them alone: ICU splits rare words and names
 * into characters (彭|静|旋, 失|联), and the phrase must not break at 旋 or 联; suffixes (式, 型) keep
 * their class. Depends on the text only, so callers may classify each distinct word once.
 */
export function classifyWord(text: string, lang: AnalysisLanguage): WordStat {
  if (isNumeric(text) || STOPWORDS[lang].has(text)) return FUNCTION_WORD;
  if (BARE_VERBS[lang].has(text)) return CURATED_VERB;
  const listed = BACKGROUND[lang].get(text);
  const stat = listed ?? UNLISTED;
  if (lang === 'zh') {
    if (text.length === 1) {
      if (BAD_FIRST_HAN.has(text) && BAD_LAST_HAN.has(text)) return FUNCTION_WORD;
      return stat.cls === 's' ? stat : { cls: 'n', specificity: stat.specificity };
    }
    if (ZH_NUMBER_FIRST.has(text.charCodeAt(0)) && ZH_NUMBER.test(text)) return FUNCTION_WORD;
    // ICU keeps some particle- or adverb-glued words the dictionary lacks (她的, 作了, 由外资, 只为): function words.
    const first = text[0] ?? '';
    if (!listed && (BAD_LAST_HAN.has(text[text.length - 1] ?? '') || BAD_FIRST_HAN.has(first) || ADVERB_HAN.has(first))) return FUNCTION_WORD;
    return stat;
  }
  if (EN_MONTHS.has(text) || isContraction(text) || (isEnglishAdverb(text) && text.length > 4)) return FUNCTION_WORD;
  return stat;
}

/**
 * The form an English word is counted under: the singular of a plural (servers → server), so "a
 * server" and "the servers" are one term. Crude on purpose — it only groups forms; the surface shown
 * is the article's own.
 *
 * @example singular('companies') === 'company'; singular('news') === 'new'; singular('bus') === 'bus'
 */
export function singular(word: string): string {
  // Every plural ending ends in s: other words (most) need no regex.
  if (word.length <= 3 || word.charCodeAt(word.length - 1) !== 115) return word;
  if (EN_PLURAL_IES.test(word)) return `${word.slice(0, -3)}y`;
  if (EN_PLURAL_ES.test(word)) return word.slice(0, -2);
  if (EN_PLURAL_S.test(word)) return word.slice(0, -1);
  return word;
}
