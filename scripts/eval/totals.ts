import type { MatchCounts, PageFigures, SummaryCounts } from './score-page.ts';
import { prf, prfFromRates, type PrecisionRecall } from './score.ts';

/**
 * Totals over all labelled pages. Issue 3 sets its targets "on the 23 labelled pages together", so
 * every total is a micro-average: counts are summed over pages first, then divided. A page with many
 * speakers weighs more than a page with one, as it would in a pooled sample. P@10 has a fixed
 * denominator (10 per page), so its micro and macro averages coincide.
 */
export interface Totals {
  pages: number;
  errors: number;
  detection: { correct: number; total: number; accuracy: number | null };
  speakers: MatchCounts;
  role: { correct: number; total: number; accuracy: number | null };
  org: { correct: number; total: number; accuracy: number | null };
  quoteMae: { sum: number; count: number; mae: number | null };
  headings: MatchCounts & { pages: number };
  terms: { hits: number; slots: number; precision: number | null };
  peerTerms: { hits: number; slots: number; precision: number | null };
  /** ours ÷ peer precision@10. */
  termsRatio: number | null;
  /** P@10 of ours and of the peer per language, since the peer is a different tool per language. */
  termsByLang: Record<string, { pages: number; precision: number | null; peerPrecision: number | null }>;
  date: { correct: number; total: number; accuracy: number | null };
  summary: SummaryCounts;
  lead3: SummaryCounts;
  ms: { extractMax: number; analyzeMax: number; analyzeMedian: number };
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

function sum(pages: readonly PageFigures[], pick: (page: PageFigures) => number): number {
  return pages.reduce((total, page) => total + pick(page), 0);
}

function pooledMatches(list: readonly MatchCounts[]): MatchCounts {
  const hits = list.reduce((n, item) => n + item.hits, 0);
  const predicted = list.reduce((n, item) => n + item.predicted, 0);
  const gold = list.reduce((n, item) => n + item.gold, 0);
  return { hits, predicted, gold, ...prf(hits, predicted, gold) };
}

function pooledSummary(list: readonly SummaryCounts[]): SummaryCounts {
  const predictedHits = list.reduce((n, item) => n + item.predictedHits, 0);
  const predicted = list.reduce((n, item) => n + item.predicted, 0);
  const goldHits = list.reduce((n, item) => n + item.goldHits, 0);
  const gold = list.reduce((n, item) => n + item.gold, 0);
  const rates: PrecisionRecall = prfFromRates(predictedHits, predicted, goldHits, gold);
  return { predictedHits, predicted, goldHits, gold, ...rates };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function termsByLanguage(pages: readonly PageFigures[]): Totals['termsByLang'] {
  const byLang: Totals['termsByLang'] = {};
  for (const lang of [...new Set(pages.map((page) => page.lang))].sort()) {
    const group = pages.filter((page) => page.lang === lang);
    const slots = sum(group, (page) => page.terms.k);
    byLang[lang] = {
      pages: group.length,
      precision: ratio(sum(group, (page) => page.terms.hits), slots),
      peerPrecision: ratio(sum(group, (page) => page.peerTerms.hits), slots),
    };
  }
  return byLang;
}

export function computeTotals(pages: readonly PageFigures[]): Totals {
  const detectionCorrect = pages.filter((page) => page.detection.predicted === page.detection.gold).length;
  const scoredHeadings = pages.flatMap((page) => (page.headings === null ? [] : [page.headings]));
  const termHits = sum(pages, (page) => page.terms.hits);
  const peerHits = sum(pages, (page) => page.peerTerms.hits);
  const slots = sum(pages, (page) => page.terms.k);
  const termsPrecision = ratio(termHits, slots);
  const peerPrecision = ratio(peerHits, slots);
  const dated = pages.flatMap((page) => (page.date === null ? [] : [page.date]));
  const roleCorrect = sum(pages, (page) => page.role.correct);
  const roleTotal = sum(pages, (page) => page.role.total);
  const orgCorrect = sum(pages, (page) => page.org.correct);
  const orgTotal = sum(pages, (page) => page.org.total);
  const quoteSum = sum(pages, (page) => page.quoteError.sum);
  const quoteCount = sum(pages, (page) => page.quoteError.count);
  const datesCorrect = dated.filter((date) => date.correct).length;
  return {
    pages: pages.length,
    errors: pages.filter((page) => page.error !== undefined).length,
    detection: { correct: detectionCorrect, total: pages.length, accuracy: ratio(detectionCorrect, pages.length) },
    speakers: pooledMatches(pages.map((page) => page.speakers)),
    role: { correct: roleCorrect, total: roleTotal, accuracy: ratio(roleCorrect, roleTotal) },
    org: { correct: orgCorrect, total: orgTotal, accuracy: ratio(orgCorrect, orgTotal) },
    quoteMae: { sum: quoteSum, count: quoteCount, mae: ratio(quoteSum, quoteCount) },
    headings: { ...pooledMatches(scoredHeadings), pages: scoredHeadings.length },
    terms: { hits: termHits, slots, precision: termsPrecision },
    peerTerms: { hits: peerHits, slots, precision: peerPrecision },
    termsByLang: termsByLanguage(pages),
    termsRatio: termsPrecision === null || peerPrecision === null || peerPrecision === 0 ? null : termsPrecision / peerPrecision,
    date: { correct: datesCorrect, total: dated.length, accuracy: ratio(datesCorrect, dated.length) },
    summary: pooledSummary(pages.map((page) => page.summary)),
    lead3: pooledSummary(pages.map((page) => page.lead3)),
    ms: {
      extractMax: Math.max(0, ...pages.map((page) => page.ms.extract)),
      analyzeMax: Math.max(0, ...pages.map((page) => page.ms.analyze)),
      analyzeMedian: median(pages.map((page) => page.ms.analyze)),
    },
  };
}

/** One target of issue 3 item 2. */
export interface TargetCheck {
  name: string;
  /** What is required, as printed ("≥ 0.92"). */
  target: string;
  value: number | null;
  met: boolean;
}

/** Issue 3 item 2, on all labelled pages together. A missing figure (nothing to divide) fails. */
export function checkTargets(totals: Totals): TargetCheck[] {
  const atLeast = (name: string, value: number | null, bound: number): TargetCheck => ({ name, target: `≥ ${bound}`, value, met: value !== null && value >= bound });
  const atMost = (name: string, value: number | null, bound: number): TargetCheck => ({ name, target: `≤ ${bound}`, value, met: value !== null && value <= bound });
  return [
    atLeast('speaker F1', totals.speakers.f1, 0.92),
    atLeast('role accuracy', totals.role.accuracy, 0.88),
    atLeast('org accuracy', totals.org.accuracy, 0.85),
    atMost('quote-count MAE', totals.quoteMae.mae, 1.5),
    atLeast('headings F1', totals.headings.f1, 0.88),
    atLeast('key terms P@10', totals.terms.precision, 0.55),
    atLeast('key terms P@10 ÷ peer', totals.termsRatio, 1.8),
    atLeast('published date accuracy', totals.date.accuracy, 0.9),
  ];
}
