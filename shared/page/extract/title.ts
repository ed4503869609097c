import { metaContent } from '../signals/og-type.ts';
import { collapseSpace } from '../text/reading-length.ts';

/**
 * Separators between a headline and the site name in <title>: "_青海要闻", " | CNN", " - BBC".
 * Spaced dashes only, because Chinese headlines use "——" inside the headline itself.
 */
const SITE_SUFFIX = /\s*(?:_|\||｜| [-–—] |-{2,}|\s»\s|\s·\s)\s*[^_|｜]{1,30}$/u;
/** Longest headline we accept (longer is a paragraph marked up as a heading). */
const MAX_TITLE = 300;

/**
 * The article's headline, without a "_site" / " | Site" suffix. In order of trust:
 * 1. an <h1>/<h2> that <title> or og:title also carries (and is most of it, not a logo's "Salon");
 * 2. og:title;
 * 3. the heading right before the article body (pages whose <title> is a section name, e.g.
 *    "新闻动态--某学会官网", with the headline in an <h5> above the text);
 * 4. Readability's title, then <title>.
 */
export function pickTitle(doc: Document, readabilityTitle: string | null | undefined, headingBeforeBody?: string): string {
  const documentTitle = collapseSpace(doc.title ?? '');
  const og = collapseSpace(metaContent(doc, 'og:title') ?? '');
  const strippedTitle = stripSiteSuffix(documentTitle);
  const headings = Array.from(doc.querySelectorAll('h1, h2')).slice(0, 20).map((h) => collapseSpace(h.textContent ?? ''));
  for (const heading of headings) {
    const folded = foldQuotes(heading);
    const carried =
      (foldQuotes(documentTitle).includes(folded) && heading.length >= strippedTitle.length * 0.5) ||
      (foldQuotes(og).includes(folded) && heading.length >= og.length * 0.5);
    if (heading.length >= MIN_TITLE && heading.length <= MAX_TITLE && carried) return heading;
  }
  if (og) return stripSiteSuffix(og).slice(0, MAX_TITLE);
  const before = collapseSpace(headingBeforeBody ?? '');
  // The <title> says something else (a section or site name): the heading above the text wins.
  if (before.length >= MIN_TITLE && before.length <= MAX_TITLE && characterOverlap(before, documentTitle) < 0.5) return before;
  for (const candidate of [collapseSpace(readabilityTitle ?? ''), documentTitle]) {
    if (candidate) return stripSiteSuffix(candidate).slice(0, MAX_TITLE);
  }
  return before;
}

/** Headlines are at least this long; shorter headings are logos and section names. */
const MIN_TITLE = 6;

/** "Headline_Site" → "Headline", when what is left is still a real title. */
export function stripSiteSuffix(title: string): string {
  let current = title;
  for (let i = 0; i < 3; i++) {
    const next = current.replace(SITE_SUFFIX, '');
    if (next === current || next.length < 6) break;
    current = next;
  }
  return current.trim();
}

/** Share of the characters of `a` that also occur in `b` (a cheap "same headline?" test). */
function characterOverlap(a: string, b: string): number {
  const inB = new Set(b);
  const chars = [...a].filter((ch) => ch.trim());
  return chars.length === 0 ? 0 : chars.filter((ch) => inB.has(ch)).length / chars.length;
}

/** Straight and curly quotes compare equal (CMSs "smarten" one of <title>/<h1> but not the other). */
function foldQuotes(text: string): string {
  return text.replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'");
}
/** Double quotation marks of any style. */
const DOUBLE_QUOTES = /[“”„‟«»"]/g;
/** Single quotation marks and apostrophes of any style. */
const SINGLE_QUOTES = /[‘’‛']/g;
