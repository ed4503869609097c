import type { OutlineItem, SummarySentence, Term } from '../schema/index.ts';
import type { Segmented } from './model/types.ts';

/** Summary length bounds (issue 3 item 6: 3–5 sentences). */
const MIN_SENTENCES = 3;
const MAX_SENTENCES = 5;
/** Sentences shorter than this are headings, datelines or fragments; longer ones are walls of text. */
const LENGTH = { zh: { min: 12, max: 220 }, en: { min: 40, max: 400 } } as const;
/** Length below which a sentence is not penalised further (so short sentences do not win by dividing by little). */
const NORMAL_LENGTH = { zh: 40, en: 120 } as const;
/** The lead states what happened: its first sentence gets this bonus (term scores are scaled to 0–1). */
const LEAD_BONUS = 1.0;
/** The lead's first sentences are always in the summary: they state what happened (lead-3 is a strong baseline). */
const LEAD_SENTENCES = 2;
/** Weight of the position prior against the (0–1) term score. */
const POSITION_WEIGHT = 1.5;
/** How many sentences to aim for: editors pick about five (the corpus' key sentences average 4.9). */
const TARGET_SENTENCES = 5;
/** A sentence sharing more than this share of its character bigrams with a chosen one is redundant. */
const MAX_OVERLAP = 0.6;
/** Characters left out of bigrams: spaces and punctuation. */
const NOT_WORD_CHARACTER = /[^\p{L}\p{N}]+/gu;

interface Candidate {
  index: number;
  block: number;
  text: string;
  score: number;
}

/**
 * An extractive summary: 3–5 sentences taken verbatim from the article, in article order, covering its
 * parts — the best sentence of the lead and of each section (or of each third when the article has no
 * sections). A sentence scores by the key terms it contains, normalised by length.
 *
 * @example summarize(doc, terms, outline).map(s => s.blockId) // ['p1', 'p5', 'p9', 'p14']
 */
export function summarize(doc: Segmented, terms: readonly Term[], outline: readonly OutlineItem[]): SummarySentence[] {
  const lang = doc.lang;
  const sectionStarts = new Set(outline.map((item) => item.blockId));
  const blockOrder = new Map(doc.blocks.map((block) => [block.id, block.index]));
  const weights = terms.map((term) => ({ needle: lang === 'zh' ? term.term : term.term.toLowerCase(), score: term.score }));
  const candidates: Candidate[] = [];
  doc.sentences.forEach((sentence, index) => {
    const block = doc.blocks[sentence.block];
    if (!block || block.role !== 'body' || sectionStarts.has(block.id)) return;
    const text = block.text.slice(sentence.start, sentence.end);
    const length = text.length;
    if (length < LENGTH[lang].min || length > LENGTH[lang].max) return;
    const haystack = lang === 'zh' ? text : text.toLowerCase();
    let score = 0;
    for (const weight of weights) if (haystack.includes(weight.needle)) score += weight.score;
    candidates.push({ index, block: block.index, text, score: score / Math.sqrt(Math.max(length, NORMAL_LENGTH[lang])) });
  });
  if (candidates.length === 0) return [];
  const best = Math.max(...candidates.map((candidate) => candidate.score), 1e-9);
  // Position prior: news puts what matters first (the lead), so earlier sentences get up to
  // POSITION_WEIGHT of the best term score on top of their own, fading over the article.
  candidates.forEach((candidate, rank) => {
    const position = 1 - rank / candidates.length;
    candidate.score = candidate.score / best + POSITION_WEIGHT * position * position;
  });
  const first = candidates[0];
  if (first) first.score += LEAD_BONUS;

  // Parts of the article: the lead and each outlined section; thirds when there is no outline.
  const boundaries = outline.map((item) => blockOrder.get(item.blockId) ?? 0).sort((a, b) => a - b);
  const partOf = (candidate: Candidate, rank: number): number => {
    if (boundaries.length === 0) return Math.min(2, Math.floor((3 * rank) / candidates.length));
    let part = 0;
    for (const boundary of boundaries) if (candidate.block > boundary) part++;
    return part;
  };
  const chosen: Candidate[] = [];
  const bigrams: Array<Set<string>> = [];
  const take = (candidate: Candidate): boolean => {
    if (chosen.includes(candidate) || chosen.length >= MAX_SENTENCES) return false;
    const own = bigramsOf(candidate.text);
    // Redundancy: a sentence that mostly repeats one already chosen adds nothing.
    if (bigrams.some((other) => overlap(own, other) > MAX_OVERLAP)) return false;
    chosen.push(candidate);
    bigrams.push(own);
    return true;
  };
  // The lead first, then the best sentence of each part (covering the sections), then the best overall.
  for (const lead of candidates.slice(0, LEAD_SENTENCES)) take(lead);
  const bestOfPart = new Map<number, Candidate>();
  candidates.forEach((candidate, rank) => {
    const part = partOf(candidate, rank);
    const current = bestOfPart.get(part);
    if (!current || candidate.score > current.score) bestOfPart.set(part, candidate);
  });
  for (const candidate of [...bestOfPart.values()].sort((a, b) => b.score - a.score)) take(candidate);
  for (const candidate of [...candidates].sort((a, b) => b.score - a.score)) {
    if (chosen.length >= TARGET_SENTENCES) break;
    take(candidate);
  }
  return chosen
    .slice(0, Math.max(MIN_SENTENCES, Math.min(MAX_SENTENCES, chosen.length)))
    .sort((a, b) => a.index - b.index)
    .map((candidate) => ({ text: candidate.text, blockId: doc.blocks[candidate.block]?.id ?? '' }));
}

/** Character bigrams of a sentence (letters and digits only, lower-cased). */
function bigramsOf(text: string): Set<string> {
  const folded = text.toLowerCase().replace(NOT_WORD_CHARACTER, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < folded.length; i++) out.add(folded.slice(i, i + 2));
  return out;
}

/** Share of the smaller set that the other set also holds. */
function overlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const gram of small) if (large.has(gram)) shared++;
  return shared / small.size;
}
