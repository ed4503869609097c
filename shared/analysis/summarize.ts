import type { OutlineItem, SummarySentence, Term } from '../schema/index.ts';
import type { Segmented } from './model/types.ts';

/** Summary length bounds (issue 3 item 6: 3–5 sentences). */
const MIN_SENTENCES = 3;
const MAX_SENTENCES = 5;
/** Sentences shorter than this are headings, datelines or fragments; longer ones are walls of text. */
const LENGTH = { zh: { min: 12, max: 220 }, en: { min: 40, max: 400 } } as const;
/** Length below which a sentence is not penalised further (so short sentences do not win by dividing by little). */
const NORMAL_LENGTH = { zh: 40, en: 120 } as const;
/** The lead states what happened: its first sentence gets this share of the best score as a bonus. */
const LEAD_BONUS = 0.25;

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
  const first = candidates[0];
  const best = Math.max(...candidates.map((candidate) => candidate.score), 1e-9);
  if (first) first.score += LEAD_BONUS * best;

  // Parts of the article: the lead and each outlined section; thirds when there is no outline.
  const boundaries = outline.map((item) => blockOrder.get(item.blockId) ?? 0).sort((a, b) => a - b);
  const partOf = (candidate: Candidate): number => {
    if (boundaries.length === 0) return Math.min(2, Math.floor((3 * candidates.indexOf(candidate)) / candidates.length));
    let part = 0;
    for (const boundary of boundaries) if (candidate.block > boundary) part++;
    return part;
  };
  const bestOfPart = new Map<number, Candidate>();
  for (const candidate of candidates) {
    const part = partOf(candidate);
    const current = bestOfPart.get(part);
    if (!current || candidate.score > current.score) bestOfPart.set(part, candidate);
  }
  let chosen = [...bestOfPart.values()].sort((a, b) => b.score - a.score).slice(0, MAX_SENTENCES);
  if (chosen.length < MIN_SENTENCES) {
    const rest = candidates.filter((candidate) => !chosen.includes(candidate)).sort((a, b) => b.score - a.score);
    chosen = [...chosen, ...rest.slice(0, MIN_SENTENCES - chosen.length)];
  }
  return chosen
    .sort((a, b) => a.index - b.index)
    .map((candidate) => ({ text: candidate.text, blockId: doc.blocks[candidate.block]?.id ?? '' }));
}
