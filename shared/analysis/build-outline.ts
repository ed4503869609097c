import type { OutlineItem } from '../schema/index.ts';
import { BARE_NUMBER_MARKER, CLOSING_PUNCTUATION, LEADING_NUMBER_MARKER } from './lang/common.ts';
import * as en from './lang/en.ts';
import * as zh from './lang/zh.ts';
import type { Segmented, TextBlock } from './model/types.ts';

/**
 * An inferred heading is short: a bold line longer than this is an emphasised sentence, not a title.
 * 32 Han characters covers the seed's and the corpus' sub-headings (the longest is 24); English titles
 * run to about 14 words.
 */
const MAX_EMPHASIS_HAN = 32;
const MAX_EMPHASIS_WORDS = 14;
/** Topic titles taken from content are cut at the first clause, and at this many characters/words. */
const TOPIC_TITLE_HAN = 20;
const TOPIC_TITLE_WORDS = 8;
/** The first clause of a text (up to a comma, colon or sentence end). */
const FIRST_CLAUSE = /^[^，,。；;：:！？!?.]+/u;
/**
 * Trailing closing punctuation (the line is a sentence, not a title). A question mark is allowed: bold
 * questions ("一分钱变一元钱，消解经典文化可取吗？") head sections on real pages.
 */
const ENDS_LIKE_SENTENCE = new RegExp(`[${CLOSING_PUNCTUATION.replace(/[?？]/gu, '')}]["”’』」)）]*$`, 'u');

const STOPWORDS = { zh: new Set<string>(zh.STOPWORDS), en: new Set<string>(en.STOPWORDS) };

