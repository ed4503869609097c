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
/** Trailing closing punctuation (the line is a sentence, not a title). */
const ENDS_LIKE_SENTENCE = new RegExp(`[${CLOSING_PUNCTUATION}]["”’』」)）]*$`, 'u');

const STOPWORDS = { zh: new Set<string>(zh.STOPWORDS), en: new Set<string>(en.STOPWORDS) };

function isShortLine(text: string, lang: Segmented['lang']): boolean {
  const trimmed = text.trim();
  if (lang === 'zh') return trimmed.length <= MAX_EMPHASIS_HAN;
  return trimmed.split(/\s+/u).length <= MAX_EMPHASIS_WORDS;
}

/** A standalone bold/centred line that acts as a section title. */
function isEmphasisHeading(block: TextBlock, lang: Segmented['lang']): boolean {
  if (block.role !== 'body' || !block.emphasis || block.kind === 'list-item') return false;
  const text = block.text.trim();
  return isShortLine(text, lang) && !ENDS_LIKE_SENTENCE.test(text) && !BARE_NUMBER_MARKER.test(text);
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
 * frequent in the section itself (a centroid pick), lightly favouring shorter sentences.
 */
function gistOf(doc: Segmented, blockIndexes: readonly number[]): string {
  const stopwords = STOPWORDS[doc.lang];
  const inSection = new Set(blockIndexes);
  const frequency = new Map<string, number>();
  const content = (text: string, word: boolean): boolean => word && text.length >= 2 && !stopwords.has(text);
  for (const token of doc.tokens) {
    if (!inSection.has(token.block) || !content(token.text, token.word)) continue;
    frequency.set(token.text, (frequency.get(token.text) ?? 0) + 1);
  }
  let best = '';
  let bestScore = -1;
  doc.sentences.forEach((sentence, index) => {
    if (!inSection.has(sentence.block)) return;
    const [from, to] = doc.sentenceTokens[index] ?? [0, 0];
    let score = 0;
    for (let t = from; t < to; t++) {
      const token = doc.tokens[t];
      if (token && content(token.text, token.word)) score += frequency.get(token.text) ?? 0;
    }
    const length = sentence.end - sentence.start;
    const normalised = score / Math.sqrt(Math.max(length, doc.lang === 'zh' ? 20 : 60));
    if (normalised > bestScore) {
      bestScore = normalised;
      best = doc.blocks[sentence.block]?.text.slice(sentence.start, sentence.end) ?? '';
    }
  });
  return best;
}

/**
 * The article's sections, in order: explicit headings (h2–h6, never the headline), inferred headings
 * (short standalone bold or centred lines without closing punctuation, kind "emphasis") and sections
 * marked only by a bare number ("一、", "1.", a standalone "1"), kind "topic", titled from their first
 * clause. Each item carries a one-sentence gist from its section.
 *
 * @example buildOutline(doc).map(item => item.title) // ['高质量发展贯穿新型工业化全过程', …]
 */
export function buildOutline(doc: Segmented): OutlineItem[] {
  const blocks = doc.blocks;
  const starts: Array<{ item: Omit<OutlineItem, 'gist'>; contentFrom: number }> = [];
  const numberedParagraphs = blocks.filter((block) => block.role === 'body' && !block.emphasis && LEADING_NUMBER_MARKER.test(block.text)).length;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block) continue;
    const text = block.text.trim();
    if (block.role === 'heading') {
      starts.push({ item: { title: text, level: Math.min(6, Math.max(2, block.level ?? 2)), kind: 'heading', blockId: block.id }, contentFrom: i + 1 });
    } else if (isEmphasisHeading(block, doc.lang)) {
      starts.push({ item: { title: text, level: 2, kind: 'emphasis', blockId: block.id }, contentFrom: i + 1 });
    } else if (block.role === 'body' && BARE_NUMBER_MARKER.test(text)) {
      // A bare number before a titled line is that title's numeral; before plain text it opens an untitled section.
      const next = blocks[i + 1];
      if (!next || next.role !== 'body') continue;
      if (next.role === 'body' && (isEmphasisHeading(next, doc.lang) || (isShortLine(next.text, doc.lang) && !ENDS_LIKE_SENTENCE.test(next.text.trim())))) {
        if (!isEmphasisHeading(next, doc.lang)) {
          starts.push({ item: { title: next.text.trim(), level: 2, kind: 'emphasis', blockId: next.id }, contentFrom: i + 2 });
          i++;
        }
        continue;
      }
      starts.push({ item: { title: topicTitle(next.text, doc.lang), level: 2, kind: 'topic', blockId: block.id }, contentFrom: i + 1 });
    } else if (block.role === 'body' && numberedParagraphs >= 2 && LEADING_NUMBER_MARKER.test(text) && !block.emphasis) {
      starts.push({ item: { title: topicTitle(text, doc.lang), level: 2, kind: 'topic', blockId: block.id }, contentFrom: i });
    }
  }
  return starts.map((start, index) => {
    const until = index + 1 < starts.length ? blocks.findIndex((block) => block.id === starts[index + 1]?.item.blockId) : blocks.length;
    const section: number[] = [];
    for (let b = start.contentFrom; b < until; b++) if (blocks[b]?.role === 'body') section.push(b);
    return { ...start.item, gist: gistOf(doc, section) };
  });
}
