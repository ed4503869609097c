import type { AnalyzeResponse, Speaker } from '../../shared/schema/index.ts';
import type { GoldLabel, GoldSpeaker } from './gold.ts';
import type { PageRun } from './run-page.ts';
import {
  countHeadingMatches,
  countSentenceMatches,
  fold,
  matchAttribute,
  pairSpeakers,
  prf,
  prfFromRates,
  type PrecisionRecall,
} from './score.ts';

/** Key terms are scored over the top this many (precision@10). */
export const TERMS_K = 10;

/** Counts behind one precision/recall figure, kept so totals can be micro-averaged. */
export interface MatchCounts extends PrecisionRecall {
  hits: number;
  predicted: number;
  gold: number;
}

export interface RateCounts {
  correct: number;
  total: number;
}

export interface SummaryCounts extends PrecisionRecall {
  predictedHits: number;
  predicted: number;
  goldHits: number;
  gold: number;
}

/** Every figure for one page, with the counts behind it. */
export interface PageFigures {
  id: string;
  lang: string;
  error: string | undefined;
  detection: { predicted: boolean | null; gold: boolean; score: number | null };
  speakers: MatchCounts;
  /** Over matched speakers whose gold role is non-empty. */
  role: RateCounts;
  /** Over matched speakers whose gold org is non-empty. */
  org: RateCounts;
  /** Sum of |predicted quotes − gold quotes| over `count` matched speakers. */
  quoteError: { sum: number; count: number };
  /** null when the gold says the sections are bare numbers (`headings: null`). */
  headings: MatchCounts | null;
  terms: { hits: number; k: number; precision: number };
  peerTerms: { hits: number; k: number; precision: number };
  /** null when the gold has no date. */
  date: { predicted: string | null; gold: string; correct: boolean } | null;
  summary: SummaryCounts;
  lead3: SummaryCounts;
  ms: { extract: number; analyze: number };
}

function matchCounts(hits: number, predicted: number, gold: number): MatchCounts {
  return { hits, predicted, gold, ...prf(hits, predicted, gold) };
}

function summaryCounts(predicted: readonly string[], gold: readonly string[]): SummaryCounts {
  const { predictedHits, goldHits } = countSentenceMatches(predicted, gold);
  return { predictedHits, predicted: predicted.length, goldHits, gold: gold.length, ...prfFromRates(predictedHits, predicted.length, goldHits, gold.length) };
}

/** Outline items that are headings on the page; `topic` items are titled by us and not comparable. */
export function predictedHeadings(response: AnalyzeResponse | undefined): string[] {
  return (response?.outline ?? []).filter((item) => item.kind !== 'topic').map((item) => item.title);
}

export function predictedTerms(response: AnalyzeResponse | undefined): string[] {
  return (response?.terms ?? []).slice(0, TERMS_K).map((term) => term.term);
}

/** The YYYY-MM-DD prefix the README compares, or null. */
export function datePrefix(value: string | null | undefined): string | null {
  return value ? value.slice(0, 10) : null;
}

/** Matched (predicted, gold) speaker pairs under the README rule. */
export function speakerPairs(response: AnalyzeResponse | undefined, gold: GoldLabel): Array<[Speaker, GoldSpeaker]> {
  return pairSpeakers(response?.speakers ?? [], gold.speakers);
}

/** Scores one run against its gold label. */
export function scorePage(run: PageRun): PageFigures {
  const { gold } = run.page;
  const response = run.response;
  const pairs = speakerPairs(response, gold);
  const role: RateCounts = { correct: 0, total: 0 };
  const org: RateCounts = { correct: 0, total: 0 };
  const quoteError = { sum: 0, count: 0 };
  for (const [predicted, goldSpeaker] of pairs) {
    if (fold(goldSpeaker.role).length > 0) {
      role.total += 1;
      if (matchAttribute(predicted.role, goldSpeaker.role)) role.correct += 1;
    }
    if (fold(goldSpeaker.org).length > 0) {
      org.total += 1;
      if (matchAttribute(predicted.org, goldSpeaker.org)) org.correct += 1;
    }
    quoteError.sum += Math.abs(predicted.quotes.length - goldSpeaker.quotes);
    quoteError.count += 1;
  }

  const headings = predictedHeadings(response);
  const terms = predictedTerms(response);
  const peer = run.peerTerms.slice(0, TERMS_K);
  const termHits = countHeadingMatches(terms, gold.key_terms);
  const peerHits = countHeadingMatches(peer, gold.key_terms);
  const goldDate = datePrefix(gold.meta.published);
  const predictedDate = datePrefix(response?.meta.publishedAt);
  const keySentences = gold.key_sentences ?? [];

  return {
    id: gold.id,
    lang: gold.lang,
    error: run.error,
    detection: { predicted: run.detection?.isArticle ?? null, gold: gold.is_article, score: run.detection?.score ?? null },
    speakers: matchCounts(pairs.length, response?.speakers.length ?? 0, gold.speakers.length),
    role,
    org,
    quoteError,
    headings: gold.headings === null ? null : matchCounts(countHeadingMatches(headings, gold.headings), headings.length, gold.headings.length),
    terms: { hits: termHits, k: TERMS_K, precision: termHits / TERMS_K },
    peerTerms: { hits: peerHits, k: TERMS_K, precision: peerHits / TERMS_K },
    date: goldDate === null ? null : { predicted: predictedDate, gold: goldDate, correct: predictedDate === goldDate },
    summary: summaryCounts((response?.summary ?? []).map((sentence) => sentence.text), keySentences),
    lead3: summaryCounts(run.lead, keySentences),
    ms: { extract: run.extractMs, analyze: run.analyzeMs },
  };
}
