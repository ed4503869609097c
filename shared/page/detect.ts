import type { Detection } from '../schema/index.ts';
import { articleFeed } from './signals/article-feed.ts';
import { blurbLayout } from './signals/blurb-layout.ts';
import { cmsPageType } from './signals/cms-page-type.ts';
import { buildDetectionContext } from './signals/context.ts';
import { controlDensity } from './signals/control-density.ts';
import { datedItems } from './signals/dated-items.ts';
import { jsonLdType } from './signals/json-ld-type.ts';
import { mainBlock } from './signals/main-block.ts';
import { ogType } from './signals/og-type.ts';
import { proseConcentration } from './signals/prose-concentration.ts';
import { publicationMarks } from './signals/publication-marks.ts';
import { publishedTime } from './signals/published-time.ts';
import { repeatedPosts } from './signals/repeated-posts.ts';
import type { Signal } from './signals/signal.ts';
import { urlShape } from './signals/url-shape.ts';
import { zhNewsMarkers } from './signals/zh-news-markers.ts';

/**
 * The signals, each a small pure predicate over one shared context. Structure first (the main block,
 * where the prose is, and the repeated items — posts, cards, feed entries, dated teasers — that mark
 * lists), then metadata, which is strong but not decisive (many product and service pages declare
 * og:type=article), then the URL.
 */
const SIGNALS: readonly Signal[] = [mainBlock, proseConcentration, repeatedPosts, datedItems, articleFeed, controlDensity, blurbLayout, jsonLdType, ogType, cmsPageType, publishedTime, urlShape];

/**
 * Signals that read the page text (costlier: one textContent of the body), each with the largest
 * weight it can add: the Chinese news-page labels raise the score, the absence of any date or author
 * lowers it. One runs only when that weight could carry the score across the threshold, so most
 * pages never pay for them.
 */
const OPEN_VERDICT_SIGNALS: ReadonlyArray<{ signal: Signal; reach: number }> = [
  { signal: zhNewsMarkers, reach: 1.6 },
  { signal: publicationMarks, reach: -0.8 },
];

/** Log-odds before any evidence: slightly against, since most pages a browser loads are not articles. */
const PRIOR = -0.5;
/** Score at or above which a page is an article (the midpoint of the logistic). */
export const ARTICLE_THRESHOLD = 0.5;

/**
 * Decides whether `doc` is a single article, cheaply: native tag collections for the paragraphs, no
 * cloning, no Readability run, the body text read only when the verdict is open. Each signal adds
 * log-odds; the score is their logistic, in [0, 1].
 *
 * @example
 * const { isArticle, score, reasons } = detectArticle(document, location.href);
 * // reasons: ["main block: 12 long paragraph(s), 5400 chars, 2% links (+2.0)", "JSON-LD NewsArticle (+1.5)", …]
 */
export function detectArticle(doc: Document, url?: string): Detection {
  const reasons: string[] = [];
  let logOdds = PRIOR;
  let context;
  try {
    context = buildDetectionContext(doc, url);
  } catch {
    // A DOM too odd to read gives no evidence; detection must never throw.
    return { isArticle: false, score: round(logistic(PRIOR)), reasons: ['page could not be read'] };
  }
  const apply = (signal: Signal) => {
    let result;
    try {
      result = signal(context);
    } catch {
      // A signal that trips over an odd DOM gives no evidence.
      result = null;
    }
    if (!result) return;
    logOdds += result.weight;
    reasons.push(result.reason);
  };
  for (const signal of SIGNALS) apply(signal);
  for (const { signal, reach } of OPEN_VERDICT_SIGNALS) {
    if (logOdds < 0 !== logOdds + reach < 0) apply(signal);
  }
  const score = logistic(logOdds);
  return { isArticle: score >= ARTICLE_THRESHOLD, score: round(score), reasons };
}

function logistic(logOdds: number): number {
  return 1 / (1 + Math.exp(-logOdds));
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
