import { contribution, type Signal } from './signal.ts';

/** From this many <time> elements a page is a list of dated things (posts, replies, teasers). */
const MANY_TIMES = 5;
/** From this many <article> elements (each one item of a feed, thread or grid) a page is a list. */
const MANY_ARTICLE_ELEMENTS = 5;

/**
 * A page of dated items: forum software and blog archives stamp every post or teaser with its own
 * <time>, and feeds wrap each item in its own <article>. One article has one or two <time>s (published,
 * updated) and is itself at most one <article> plus a few related teasers — fewer than its own
 * paragraphs. Both counts are native live collections, so this costs almost nothing.
 *
 * @example a forum thread with 13 <time> elements → "13 <time> elements: a page of dated items (-1.5)"
 */
export const datedItems: Signal = (context) => {
  const times = context.doc.getElementsByTagName('time').length;
  if (times >= MANY_TIMES) return contribution(-1.5, `${times} <time> elements: a page of dated items`);
  const articles = context.doc.getElementsByTagName('article').length;
  if (articles >= MANY_ARTICLE_ELEMENTS && articles > context.mainParagraphs) {
    return contribution(-1.5, `${articles} <article> elements, more than the main block's ${context.mainParagraphs} long paragraph(s): a feed of items`);
  }
  return null;
};