/** Han characters, and runs of letters/digits (a Latin word or a number like 431.2 counts once). */
const LENGTH_UNIT = /\p{Script=Han}|[\p{L}\p{N}]+(?:[.,'’&-][\p{L}\p{N}]+)*/gu;
/** A line whose first letter is lower case continues a sentence: never an English heading. */
const STARTS_LOWER_CASE = /^[^\p{L}]*\p{Ll}/u;
/** A heading that ends like a statement (a standfirst or a kicker such as "Biz & IT —"), not a section title. */
const ENDS_LIKE_STANDFIRST = /(?:[.。!！]|[—–-])["”’』」)）]*$/u;
/**
 * A section needs some prose: when every block under a title is shorter than this (a pricing box's
 * "$7/month", "A flexible plan you can cancel anytime."), the title labels a widget, not a section.
 * An empty section is kept: it is a parent heading or a title followed directly by a sub-title.
 */
const MIN_SECTION_PROSE = { zh: 20, en: 12 } as const;

/** A line opening with a dash signs what came before ("——（宋）陆游", "— Mark Twain"): an attribution, not a title. */
const ATTRIBUTION_LINE = /^\s*[—―–-]/u;
/** A line ending in a question mark. */
const ENDS_WITH_QUESTION = /[?？]["”’』」)）]*$/u;
/**
 * From this many bold questions on, a page is an interview (its questions are bold) and questions are
 * not section titles; one or two bold questions among other bold lines are titles.
 */
const MAX_QUESTION_HEADINGS = 3;

/** Whitespace runs: English prose length is the number of words between them. */
const SPACE_RUN = /\s+/gu;

/**
 * Length in units: Han characters plus Latin words and numbers ("贝莱德(431.2, 7.37)…" stays short),
 * counted up to `cap` (every caller only compares the length with a bound). test() moves on from match
 * to match without building match arrays.
 */
function lengthUnits(text: string, cap = Infinity): number {
  LENGTH_UNIT.lastIndex = 0;
  let units = 0;
  while (units < cap && LENGTH_UNIT.test(text)) units++;
  return units;
}

/** Length of prose, counted up to `cap`: units for Chinese, words for English (split on whitespace runs). */
function proseLength(text: string, lang: Segmented['lang'], cap = Infinity): number {
  if (lang === 'zh') return lengthUnits(text, cap);
  SPACE_RUN.lastIndex = 0;
  let pieces = 1;
  while (pieces < cap && SPACE_RUN.test(text)) pieces++;
  return pieces;
}

function isShortLine(text: string, lang: Segmented['lang']): boolean {
  const max = lang === 'zh' ? MAX_EMPHASIS_HAN : MAX_EMPHASIS_WORDS;
  return lengthUnits(text.trim(), max + 1) <= max;
}

/** A standalone bold/centred line that acts as a section title. */
function isEmphasisHeading(block: TextBlock, lang: Segmented['lang']): boolean {
  if (block.role !== 'body' || !block.emphasis || block.kind === 'list-item') return false;
  const text = block.text.trim();
  if (lang === 'en' && STARTS_LOWER_CASE.test(text)) return false;
  return isShortLine(text, lang) && !ENDS_LIKE_SENTENCE.test(text) && !BARE_NUMBER_MARKER.test(text) && !ATTRIBUTION_LINE.test(text);
}

function topicTitle(text: string, lang: Segmented['lang']): string {
  const content = text.replace(LEADING_NUMBER_MARKER, '').trim();
  const clause = (FIRST_CLAUSE.exec(content)?.[0] ?? content).trim();
  if (lang === 'zh') return clause.length > TOPIC_TITLE_HAN ? `${clause.slice(0, TOPIC_TITLE_HAN)}…` : clause;
  const words = clause.split(/\s+/u);
  return words.length > TOPIC_TITLE_WORDS ? `${words.slice(0, TOPIC_TITLE_WORDS).join(' ')}…` : clause;
}

/**
 * The sentence of a section that best says what it is about: the one whose content words are most
 * frequent in the section itself (a centroid pick), lightly favouring shorter sentences. Reads only the
 * section's own sentences and tokens (`[sentenceFrom, sentenceTo)`), so all gists together cost one pass.
 */
function gistOf(doc: Segmented, sentenceFrom: number, sentenceTo: number): string {
  const stopwords = STOPWORDS[doc.lang];
  const body = (sentence: number): boolean => doc.blocks[doc.sentences[sentence]?.block ?? -1]?.role === 'body';
  // One counter per distinct content word, and each content token's counter: the scoring pass reads
  // the final counts through the tokens' counters, with no second round of lookups.
  const counters = new Map<string, { count: number }>();
  let tokenFrom = Infinity;
  for (let s = sentenceFrom; s < sentenceTo; s++) tokenFrom = Math.min(tokenFrom, doc.sentenceTokens[s]?.[0] ?? Infinity);
  const counterOf: Array<{ count: number } | undefined> = [];
  const { text: texts, word } = doc.tokens;
  for (let s = sentenceFrom; s < sentenceTo; s++) {
    if (!body(s)) continue;
    const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
    for (let t = from; t < to; t++) {
      const text = texts[t] ?? '';
      if (word[t] !== 1 || text.length < 2 || stopwords.has(text)) continue;
      let counter = counters.get(text);
      if (!counter) counters.set(text, (counter = { count: 0 }));
      counter.count++;
      // Filled in order (a sized or sparse array of a long section would be a slow dictionary in V8).
      const at = t - tokenFrom;
      while (counterOf.length < at) counterOf.push(undefined);
      if (at < counterOf.length) counterOf[at] = counter;
      else counterOf.push(counter);
    }
  }
  let best = '';
  let bestScore = -1;
  for (let s = sentenceFrom; s < sentenceTo; s++) {
    const sentence = doc.sentences[s];
    if (!sentence || !body(s)) continue;
    const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
    let score = 0;
    for (let t = from; t < to; t++) score += counterOf[t - tokenFrom]?.count ?? 0;
    const normalised = score / Math.sqrt(Math.max(sentence.end - sentence.start, doc.lang === 'zh' ? 20 : 60));
    if (normalised > bestScore) {
      bestScore = normalised;
      best = doc.blocks[sentence.block]?.text.slice(sentence.start, sentence.end) ?? '';
    }
  }
  return best;
}

interface SectionStart {
  item: Omit<OutlineItem, 'gist'>;
  /** Index of the item's own block, and of the first block of its content. */
  at: number;
  contentFrom: number;
}

/**
 * The article's sections, in order: explicit headings (h2–h6, never the headline), inferred headings
 * (short standalone bold or centred lines without closing punctuation, kind "emphasis") and sections
 * marked only by a bare number ("一、", "1.", a standalone "1"), kind "topic", titled from their first
 * clause. Each item carries a one-sentence gist from its section. Not sections: a heading above all the
 * prose that reads like a sentence or a kicker (a standfirst, "Biz & IT —"), and a title over a widget
 * with no prose under it (a pricing box).
 *
 * @example buildOutline(doc).map(item => item.title) // ['高质量发展贯穿新型工业化全过程', …]
 */
export function buildOutline(doc: Segmented): OutlineItem[] {
  const blocks = doc.blocks;
  const lang = doc.lang;
  let starts: SectionStart[] = [];
  let numberedParagraphs = 0;
  for (const block of blocks) if (block.role === 'body' && !block.emphasis && LEADING_NUMBER_MARKER.test(block.text)) numberedParagraphs++;
  let proseSeen = false;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block) continue;
    const text = block.text.trim();
    if (block.role === 'heading') {
      const standfirst = !proseSeen && (ENDS_LIKE_STANDFIRST.test(text) || !isShortLine(text, lang));
      if (!standfirst) starts.push({ item: { title: text, level: Math.min(6, Math.max(2, block.level ?? 2)), kind: 'heading', blockId: block.id }, at: i, contentFrom: i + 1 });
    } else if (isEmphasisHeading(block, lang)) {
      starts.push({ item: { title: text, level: 2, kind: 'emphasis', blockId: block.id }, at: i, contentFrom: i + 1 });
    } else if (block.role === 'body' && BARE_NUMBER_MARKER.test(text)) {
      // A bare number before a titled line is that title's numeral; before plain text it opens an untitled section.
      const next = blocks[i + 1];
      if (!next || next.role !== 'body') continue;
      if (isEmphasisHeading(next, lang) || (isShortLine(next.text, lang) && !ENDS_LIKE_SENTENCE.test(next.text.trim()))) {
        if (!isEmphasisHeading(next, lang)) {
          starts.push({ item: { title: next.text.trim(), level: 2, kind: 'emphasis', blockId: next.id }, at: i + 1, contentFrom: i + 2 });
          i++;
        }
        continue;
      }
      starts.push({ item: { title: topicTitle(next.text, lang), level: 2, kind: 'topic', blockId: block.id }, at: i, contentFrom: i + 1 });
    } else if (block.role === 'body' && numberedParagraphs >= 2 && LEADING_NUMBER_MARKER.test(text) && !block.emphasis) {
      starts.push({ item: { title: topicTitle(text, lang), level: 2, kind: 'topic', blockId: block.id }, at: i, contentFrom: i });
    } else if (block.role === 'body' && !block.emphasis && proseLength(block.text, lang, MIN_SECTION_PROSE[lang]) >= MIN_SECTION_PROSE[lang]) proseSeen = true;
  }
  // Many bold questions are an interview's questions (问：… / Q&A), not its section titles.
  const questions = starts.filter((start) => start.item.kind === 'emphasis' && ENDS_WITH_QUESTION.test(start.item.title)).length;
  if (questions >= MAX_QUESTION_HEADINGS) starts = starts.filter((start) => !(start.item.kind === 'emphasis' && ENDS_WITH_QUESTION.test(start.item.title)));

  // First sentence of each block, so a section's sentences are one contiguous range.
  const firstSentence = new Array<number>(blocks.length + 1).fill(doc.sentences.length);
  for (let s = doc.sentences.length - 1; s >= 0; s--) {
    const block = doc.sentences[s]?.block;
    if (block !== undefined) firstSentence[block] = s;
  }
  for (let b = blocks.length - 1; b >= 0; b--) firstSentence[b] = Math.min(firstSentence[b] ?? doc.sentences.length, firstSentence[b + 1] ?? doc.sentences.length);

  const items: OutlineItem[] = [];
  starts.forEach((start, index) => {
    const next = starts[index + 1];
    const until = next ? next.at : blocks.length;
    let longest = 0;
    let hasContent = false;
    for (let b = start.contentFrom; b < until; b++) {
      const block = blocks[b];
      if (!block || block.role !== 'body') continue;
      hasContent = true;
      longest = Math.max(longest, proseLength(block.text, lang, MIN_SECTION_PROSE[lang]));
    }
    // A title over a few short lines (a pricing box, a sign-up form) labels a widget, not a section.
    if (hasContent && longest < MIN_SECTION_PROSE[lang] && start.item.kind !== 'topic') return;
    items.push({ ...start.item, gist: gistOf(doc, firstSentence[start.contentFrom] ?? 0, firstSentence[until] ?? doc.sentences.length) });
  });
  return items;
}
