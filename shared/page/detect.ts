import type { Detection } from '../schema/index.ts';
import { buildDetectionContext } from './signals/context.ts';
import { densestBlock } from './signals/densest-block.ts';
import { jsonLdType } from './signals/json-ld-type.ts';
import { ogType } from './signals/og-type.ts';
import { paragraphLength } from './signals/paragraph-length.ts';
import { proseConcentration } from './signals/prose-concentration.ts';
import { publishedTime } from './signals/published-time.ts';
import { repeatedItems } from './signals/repeated-items.ts';
import type { Signal } from './signals/signal.ts';
import { urlShape } from './signals/url-shape.ts';
import { zhNewsMarkers } from './signals/zh-news-markers.ts';

/**
 * The signals, each a small pure predicate over one shared context. Metadata first (a page that
 * declares itself is cheapest to believe), then the URL, then the text structure.
 */
const SIGNALS: readonly Signal[] = [jsonLdType, ogType, publishedTime, urlShape, zhNewsMarkers, paragraphLength, densestBlock, proseConcentration, repeatedItems];

/** Log-odds before any evidence: slightly against, since most pages a browser loads are not articles. */
const PRIOR = -0.5;
/** Score at or above which a page is an article (the midpoint of the logistic). */
export const ARTICLE_THRESHOLD = 0.5;

/**
 * Decides whether `doc` is a single article, cheaply: one bounded walk of the DOM, no cloning, no
 * Readability run. Each signal adds log-odds; the score is their logistic, in [0, 1].
 *
 * @example
 * const { isArticle, score, reasons } = detectArticle(document, location.href);
 * // reasons: ["JSON-LD NewsArticle (+2.5)", "12 long paragraphs (+1.5)", …]
 */
export function detectArticle(doc: Document, url?: string): Detection {
  const context = buildDetectionContext(doc, url);
  let logOdds = PRIOR;
  const reasons: string[] = [];
  for (const signal of SIGNALS) {
    let result;
    try {
      result = signal(context);
    } catch {
      // A signal that trips over an odd DOM gives no evidence; detection must never throw.
      result = null;
    }
    if (!result) continue;
    logOdds += result.weight;
    reasons.push(result.reason);
  }
  const score = 1 / (1 + Math.exp(-logOdds));
  return { isArticle: score >= ARTICLE_THRESHOLD, score: Math.round(score * 1000) / 1000, reasons };
}
